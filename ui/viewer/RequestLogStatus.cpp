// The log window's status bar, and how it follows the desktop app's proxy.
#include "desktop/ProxyController.h"
#include "log/TextLog.h"
#include "store/RequestStore.h"
#include "viewer/CellText.h"
#include "viewer/RequestLogWindow.h"
#include "viewer/RequestTable.h"
#include "viewer/RequestTableModel.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace mygpt::ui {

void RequestLogWindow::setServerStatus(const ServerStatus &status)
{
    m_status = status;
    refreshStatus();
}

void RequestLogWindow::refreshStatus()
{
    m_statusTimer.stop();
    const QString endpoint = m_status.endpoint.toString();
    m_server->setText(m_status.state.isEmpty() ? QString()
            : endpoint.isEmpty()               ? m_status.state
                                               : tr("%1 · %2").arg(m_status.state, endpoint));
    if (!m_store) {
        m_table->setEmptyText(tr("Requests are not stored: the request log is off in the "
                                 "settings (Logging)."));
        m_matching->setText(tr("No request log: storing requests is off"));
        m_today->clear();
        return;
    }
    // Counting is one indexed query, or one full-text match, per second at most.
    const qint64 matching = m_store->count(m_model->filter());
    const RequestFilter &f = m_model->filter();
    const bool filtered = f.from.isValid() || f.to.isValid() || !f.model.isEmpty() || f.statusClass
        || !f.endpoint.isEmpty() || f.stream || !f.text.isEmpty();
    const qint64 all = filtered ? m_store->count({}) : matching;
    m_table->setEmptyText(filtered ? tr("No request matches these filters.")
            : endpoint.isEmpty()   ? tr("No requests yet.")
                                   : tr("No requests yet. Point your tools at %1 and every "
                                          "exchange shows up here as it happens.")
                                       .arg(endpoint));
    m_matching->setText(matching == all ? tr("%n request(s)", nullptr, int(all))
                                        : tr("%1 of %n request(s) match", nullptr, int(all))
                                              .arg(viewer::celltext::count(matching)));
    const QDate today = QDate::currentDate();
    const QList<DailyUsage> days
        = m_store->usagePerDay(today.startOfDay(), today.addDays(1).startOfDay());
    const UsageTotals totals = days.isEmpty() ? UsageTotals {} : days.first().totals;
    m_today->setText(tr("Today: %n request(s), %1 tokens", nullptr, int(totals.requests))
                         .arg(viewer::celltext::count(totals.totalTokens)));
}

void RequestLogWindow::attach(ProxyController *controller)
{
    const auto follow = [this, controller] {
        ServerStatus s;
        s.running = controller->isRunning();
        s.state = controller->state() == ProxyController::State::Running ? tr("Running")
            : controller->state() == ProxyController::State::Error       ? tr("Error")
                                                                         : tr("Stopped");
        s.endpoint = controller->endpoint();
        s.accessKey = controller->config().accessKey.reveal();
        s.logFolder = controller->config().logDir.isEmpty() ? TextLog::defaultDirectory()
                                                            : controller->config().logDir;
        setServerStatus(s);
    };
    follow();
    setStore(controller->store());
    connect(controller, &ProxyController::stateChanged, this, follow);
    connect(controller, &ProxyController::storeChanged, this, &RequestLogWindow::setStore);
}

} // namespace mygpt::ui
