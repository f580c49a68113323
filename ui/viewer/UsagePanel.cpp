#include "viewer/UsagePanel.h"

#include "store/RequestStore.h"
#include "viewer/BarChart.h"
#include "viewer/CellText.h"
#include "viewer/UsageSeries.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mygpt::ui {

namespace {

QString totalsText(const UsageTotals &t)
{
    return UsagePanel::tr("%n request(s) · %1 tokens (%2 in, %3 out)", nullptr, int(t.requests))
        .arg(viewer::celltext::count(t.totalTokens), viewer::celltext::count(t.promptTokens),
            viewer::celltext::count(t.completionTokens));
}

} // namespace

UsagePanel::UsagePanel(QWidget *parent)
    : QWidget(parent)
    , m_today(new QLabel(this))
    , m_period(new QLabel(this))
    , m_requests(new BarChart(Qt::Vertical, this))
    , m_tokens(new BarChart(Qt::Vertical, this))
    , m_models(new BarChart(Qt::Horizontal, this))
{
    m_today->setObjectName(u"usageToday"_s);
    m_period->setObjectName(u"usagePeriod"_s);
    m_requests->setObjectName(u"requestsPerDay"_s);
    m_tokens->setObjectName(u"tokensPerDay"_s);
    m_models->setObjectName(u"tokensPerModel"_s);
    for (QLabel *l : { m_today, m_period })
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_today, 0, 0);
    layout->addWidget(m_period, 0, 1);
    layout->addWidget(m_requests, 1, 0);
    layout->addWidget(m_tokens, 1, 1);
    layout->addWidget(m_models, 2, 0, 1, 2);
    layout->setRowStretch(1, 1);
    layout->setRowStretch(2, 1);
    layout->setHorizontalSpacing(24);
    layout->setVerticalSpacing(16);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(3000);
    connect(&m_refresh, &QTimer::timeout, this, &UsagePanel::refresh);
    retranslate();
}

void UsagePanel::setStore(RequestStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store) {
        connect(store, &RequestStore::recordsAdded, this, &UsagePanel::scheduleRefresh);
        connect(store, &RequestStore::recordsUpdated, this, &UsagePanel::scheduleRefresh);
        connect(store, &RequestStore::recordsRemoved, this, &UsagePanel::scheduleRefresh);
        connect(store, &RequestStore::cleared, this, &UsagePanel::refresh);
    }
    refresh();
}

void UsagePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void UsagePanel::scheduleRefresh()
{
    if (isVisible() && !m_refresh.isActive())
        m_refresh.start();
}

void UsagePanel::refresh()
{
    m_refresh.stop();
    // Hidden, nothing to draw: the sums over a month of records wait for showEvent().
    if (!isVisible())
        return;
    viewer::UsageSeries s;
    if (m_store)
        s = viewer::usageSeries(*m_store, days);
    m_today->setText(tr("<b>Today</b><br>%1").arg(totalsText(s.today).toHtmlEscaped()));
    m_period->setText(
        tr("<b>Last %1 days</b><br>%2").arg(days).arg(totalsText(s.period).toHtmlEscaped()));

    QList<BarChart::Bar> requests;
    QList<BarChart::Bar> tokens;
    const QLocale locale;
    for (const DailyUsage &d : std::as_const(s.days)) {
        const QString day = locale.toString(d.day, u"MM-dd"_s);
        const QString date = locale.toString(d.day, QLocale::ShortFormat);
        requests.append({ day, d.totals.requests, 0,
            tr("%1: %n request(s)", nullptr, int(d.totals.requests)).arg(date) });
        tokens.append({ day, d.totals.promptTokens, d.totals.completionTokens,
            tr("%1: %2 tokens in, %3 out")
                .arg(date, viewer::celltext::count(d.totals.promptTokens),
                    viewer::celltext::count(d.totals.completionTokens)) });
    }
    QList<BarChart::Bar> models;
    for (const ModelUsage &m : std::as_const(s.models).mid(0, 12)) {
        const QString name = m.model.isEmpty() ? tr("(no model)") : m.model;
        models.append({ name, m.totals.promptTokens, m.totals.completionTokens,
            tr("%1: %n request(s), %2 tokens", nullptr, int(m.totals.requests))
                .arg(name, viewer::celltext::count(m.totals.totalTokens)) });
    }
    if (s.period.requests == 0) { // an empty chart says so instead of 30 zero bars
        requests.clear();
        tokens.clear();
    }
    m_requests->setBars(requests);
    m_tokens->setBars(tokens);
    m_models->setBars(models);
}

void UsagePanel::retranslate()
{
    m_requests->setTitle(tr("Requests per day"));
    m_requests->setLegend(tr("requests"));
    m_tokens->setTitle(tr("Tokens per day"));
    m_tokens->setLegend(tr("in"), tr("out"));
    m_models->setTitle(tr("Tokens per model (last %1 days)").arg(days));
    m_models->setLegend(tr("in"), tr("out"));
    refresh();
}

} // namespace mygpt::ui
