// The log window offscreen, widgets found by objectName: rows from the store, the detail
// pages of the chosen row, search and filters, the reading position kept while live rows
// arrive, pause, the usage charts, clear with confirmation, columns remembered, export.
#include "StoreTestUtil.h"
#include "ViewerTestData.h"
#include "store/RequestStore.h"
#include "viewer/BarChart.h"
#include "viewer/CellText.h"
#include "viewer/DetailPane.h"
#include "viewer/FilterBar.h"
#include "viewer/RawView.h"
#include "viewer/RequestLogWindow.h"
#include "viewer/RequestTable.h"
#include "viewer/RequestTableModel.h"
#include "viewer/UsagePanel.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

using namespace mygpt;
using namespace mygpt::ui;
using namespace mygpt::viewer;
using namespace mygpt::viewertest;
using namespace Qt::StringLiterals;

class TestViewerWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyStore();
    void firstWindowFitsTheScreen();
    void showsRowsAndDetail();
    void searchAndFilters();
    void keepsReadingPositionWhileLive();
    void sortedRowsWaitForF5();
    void pauseShowsPendingCount();
    void usagePanel();
    void clearAsksFirst();
    void columnsRemembered();
    void exportFiltered();
    void statusBar();

private:
    void seed(int count);
    std::unique_ptr<RequestLogWindow> open();

    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RequestStore> m_store;
};

void TestViewerWindow::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(u"mygpt-test"_s);
    QCoreApplication::setApplicationName(u"viewer-window"_s);
}

void TestViewerWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store
        = std::make_unique<RequestStore>(storetest::fastOptions(m_dir->filePath(u"w.sqlite"_s)));
}

void TestViewerWindow::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestViewerWindow::seed(int count)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        ExchangeRecord r = chat(QByteArray::number(0x50000000 + i, 16), now.addSecs(i - count),
            i % 2 ? u"gpt-4o"_s : u"deepseek-chat"_s, u"question number %1"_s.arg(i),
            u"answer number %1"_s.arg(i), i % 2 == 0, i % 9 == 4 ? 502 : 200);
        m_store->put(r);
    }
    m_store->flush();
}

std::unique_ptr<RequestLogWindow> TestViewerWindow::open()
{
    auto window = std::make_unique<RequestLogWindow>();
    window->setStore(m_store.get());
    window->setServerStatus({ u"Running"_s, true, QUrl(u"http://127.0.0.1:8000/v1"_s), {}, {} });
    window->resize(1200, 700);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void TestViewerWindow::emptyStore()
{
    auto w = open();
    QVERIFY(w);
    QCOMPARE(w->table()->model()->rowCount(), 0);
    QVERIFY(!w->detail()->record());
    QVERIFY(!w->detail()->findChild<QPushButton *>(u"copyCurlButton"_s)->isEnabled());
    QVERIFY(w->findChild<QLabel *>(u"detailTitle"_s)->text().contains(u"Select a request"_s));
    QVERIFY(w->findChild<QLabel *>(u"matchingCount"_s)->text().contains(u"0"_s));
}

// With no saved geometry the window fits the screen: at 200 % a 2560x1600 screen has only
// 1280x800 logical pixels (the offscreen screen here is smaller still).
void TestViewerWindow::firstWindowFitsTheScreen()
{
    RequestLogWindow w;
    const QSize room = w.screen()->availableSize();
    QVERIFY2(w.width() <= room.width() && w.height() <= room.height(),
        qPrintable(u"%1x%2 on %3x%4"_s.arg(w.width()).arg(w.height()).arg(room.width()).arg(
            room.height())));
    // Both sides of the splitter are shown, the table with room for its main columns.
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QList<int> sides = w.findChild<QSplitter *>(u"logSplitter"_s)->sizes();
    QCOMPARE(sides.size(), 2);
    QVERIFY2(sides.at(0) >= w.width() / 3 && sides.at(1) > 0,
        qPrintable(u"%1 %2 of %3"_s.arg(sides.at(0)).arg(sides.at(1)).arg(w.width())));
}

void TestViewerWindow::showsRowsAndDetail()
{
    seed(30);
    auto w = open();
    QVERIFY(w);
    RequestTable *table = w->findChild<RequestTable *>(u"requestTable"_s);
    QCOMPARE(table->model()->rowCount(), 30);
    // Keyboard: Down moves to the next row and shows it.
    table->setFocus();
    table->selectId(w->model()->summaryAt(0)->id);
    QTest::keyClick(table, Qt::Key_Down);
    const QByteArray id = w->model()->summaryAt(1)->id;
    QCOMPARE(table->currentId(), id);
    QTRY_VERIFY(w->detail()->record());
    QCOMPARE(w->detail()->record()->id, id);
    const auto page = [&](const char *name) {
        return w->findChild<QTextBrowser *>(QString::fromLatin1(name))->toPlainText();
    };
    QVERIFY(page("conversationPage").contains(u"question number 28"_s));
    QVERIFY(page("answerPage").contains(u"answer number 28"_s));
    QVERIFY(page("headersPage").contains(u"Bearer ***"_s));
    QVERIFY(page("timingPage").contains(u"180 ms"_s));
    QVERIFY(w->detail()->rawView()->text().contains(u"\"model\""_s));
    // Find in Raw.
    w->findChild<QTabWidget *>(u"detailTabs"_s)->setCurrentIndex(DetailPane::Raw);
    w->findChild<QLineEdit *>(u"rawSearch"_s)->setText(u"question"_s);
    QVERIFY(w->detail()->rawView()->matchCount() >= 1);
    // Copy as curl of what is shown.
    QVERIFY(w->curlForCurrent().contains(u"127.0.0.1:8000/v1/chat/completions"_s));
}

void TestViewerWindow::searchAndFilters()
{
    seed(40);
    auto w = open();
    QVERIFY(w);
    auto *search = w->findChild<QLineEdit *>(u"searchField"_s);
    search->setText(u"number 17"_s);
    QTRY_COMPARE(w->model()->rowCount(), 1);
    QCOMPARE(w->model()->summaryAt(0)->id, QByteArray::number(0x50000000 + 17, 16));
    search->clear();
    QTRY_COMPARE(w->model()->rowCount(), 40);
    // One or two characters scan every body: typed, they wait for Enter.
    search->setText(u"17"_s);
    QTest::qWait(600);
    QCOMPARE(w->model()->rowCount(), 40);
    const int matching = m_store->count({ .text = u"17"_s });
    QVERIFY(matching > 0 && matching < 40);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(w->model()->rowCount(), matching);
    search->clear();
    QTRY_COMPARE(w->model()->rowCount(), 40);

    auto *status = w->findChild<QComboBox *>(u"statusFilter"_s);
    status->setCurrentIndex(status->findData(int(StatusClass::UpstreamError)));
    Q_EMIT status->activated(status->currentIndex());
    QCOMPARE(w->model()->rowCount(), m_store->count({ .statusClass = StatusClass::UpstreamError }));
    auto *model = w->findChild<QComboBox *>(u"modelFilter"_s);
    QVERIFY(model->findData(u"deepseek-chat"_s) > 0); // the store's models are offered
    model->setCurrentIndex(model->findData(u"deepseek-chat"_s));
    Q_EMIT model->activated(model->currentIndex());
    QCOMPARE(w->model()->rowCount(),
        m_store->count({ .model = u"deepseek-chat"_s, .statusClass = StatusClass::UpstreamError }));
    QVERIFY(w->findChild<QLabel *>(u"matchingCount"_s)->text().contains(u"of"_s));
    auto *time = w->findChild<QComboBox *>(u"timeFilter"_s);
    QCOMPARE(time->count(), 6);
}

void TestViewerWindow::keepsReadingPositionWhileLive()
{
    seed(150);
    auto w = open();
    QVERIFY(w);
    RequestTable *table = w->table();
    // The user scrolled down to read row 60.
    table->scrollTo(w->model()->index(60, 0), QAbstractItemView::PositionAtTop);
    QApplication::processEvents();
    const QModelIndex top = table->indexAt(QPoint(1, 1));
    const QByteArray topId = top.data(RequestTableModel::IdRole).toByteArray();
    QVERIFY(top.row() > 30);
    for (int i = 0; i < 3; ++i)
        m_store->put(chat("eeee000" + QByteArray::number(i),
            QDateTime::currentDateTimeUtc().addSecs(i), u"gpt-4o"_s, u"live"_s, u"row"_s));
    m_store->flush();
    QApplication::processEvents();
    QCOMPARE(w->model()->summaryAt(0)->id, QByteArray("eeee0002"));
    // The same row is still at the top of the view.
    QCOMPARE(table->indexAt(QPoint(1, 1)).data(RequestTableModel::IdRole).toByteArray(), topId);

    // At the very top, new rows come into view.
    table->scrollToTop();
    QApplication::processEvents();
    m_store->put(
        chat("eeee0009", QDateTime::currentDateTimeUtc().addSecs(9), u"gpt-4o"_s, u"x"_s, u"y"_s));
    m_store->flush();
    QApplication::processEvents();
    QCOMPARE(table->indexAt(QPoint(1, 1)).data(RequestTableModel::IdRole).toByteArray(),
        QByteArray("eeee0009"));
}

// Sorted by duration, a stream that ends as the longest stays on its row, with its new
// duration shown; F5 sorts again and keeps it chosen.
void TestViewerWindow::sortedRowsWaitForF5()
{
    seed(40);
    ExchangeRecord r = streamInFlight(
        "ffff0001", QDateTime::currentDateTimeUtc().addSecs(-600), { u"slow"_s });
    m_store->put(r);
    m_store->flush();
    auto w = open();
    QVERIFY(w);
    w->table()->sortByColumn(int(Column::Duration), Qt::DescendingOrder);
    const int row = w->model()->rowOf("ffff0001");
    QVERIFY(row > 0);
    w->table()->selectId("ffff0001");

    r.inFlight = false;
    r.status = 200;
    r.durationMs = 50'000;
    m_store->put(r);
    m_store->flush();
    QApplication::processEvents();
    QCOMPARE(w->model()->rowOf("ffff0001"), row);
    QCOMPARE(w->model()->index(row, int(Column::Duration)).data().toString(),
        celltext::duration(50'000));

    QTest::keyClick(w->table(), Qt::Key_F5);
    QCOMPARE(w->model()->rowOf("ffff0001"), 0);
    QCOMPARE(w->table()->currentId(), QByteArray("ffff0001"));
}

void TestViewerWindow::pauseShowsPendingCount()
{
    seed(5);
    auto w = open();
    QVERIFY(w);
    auto *live = w->findChild<QToolButton *>(u"liveButton"_s);
    live->click();
    QVERIFY(!w->model()->isLive());
    m_store->put(
        chat("ffff0001", QDateTime::currentDateTimeUtc().addSecs(5), u"gpt-4o"_s, u"p"_s, u"q"_s));
    m_store->flush();
    QCOMPARE(w->model()->rowCount(), 5);
    QVERIFY(live->text().contains(u"1"_s));
    live->click();
    QCOMPARE(w->model()->rowCount(), 6);
}

void TestViewerWindow::usagePanel()
{
    seed(20);
    auto w = open();
    QVERIFY(w);
    w->pages()->setCurrentIndex(1);
    QApplication::processEvents();
    auto *perDay = w->findChild<BarChart *>(u"requestsPerDay"_s);
    QCOMPARE(perDay->bars().size(), UsagePanel::days);
    qint64 requests = 0;
    for (const BarChart::Bar &b : perDay->bars())
        requests += b.first;
    QCOMPARE(requests, 20);
    auto *models = w->findChild<BarChart *>(u"tokensPerModel"_s);
    QCOMPARE(models->bars().size(), 2);
    QVERIFY(w->findChild<QLabel *>(u"usageToday"_s)->text().contains(u"20"_s)
        || w->findChild<QLabel *>(u"usagePeriod"_s)->text().contains(u"20"_s));
    // Painting works at any size (no division by zero, nothing off-widget).
    perDay->resize(300, 150);
    QVERIFY(!perDay->grab().isNull());
}

void TestViewerWindow::clearAsksFirst()
{
    seed(10);
    auto w = open();
    QVERIFY(w);
    const auto answer = [](bool confirm) {
        QTimer::singleShot(0, qApp, [confirm] {
            auto *box = qApp->findChild<QMessageBox *>(u"clearConfirmation"_s);
            if (!box) {
                for (QWidget *top : QApplication::topLevelWidgets()) {
                    if (top->objectName() == u"clearConfirmation"_s)
                        box = static_cast<QMessageBox *>(top);
                }
            }
            QVERIFY(box);
            for (QAbstractButton *b : box->buttons()) {
                const bool destructive = box->buttonRole(b) == QMessageBox::DestructiveRole;
                if (destructive == confirm) {
                    b->click();
                    return;
                }
            }
        });
    };
    auto *clear
        = w->findChild<FilterBar *>(u"filterBar"_s)->findChild<QAction *>(u"clearLogAction"_s);
    QVERIFY(clear);
    answer(false);
    clear->trigger();
    QCOMPARE(m_store->count({}), 10);
    answer(true);
    clear->trigger();
    m_store->flush();
    QTRY_COMPARE(m_store->count({}), 0);
    QTRY_COMPARE(w->model()->rowCount(), 0);
}

void TestViewerWindow::columnsRemembered()
{
    seed(3);
    {
        auto w = open();
        QVERIFY(w);
        w->table()->horizontalHeader()->resizeSection(int(Column::Model), 333);
        w->close();
    }
    auto w = open();
    QVERIFY(w);
    QCOMPARE(w->table()->horizontalHeader()->sectionSize(int(Column::Model)), 333);
    // Sorting by a header click goes to the store.
    w->table()->horizontalHeader()->setSortIndicator(int(Column::Duration), Qt::AscendingOrder);
    QCOMPARE(w->model()->order().key, SortKey::Duration);
    QVERIFY(!w->model()->order().descending);
}

void TestViewerWindow::exportFiltered()
{
    seed(12);
    auto w = open();
    QVERIFY(w);
    w->findChild<FilterBar *>()->setSearchText(u"number 1"_s); // 1, 10, 11
    QCOMPARE(w->model()->rowCount(), 3);
    QSignalSpy done(w.get(), &RequestLogWindow::exportFinished);
    const QString path = m_dir->filePath(u"out.jsonl"_s);
    QVERIFY(w->exportTo(path, ExportFormat::JsonLines, false));
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done.first().at(0).toLongLong(), 3);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 3);

    // The selection only.
    w->table()->selectId(w->model()->summaryAt(2)->id);
    const QString csv = m_dir->filePath(u"out.csv"_s);
    QVERIFY(w->exportTo(csv, ExportFormat::Csv, true));
    QTRY_COMPARE(done.size(), 2);
    QCOMPARE(done.last().at(0).toLongLong(), 1);
}

void TestViewerWindow::statusBar()
{
    seed(4);
    auto w = open();
    QVERIFY(w);
    const QString server = w->findChild<QLabel *>(u"serverStatus"_s)->text();
    QVERIFY(server.contains(u"Running"_s));
    QVERIFY(server.contains(u"http://127.0.0.1:8000/v1"_s));
    QVERIFY(w->findChild<QLabel *>(u"todayTotals"_s)->text().contains(u"4"_s));
    w->setStore(nullptr);
    QCOMPARE(w->model()->rowCount(), 0);
}

QTEST_MAIN(TestViewerWindow)
#include "tst_viewer_window.moc"
