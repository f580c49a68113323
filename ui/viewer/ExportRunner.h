#pragma once

#include "viewer/RecordExport.h"

#include <QObject>
#include <atomic>

class QThread;

namespace mygpt::ui {

// Writes an export in a worker thread (its own read-only connection to the store), to a
// temporary file renamed into place at the end (QSaveFile): a cancelled or failed export
// leaves no half file behind.
class ExportRunner final : public QObject
{
    Q_OBJECT

public:
    ExportRunner(const QString &storePath, const viewer::ExportQuery &query,
        viewer::ExportFormat format, const QString &filePath, QObject *parent = nullptr);
    ~ExportRunner() override; // cancels and waits

    void start();
    void cancel();
    QString filePath() const { return m_filePath; }

Q_SIGNALS:
    void progress(qint64 written);
    // written < 0: failed, with the reason in `error`.
    void finished(qint64 written, const QString &error);

private:
    QString m_storePath;
    viewer::ExportQuery m_query;
    viewer::ExportFormat m_format;
    QString m_filePath;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelled = false;
};

} // namespace mygpt::ui
