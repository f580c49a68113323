#include "viewer/ExportRunner.h"

#include <QSaveFile>
#include <QThread>

namespace mygpt::ui {

ExportRunner::ExportRunner(const QString &storePath, const viewer::ExportQuery &query,
    viewer::ExportFormat format, const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_storePath(storePath)
    , m_query(query)
    , m_format(format)
    , m_filePath(filePath)
{ }

ExportRunner::~ExportRunner()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ExportRunner::cancel()
{
    m_cancelled = true;
}

void ExportRunner::start()
{
    m_thread = QThread::create([this] {
        QSaveFile file(m_filePath);
        qint64 written = -1;
        QString error;
        if (file.open(QIODevice::WriteOnly)) {
            written
                = viewer::exportRecords(m_storePath, m_query, m_format, &file, [this](qint64 n) {
                      // Queued: the receiver lives in the GUI thread.
                      QMetaObject::invokeMethod(
                          this, [this, n] { Q_EMIT progress(n); }, Qt::QueuedConnection);
                      return !m_cancelled.load();
                  });
            if (written < 0)
                error = tr("The request log cannot be read.");
            else if (m_cancelled)
                file.cancelWriting();
            else if (!file.commit())
                error = file.errorString();
        } else {
            error = file.errorString();
        }
        if (!error.isEmpty())
            written = -1;
        QMetaObject::invokeMethod(
            this, [this, written, error] { Q_EMIT finished(written, error); },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace mygpt::ui
