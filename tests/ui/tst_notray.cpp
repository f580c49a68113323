// Without a system tray (or with --windowed) the main window opens instead: it says why,
// shows the state, offers the tray's commands and its notifications, holds the request log
// viewer, and closing it quits.

#include <QAbstractButton>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>

#include "UiTestSupport.h"
#include "app/AppActions.h"
#include "settings/SettingsDialog.h"
#include "viewer/RequestLogWindow.h"
#include "viewer/RequestTable.h"
#include "viewer/RequestTableModel.h"
#include "window/MainWindow.h"

using namespace Qt::StringLiterals;
using namespace mygpt;
using namespace mygpt::ui;
using mygpt::test::AppHarness;
using mygpt::test::child;

class TestNoTray final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void windowOpensAndSaysWhy();
    void windowedFlag();
    void buttonsDriveTheActions();
    void notificationsShowInTheWindow();
    void holdsTheRequestLog();
    void closingQuits();

private:
    std::unique_ptr<AppHarness> m_harness;
};

void TestNoTray::init()
{
    m_harness = std::make_unique<AppHarness>();
    QVERIFY(m_harness->save({}, u"sk-test"_s));
}

void TestNoTray::cleanup()
{
    m_harness.reset();
    QApplication::setQuitOnLastWindowClosed(true);
}

void TestNoTray::windowOpensAndSaysWhy()
{
    DesktopApp *app = m_harness->launch(false);
    QVERIFY(!app->tray());
    MainWindow *window = app->mainWindow();
    QVERIFY(window);
    QVERIFY(window->isVisible());
    const QString why = child<QLabel>(window, u"noTrayReason"_s)->text();
    QVERIFY2(why.contains(u"no system tray"_s) && why.contains(u"quits"_s), qPrintable(why));
    QTRY_COMPARE(child<QLabel>(window, u"statusLine"_s)->text(),
        u"Running on %1"_s.arg(m_harness->endpoint()));
    QVERIFY(child<QLabel>(window, u"problemText"_s)->isHidden());

    // A second launch brings it forward.
    window->showMinimized();
    app->activate();
    QTRY_VERIFY(!(window->windowState() & Qt::WindowMinimized));
    QVERIFY(window->isVisible());
}

void TestNoTray::windowedFlag()
{
    DesktopApp *app = m_harness->launch(true, true);
    QVERIFY(!app->tray());
    QVERIFY(app->mainWindow());
    const QString why = child<QLabel>(app->mainWindow(), u"noTrayReason"_s)->text();
    QVERIFY2(why.contains(u"--windowed"_s), qPrintable(why));
}

void TestNoTray::buttonsDriveTheActions()
{
    DesktopApp *app = m_harness->launch(false);
    MainWindow *window = app->mainWindow();
    auto *startStop = child<QAbstractButton>(window, u"startStopButton"_s);
    QVERIFY(startStop->text().contains(u"Stop"_s));
    startStop->click();
    QVERIFY(!app->controller()->isRunning());
    QVERIFY(startStop->text().contains(u"Start"_s));
    QCOMPARE(child<QLabel>(window, u"statusLine"_s)->text(), u"Stopped"_s);
    startStop->click();
    QVERIFY(app->controller()->isRunning());

    child<QAbstractButton>(window, u"settingsButton"_s)->click();
    QTRY_VERIFY(app->settingsDialog() && app->settingsDialog()->isVisible());
    app->settingsDialog()->close();

    auto *autostart = child<QAbstractButton>(window, u"startAtLoginCheck"_s);
    const bool before = app->actions()->startAtLogin->isChecked();
    autostart->click();
    QCOMPARE(app->actions()->startAtLogin->isChecked(), !before);
    QCOMPARE(autostart->isChecked(), !before);
    autostart->click();
    QCOMPARE(app->actions()->startAtLogin->isChecked(), before);

    child<QAbstractButton>(window, u"copyEndpointButton"_s)->click();
    QTRY_VERIFY(!child<QLabel>(window, u"notice"_s)->isHidden());
    QVERIFY(child<QLabel>(window, u"notice"_s)->text().contains(m_harness->endpoint()));
}

void TestNoTray::notificationsShowInTheWindow()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, m_harness->port()));
    DesktopApp *app = m_harness->launch(false);
    MainWindow *window = app->mainWindow();
    auto *notice = child<QLabel>(window, u"notice"_s);
    QTRY_VERIFY(!notice->isHidden());
    QVERIFY2(notice->text().contains(u"already in use"_s), qPrintable(notice->text()));
    QVERIFY(!child<QLabel>(window, u"problemText"_s)->isHidden());
    QVERIFY(child<QLabel>(window, u"statusLine"_s)->text().contains(u"in use"_s));
}

void TestNoTray::holdsTheRequestLog()
{
    DesktopApp *app = m_harness->launch(false);
    MainWindow *window = app->mainWindow();
    RequestLogWindow *log = window->log();
    QVERIFY(log && log->isVisible() && log->window() == window); // embedded, not a window
    QTRY_VERIFY(app->controller()->isRunning());

    QNetworkAccessManager client;
    QNetworkRequest request(QUrl(m_harness->endpoint() + u"/chat/completions"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = client.post(
        request, R"({"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]})");
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10'000));
    const QByteArray id = reply->rawHeader("x-mygpt-request-id");
    QVERIFY(!id.isEmpty());
    reply->deleteLater();
    // The exchange shows in the window's own table.
    QTRY_COMPARE(log->table()->model()->rowCount(), 1);
    QCOMPARE(log->table()->model()->index(0, 0).data(viewer::RequestTableModel::IdRole), id);

    // "Open Request Log" brings this window forward instead of opening a second viewer.
    window->showMinimized();
    app->actions()->openLog->trigger();
    QTRY_VERIFY(!(window->windowState() & Qt::WindowMinimized));
    QVERIFY(!app->logWindow());
}

void TestNoTray::closingQuits()
{
    DesktopApp *app = m_harness->launch(false);
    MainWindow *window = app->mainWindow();
    QVERIFY(mygpt::test::execUntilQuit([window] { window->close(); }));
}

MYGPT_UI_TEST_MAIN(TestNoTray)
#include "tst_notray.moc"
