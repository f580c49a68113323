#pragma once

#include "viewer/RecordExport.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QLabel;
class QSplitter;
class QTabWidget;

namespace mygpt {
class ProxyController;
class RequestStore;
namespace viewer {
class RequestTableModel;
class Replayer;
} // namespace viewer
} // namespace mygpt

namespace mygpt::ui {

class DetailPane;
class ExportRunner;
class FilterBar;
class RequestTable;
class UsagePanel;

// The request log: every exchange in a table (paged from the store, filtered, searched,
// live), the chosen one in the detail pane, and the usage charts on a tab of their own.
// It reads the store and the server's state and knows nothing about sockets.
class RequestLogWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // What the status bar says about the server, and what replays and curl commands need.
    struct ServerStatus
    {
        QString state; // "Running", in words
        bool running = false;
        QUrl endpoint; // http://127.0.0.1:8000/v1
        QByteArray accessKey; // the local access key, for replays only; never shown
        QString logFolder;
    };

    explicit RequestLogWindow(QWidget *parent = nullptr);
    ~RequestLogWindow() override;

    void setStore(RequestStore *store);
    RequestStore *store() const { return m_store; }
    void setServerStatus(const ServerStatus &status);
    // Follows the desktop app's proxy: its store, its state, its endpoint.
    void attach(ProxyController *controller);
    void retranslate();

    viewer::RequestTableModel *model() const { return m_model; }
    FilterBar *filterBar() const { return m_filters; }
    RequestTable *table() const { return m_table; }
    DetailPane *detail() const { return m_detail; }
    UsagePanel *usage() const { return m_usage; }
    QTabWidget *pages() const { return m_pages; }

    // The actions, callable without their dialogs (tests, scripts).
    QString curlForCurrent() const;
    void replayCurrent();
    ExportRunner *exportTo(
        const QString &filePath, viewer::ExportFormat format, bool selectionOnly);

Q_SIGNALS:
    void replayed(const QByteArray &newId, int status);
    void exportFinished(qint64 written, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void currentChanged();
    void refreshChoices();
    void refreshStatus();
    void showMessage(const QString &text);
    void clearLog();
    void chooseExport(viewer::ExportFormat format, bool selectionOnly);
    void exportCurrent();
    void copyCurl();
    void openLogFolder();
    void reselect();

    QPointer<RequestStore> m_store;
    viewer::RequestTableModel *m_model;
    viewer::Replayer *m_replayer;
    FilterBar *m_filters;
    QTabWidget *m_pages;
    QSplitter *m_split;
    RequestTable *m_table;
    DetailPane *m_detail;
    UsagePanel *m_usage;
    QLabel *m_server;
    QLabel *m_matching;
    QLabel *m_today;
    ServerStatus m_status;
    QByteArray m_selectedId; // kept across reloads
    QByteArray m_selectWhenSeen; // a replay's new exchange, selected when it arrives
    QTimer m_statusTimer; // today's totals and the matching count, at most once a second
    QPointer<ExportRunner> m_export;
};

} // namespace mygpt::ui
