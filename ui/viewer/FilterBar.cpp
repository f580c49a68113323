#include "viewer/FilterBar.h"

#include "viewer/TimeRangeDialog.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace mygpt::ui {

namespace {

using viewer::TimeRange;

QComboBox *combo(QWidget *parent, const QString &name)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

// Keeps the chosen entry (by its data) while the list is filled again.
void refill(QComboBox *box, const QString &allText, const QStringList &values)
{
    const QString chosen = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(allText, QString());
    for (const QString &v : values)
        box->addItem(v, v);
    if (!chosen.isEmpty() && box->findData(chosen) < 0)
        box->addItem(chosen, chosen);
    box->setCurrentIndex(qMax(0, box->findData(chosen)));
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QToolBar(parent)
    , m_search(new QLineEdit(this))
    , m_model(combo(this, u"modelFilter"_s))
    , m_status(combo(this, u"statusFilter"_s))
    , m_endpoint(combo(this, u"endpointFilter"_s))
    , m_stream(combo(this, u"streamFilter"_s))
    , m_time(combo(this, u"timeFilter"_s))
    , m_live(new QToolButton(this))
    , m_export(new QToolButton(this))
{
    setObjectName(u"filterBar"_s);
    setMovable(false);
    setFloatable(false);
    m_search->setObjectName(u"searchField"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 18);
    m_live->setObjectName(u"liveButton"_s);
    m_live->setCheckable(true);
    m_live->setChecked(true);
    m_live->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setMenu(new QMenu(m_export));
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    fillStatic();

    addWidget(m_search);
    addWidget(m_time);
    addWidget(m_model);
    addWidget(m_status);
    addWidget(m_endpoint);
    addWidget(m_stream);
    addSeparator();
    addWidget(m_live);
    addWidget(m_export);
    m_folder = addAction(QString(), this, &FilterBar::openFolderRequested);
    m_folder->setObjectName(u"openLogFolderAction"_s);
    m_clear = addAction(QString(), this, &FilterBar::clearRequested);
    m_clear->setObjectName(u"clearLogAction"_s);

    for (const auto &[format, selection] : { std::pair { viewer::ExportFormat::JsonLines, false },
             { viewer::ExportFormat::Csv, false }, { viewer::ExportFormat::JsonLines, true },
             { viewer::ExportFormat::Csv, true } }) {
        if (selection && m_exportActions.size() == 2)
            m_export->menu()->addSeparator();
        QAction *a = m_export->menu()->addAction(
            QString(), this, [this, f = format, s = selection] { Q_EMIT exportRequested(f, s); });
        m_exportActions.append(a);
    }

    m_typing.setSingleShot(true);
    m_typing.setInterval(250);
    // One or two characters cannot use the full-text index: such a search scans every stored
    // body (seconds at 100,000 exchanges), so it runs only when asked for with Enter.
    connect(&m_typing, &QTimer::timeout, this, [this] {
        const QString text = m_search->text().trimmed();
        if (!text.isEmpty() && text.size() < MinTypedSearch)
            return;
        m_searchText = text;
        Q_EMIT filterChanged();
    });
    connect(m_search, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typing.stop();
        m_searchText = m_search->text().trimmed();
        Q_EMIT filterChanged();
    });
    for (QComboBox *box : { m_model, m_status, m_endpoint, m_stream })
        connect(box, &QComboBox::activated, this, &FilterBar::filterChanged);
    connect(m_time, &QComboBox::activated, this, &FilterBar::timeRangeChosen);
    connect(m_live, &QToolButton::toggled, this, [this](bool live) {
        retranslate();
        Q_EMIT liveToggled(live);
    });
    retranslate();
}

void FilterBar::fillStatic()
{
    for (int i = 0; i < 5; ++i)
        m_status->addItem(QString(), i - 1); // -1: all, else StatusClass
    for (int i = 0; i < 3; ++i)
        m_stream->addItem(QString(), i);
    for (TimeRange r : { TimeRange::All, TimeRange::LastHour, TimeRange::Today,
             TimeRange::Last7Days, TimeRange::Last30Days, TimeRange::Custom })
        m_time->addItem(QString(), int(r));
    m_model->addItem(QString(), QString());
    m_endpoint->addItem(QString(), QString());
}

RequestFilter FilterBar::filter() const
{
    RequestFilter f;
    f.text = m_searchText;
    f.model = m_model->currentData().toString();
    f.endpoint = m_endpoint->currentData().toString();
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        f.statusClass = StatusClass(status);
    const int stream = m_stream->currentData().toInt();
    if (stream > 0)
        f.stream = stream == 1;
    const viewer::TimeSpan span = viewer::spanOf(
        TimeRange(m_time->currentData().toInt()), QDateTime::currentDateTime(), m_custom);
    f.from = span.from;
    f.to = span.to;
    return f;
}

void FilterBar::setChoices(const QStringList &models, const QStringList &endpoints)
{
    refill(m_model, m_model->itemText(0), models);
    refill(m_endpoint, m_endpoint->itemText(0), endpoints);
}

void FilterBar::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_typing.stop();
    m_searchText = text.trimmed();
    Q_EMIT filterChanged();
}

void FilterBar::setTimeRange(TimeRange range, const viewer::TimeSpan &custom)
{
    m_custom = custom;
    m_lastRange = range;
    m_time->setCurrentIndex(m_time->findData(int(range)));
    retranslate();
    Q_EMIT filterChanged();
}

void FilterBar::timeRangeChosen()
{
    const TimeRange range = TimeRange(m_time->currentData().toInt());
    if (range == TimeRange::Custom) {
        viewer::TimeSpan span = m_custom;
        if (!askTimeSpan(this, &span)) { // cancelled: back to what it was
            m_time->setCurrentIndex(m_time->findData(int(m_lastRange)));
            return;
        }
        m_custom = span;
    }
    m_lastRange = range;
    retranslate();
    Q_EMIT filterChanged();
}

bool FilterBar::isLive() const
{
    return m_live->isChecked();
}

void FilterBar::setPendingCount(int count)
{
    m_pending = count;
    retranslate();
}

void FilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search prompts and answers"));
    m_search->setToolTip(tr("Searches as you type from 3 characters on; press Enter to search "
                            "for 1 or 2 characters (slower on a large log)."));
    m_model->setItemText(0, tr("All models"));
    m_endpoint->setItemText(0, tr("All endpoints"));
    const QStringList statuses
        = { tr("Any status"), tr("OK"), tr("Client error"), tr("Upstream error"), tr("Cancelled") };
    for (int i = 0; i < statuses.size(); ++i)
        m_status->setItemText(i, statuses.at(i));
    const QStringList streams = { tr("Streamed or not"), tr("Streamed"), tr("Not streamed") };
    for (int i = 0; i < streams.size(); ++i)
        m_stream->setItemText(i, streams.at(i));
    const QStringList times
        = { tr("All time"), tr("Last hour"), tr("Today"), tr("Last 7 days"), tr("Last 30 days"),
              m_custom.from.isValid() || m_custom.to.isValid() ? tr("%1 – %2").arg(
                  m_custom.from.isValid() ? m_custom.from.toString(u"MM-dd HH:mm"_s) : tr("start"),
                  m_custom.to.isValid() ? m_custom.to.toString(u"MM-dd HH:mm"_s) : tr("now"))
                                                               : tr("Custom…") };
    for (int i = 0; i < times.size(); ++i)
        m_time->setItemText(i, times.at(i));
    m_live->setText(m_live->isChecked() ? tr("● Live")
            : m_pending > 0             ? tr("❚❚ Paused (%n new)", nullptr, m_pending)
                                        : tr("❚❚ Paused"));
    m_live->setToolTip(m_live->isChecked() ? tr("New requests appear as they come; click to pause")
                                           : tr("Click to show new requests again"));
    m_export->setText(tr("Export"));
    const QStringList exports = { tr("All matching as JSON Lines…"), tr("All matching as CSV…"),
        tr("Selection as JSON Lines…"), tr("Selection as CSV…") };
    for (int i = 0; i < exports.size(); ++i)
        m_exportActions.at(i)->setText(exports.at(i));
    m_folder->setText(tr("Log folder"));
    m_folder->setToolTip(tr("Open the folder with the text logs"));
    m_clear->setText(tr("Clear…"));
    m_clear->setToolTip(tr("Delete every stored request"));
}

} // namespace mygpt::ui
