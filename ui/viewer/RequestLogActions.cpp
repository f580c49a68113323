// The log window's actions: clear, export, copy as curl, replay, the log folder.
#include "store/RequestStore.h"
#include "viewer/CurlCommand.h"
#include "viewer/DetailPane.h"
#include "viewer/ExportRunner.h"
#include "viewer/FilterBar.h"
#include "viewer/RecordExport.h"
#include "viewer/Replayer.h"
#include "viewer/RequestLogWindow.h"
#include "viewer/RequestTable.h"
#include "viewer/RequestTableModel.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace mygpt::ui {

void RequestLogWindow::clearLog()
{
    if (!m_store)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Clear the request log?"),
        tr("Every stored request and answer will be deleted. The text log files are kept."),
        QMessageBox::Cancel, this);
    box.setObjectName(u"clearConfirmation"_s);
    QPushButton *clear = box.addButton(tr("Delete All"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(clear))
        return;
    m_store->clear();
    m_selectedId.clear();
    showMessage(tr("The request log was cleared."));
}

QString RequestLogWindow::curlForCurrent() const
{
    const auto &record = m_detail->record();
    return record ? viewer::curlCommand(*record, m_status.endpoint) : QString();
}

void RequestLogWindow::copyCurl()
{
    const QString curl = curlForCurrent();
    if (curl.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(curl);
    showMessage(tr("Copied a curl command; set MYGPT_KEY to your local access key first "
                   "(any value if there is none)."));
}

void RequestLogWindow::replayCurrent()
{
    const auto &record = m_detail->record();
    if (!record)
        return;
    if (!m_status.running) {
        showMessage(tr("Start the server to replay a request."));
        return;
    }
    connect(
        m_replayer, &viewer::Replayer::finished, this,
        [this](const viewer::Replayer::Result &result) {
            if (result.status == 0) {
                showMessage(tr("Replay failed: %1").arg(result.error));
            } else {
                showMessage(tr("Replayed %1 as %2 (HTTP %3).")
                                .arg(QString::fromLatin1(result.originalId),
                                    QString::fromLatin1(result.newId))
                                .arg(result.status));
                // Select the new exchange once the store has it (it may already).
                if (m_model->rowOf(result.newId) >= 0)
                    m_table->selectId(result.newId);
                else
                    m_selectWhenSeen = result.newId;
            }
            Q_EMIT replayed(result.newId, result.status);
        },
        Qt::SingleShotConnection);
    m_replayer->replay(*record, m_status.endpoint, m_status.accessKey);
    showMessage(tr("Replaying %1…").arg(QString::fromLatin1(record->id)));
}

ExportRunner *RequestLogWindow::exportTo(
    const QString &filePath, viewer::ExportFormat format, bool selectionOnly)
{
    if (!m_store || m_export)
        return nullptr;
    m_store->flush(); // what the proxy handed over is in the file
    viewer::ExportQuery query { m_model->filter(), m_model->order() };
    if (selectionOnly) {
        query.filter = {};
        query.filter.ids = m_table->selectedIds();
    }
    auto *runner = new ExportRunner(m_store->path(), query, format, filePath, this);
    m_export = runner;
    connect(runner, &ExportRunner::finished, this,
        [this, runner](qint64 written, const QString &error) {
            if (written < 0)
                showMessage(tr("Export failed: %1").arg(error));
            else
                showMessage(tr("Exported %n request(s) to %1", nullptr, int(written))
                                .arg(QDir::toNativeSeparators(runner->filePath())));
            runner->deleteLater();
            Q_EMIT exportFinished(written, error);
        });
    runner->start();
    return runner;
}

void RequestLogWindow::chooseExport(viewer::ExportFormat format, bool selectionOnly)
{
    if (selectionOnly && m_table->selectedIds().isEmpty()) {
        showMessage(tr("Select the requests to export first."));
        return;
    }
    const bool csv = format == viewer::ExportFormat::Csv;
    const QString name = u"mygpt-requests-%1.%2"_s.arg(
        QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s), csv ? u"csv"_s : u"jsonl"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export requests"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
        csv ? tr("CSV (*.csv)") : tr("JSON Lines (*.jsonl)"));
    if (path.isEmpty())
        return;
    ExportRunner *runner = exportTo(path, format, selectionOnly);
    if (!runner)
        return;
    auto *progress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 0, this);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(500);
    connect(progress, &QProgressDialog::canceled, runner, &ExportRunner::cancel);
    connect(runner, &ExportRunner::progress, progress, [progress](qint64 n) {
        progress->setLabelText(tr("Exported %n request(s)…", nullptr, int(n)));
    });
    connect(runner, &ExportRunner::finished, progress, &QProgressDialog::close);
}

void RequestLogWindow::exportCurrent()
{
    const auto &record = m_detail->record();
    if (!record)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export request"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(u"mygpt-%1.json"_s.arg(QString::fromLatin1(record->id))),
        tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(viewer::recordToJson(*record)).toJson()) < 0 || !file.commit())
        showMessage(tr("Export failed: %1").arg(file.errorString()));
    else
        showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void RequestLogWindow::openLogFolder()
{
    if (m_status.logFolder.isEmpty())
        return;
    QDir().mkpath(m_status.logFolder);
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_status.logFolder));
}

void RequestLogWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

} // namespace mygpt::ui
