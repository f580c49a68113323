#include "viewer/RequestLogWindow.h"

#include "store/RequestStore.h"
#include "viewer/DetailPane.h"
#include "viewer/FilterBar.h"
#include "viewer/Replayer.h"
#include "viewer/RequestTable.h"
#include "viewer/RequestTableModel.h"
#include "viewer/UsagePanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace mygpt::ui {

namespace {
const QString geometryKey = u"viewer/geometry"_s;
const QString splitterKey = u"viewer/splitter"_s;
} // namespace

RequestLogWindow::RequestLogWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new viewer::RequestTableModel(this))
    , m_replayer(new viewer::Replayer(this))
    , m_filters(new FilterBar(this))
    , m_pages(new QTabWidget(this))
    , m_split(new QSplitter(Qt::Horizontal, this))
    , m_table(new RequestTable(m_split))
    , m_detail(new DetailPane(m_split))
    , m_usage(new UsagePanel(this))
    , m_server(new QLabel(this))
    , m_matching(new QLabel(this))
    , m_today(new QLabel(this))
{
    setObjectName(u"requestLogWindow"_s);
    m_pages->setObjectName(u"logPages"_s);
    m_split->setObjectName(u"logSplitter"_s);
    m_server->setObjectName(u"serverStatus"_s);
    m_matching->setObjectName(u"matchingCount"_s);
    m_today->setObjectName(u"todayTotals"_s);
    m_split->setChildrenCollapsible(false);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_table->setRequestModel(m_model);
    m_pages->addTab(m_split, QString());
    m_pages->addTab(m_usage, QString());
    m_pages->setDocumentMode(true);
    setCentralWidget(m_pages);
    addToolBar(m_filters);
    statusBar()->addWidget(m_server);
    statusBar()->addWidget(m_matching);
    statusBar()->addPermanentWidget(m_today);

    connect(m_filters, &FilterBar::filterChanged, this, &RequestLogWindow::applyFilter);
    connect(m_filters, &FilterBar::liveToggled, m_model, &viewer::RequestTableModel::setLive);
    connect(m_filters, &FilterBar::clearRequested, this, &RequestLogWindow::clearLog);
    connect(m_filters, &FilterBar::exportRequested, this, &RequestLogWindow::chooseExport);
    connect(m_filters, &FilterBar::openFolderRequested, this, &RequestLogWindow::openLogFolder);
    connect(m_model, &viewer::RequestTableModel::pendingCountChanged, m_filters,
        &FilterBar::setPendingCount);
    connect(m_model, &viewer::RequestTableModel::reloaded, this, &RequestLogWindow::reselect);
    // Rows keep their place while the user reads, even when a stream that ends changes the
    // value the table is sorted by; F5 sorts them again (the chosen row stays chosen).
    auto *resort = new QAction(this);
    resort->setObjectName(u"resortAction"_s);
    resort->setShortcut(QKeySequence(Qt::Key_F5));
    addAction(resort);
    connect(resort, &QAction::triggered, m_model, &viewer::RequestTableModel::reload);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_selectWhenSeen.isEmpty() && m_model->rowOf(m_selectWhenSeen) >= 0)
            m_table->selectId(std::exchange(m_selectWhenSeen, {}));
        m_statusTimer.start();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &RequestLogWindow::currentChanged);
    // The filters apply to the table, not to the usage charts.
    connect(m_pages, &QTabWidget::currentChanged, m_filters,
        [this](int page) { m_filters->setVisible(page == 0); });
    connect(m_detail, &DetailPane::message, this, &RequestLogWindow::showMessage);
    connect(m_detail, &DetailPane::copyCurlRequested, this, &RequestLogWindow::copyCurl);
    connect(m_detail, &DetailPane::replayRequested, this, &RequestLogWindow::replayCurrent);
    connect(m_detail, &DetailPane::exportRequested, this, &RequestLogWindow::exportCurrent);
    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &RequestLogWindow::refreshStatus);

    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        // At 200 % a 2560x1600 screen is 1280x800 logical pixels: the first window must fit.
        const QSize room = screen()->availableSize() * 0.9;
        resize(QSize(1280, 760).boundedTo(room));
    }
    if (!m_split->restoreState(settings.value(splitterKey).toByteArray()))
        m_split->setSizes({ width() * 5 / 8, width() * 3 / 8 });
    retranslate();
}

RequestLogWindow::~RequestLogWindow() = default;

void RequestLogWindow::setStore(RequestStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_detail->setStore(store);
    m_usage->setStore(store);
    if (store) {
        connect(store, &RequestStore::recordsAdded, &m_statusTimer, qOverload<>(&QTimer::start));
        connect(store, &RequestStore::recordsUpdated, &m_statusTimer, qOverload<>(&QTimer::start));
        connect(store, &RequestStore::cleared, this, &RequestLogWindow::refreshStatus);
    }
    refreshChoices();
    m_model->setFilter(m_filters->filter());
    m_model->setStore(store);
    refreshStatus();
}

void RequestLogWindow::applyFilter()
{
    m_model->setFilter(m_filters->filter());
    refreshStatus();
}

void RequestLogWindow::currentChanged()
{
    const QByteArray id = m_table->currentId();
    if (id == m_selectedId && m_detail->record())
        return;
    m_selectedId = id;
    m_detail->showRecord(id);
}

void RequestLogWindow::reselect()
{
    // The same exchange stays chosen across a new filter or order, if it is still there.
    if (!m_selectedId.isEmpty() && m_model->rowOf(m_selectedId) >= 0)
        m_table->selectId(m_selectedId);
    m_detail->showRecord(m_model->rowOf(m_selectedId) >= 0 ? m_selectedId : QByteArray());
}

void RequestLogWindow::refreshChoices()
{
    if (m_store)
        m_filters->setChoices(m_store->models(), m_store->endpoints());
}

void RequestLogWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(splitterKey, m_split->saveState());
    m_table->saveState();
    QMainWindow::closeEvent(event);
}

void RequestLogWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void RequestLogWindow::retranslate()
{
    setWindowTitle(tr("MyGPT – Request Log"));
    m_pages->setTabText(0, tr("Requests"));
    m_pages->setTabText(1, tr("Usage"));
    m_filters->retranslate();
    m_detail->retranslate();
    m_usage->retranslate();
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, viewer::columnTotal - 1);
    refreshStatus();
}

} // namespace mygpt::ui
