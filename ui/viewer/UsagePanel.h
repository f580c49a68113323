#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace mygpt {
class RequestStore;
}

namespace mygpt::ui {

class BarChart;

// Requests and tokens per day over the last 30 days and tokens per model, with the totals
// of today and of the period. Refreshes itself (at most every few seconds) while shown.
class UsagePanel final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int days = 30;

    explicit UsagePanel(QWidget *parent = nullptr);

    void setStore(RequestStore *store);
    void refresh();
    void retranslate();

    BarChart *requestsChart() const { return m_requests; }
    BarChart *tokensChart() const { return m_tokens; }
    BarChart *modelsChart() const { return m_models; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();

    QPointer<RequestStore> m_store;
    QLabel *m_today;
    QLabel *m_period;
    BarChart *m_requests;
    BarChart *m_tokens;
    BarChart *m_models;
    QTimer m_refresh;
};

} // namespace mygpt::ui
