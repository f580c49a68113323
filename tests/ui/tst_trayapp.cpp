// The tray application through its QActions, offscreen: the state in the icon, tooltip and
// status line; start/stop, copy endpoint, request log, settings (a new port restarts the
// listener while a stream finishes), start at login (the XDG file), quit; the notifications
// for a port in use, a missing key and an upstream 401; the key file fallback.

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>

#include "UiTestSupport.h"
#include "app/AppActions.h"
#include "app/Icons.h"
#include "settings/SettingsDialog.h"
#include "tray/TrayIcon.h"

using namespace Qt::StringLiterals;
using namespace mygpt;
using namespace mygpt::ui;
using mygpt::test::AppHarness;
using mygpt::test::child;
using State = ProxyController::State;

class TestTrayApp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void menuHoldsEveryCommand();
    void runningStateAndTooltip();
    void startStop();
    void copyEndpoint();
    void openLogFromMenuAndClick();
    void settingsRestartListenerStreamFinishes();
    void startAtLogin();
    void quit();
    void portInUseNotified();
    void missingKeyNotified();
    void upstreamUnauthorizedNotified();
    void keyFileFallbackWarned();
    void firstRunOpensSettings();

private:
    int get(quint16 port, const QString &path, const QByteArray &model = {});
    bool iconShows(State state) const;

    std::unique_ptr<AppHarness> m_harness;
    QNetworkAccessManager m_client;
};

void TestTrayApp::init()
{
    m_harness = std::make_unique<AppHarness>();
    m_client.setProxy(QNetworkProxy::NoProxy);
}

void TestTrayApp::cleanup()
{
    m_harness.reset();
}

int TestTrayApp::get(quint16 port, const QString &path, const QByteArray &model)
{
    const QUrl url(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path));
    QNetworkRequest request(url);
    QNetworkReply *reply = nullptr;
    if (model.isEmpty()) {
        reply = m_client.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        reply = m_client.post(request,
            R"({"model":")" + model + R"(","stream":true,"messages":[{"role":"user","content":"hi"}]})");
    }
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10'000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

bool TestTrayApp::iconShows(State state) const
{
    return m_harness->app()->tray()->icon()->icon().cacheKey() == stateIcon(state).cacheKey();
}

void TestTrayApp::menuHoldsEveryCommand()
{
    QVERIFY(m_harness->save({}, u"sk-test"_s));
    DesktopApp *app = m_harness->launch();
    QVERIFY(app->tray());
    QVERIFY(!app->mainWindow());
    // Windows come and go; the tray keeps MyGPT running.
    QVERIFY(!QApplication::quitOnLastWindowClosed());
    QStringList names;
    for (const QAction *action : app->tray()->menu()->actions()) {
        if (!action->isSeparator())
            names.append(action->objectName());
    }
    QCOMPARE(names,
        QStringList({ u"statusAction"_s, u"startStopAction"_s, u"copyEndpointAction"_s,
            u"openLogAction"_s, u"settingsAction"_s, u"startAtLoginAction"_s, u"aboutAction"_s,
            u"quitAction"_s }));
    QVERIFY(!app->actions()->status->isEnabled());
    QVERIFY(app->actions()->startAtLogin->isCheckable());
    for (const QAction *action : app->tray()->menu()->actions())
        QVERIFY(action->isSeparator() || !action->text().isEmpty());

    app->actions()->about->trigger();
    QTRY_VERIFY(app->aboutBox() && app->aboutBox()->isVisible());
}

void TestTrayApp::runningStateAndTooltip()
{
    QVERIFY(m_harness->save({}, u"sk-test"_s));
    DesktopApp *app = m_harness->launch();
    QVERIFY(app->controller()->isRunning());
    const QString endpoint = m_harness->endpoint();
    QCOMPARE(app->actions()->status->text(), u"Running on %1"_s.arg(endpoint));
    QVERIFY(iconShows(State::Running));
    QVERIFY2(app->tray()->toolTip().contains(endpoint), qPrintable(app->tray()->toolTip()));
    QVERIFY(app->tray()->toolTip().contains(u"0 requests today"_s));

    QCOMPARE(get(m_harness->port(), u"/v1/models"_s), 200);
    QTRY_VERIFY2(app->tray()->toolTip().contains(u"1 request today"_s),
        qPrintable(app->tray()->toolTip()));
    QCOMPARE(get(m_harness->port(), u"/v1/models"_s), 200);
    QTRY_VERIFY(app->tray()->toolTip().contains(u"2 requests today"_s));
}

void TestTrayApp::startStop()
{
    QVERIFY(m_harness->save({}, u"sk-test"_s));
    DesktopApp *app = m_harness->launch();
    QAction *startStop = app->actions()->startStop;
    QVERIFY(startStop->text().contains(u"Stop"_s));

    startStop->trigger();
    QVERIFY(!app->controller()->isRunning());
    QCOMPARE(app->actions()->status->text(), u"Stopped"_s);
    QVERIFY(startStop->text().contains(u"Start"_s));
    QVERIFY(iconShows(State::Stopped));
    QCOMPARE(get(m_harness->port(), u"/health"_s), 0); // nobody listens

    startStop->trigger();
    QVERIFY(app->controller()->isRunning());
    QVERIFY(startStop->text().contains(u"Stop"_s));
    QVERIFY(iconShows(State::Running));
    QCOMPARE(get(m_harness->port(), u"/health"_s), 200);
}

void TestTrayApp::copyEndpoint()
{
    QVERIFY(m_harness->save({}, u"sk-test"_s));
    DesktopApp *app = m_harness->launch();
    QGuiApplication::clipboard()->clear();
    app->actions()->copyEndpoint->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), m_harness->endpoint());
}

void TestTrayApp::openLogFromMenuAndClick()
{
    QVERIFY(m_harness->save({}, u"sk-test"_s));
    DesktopApp *app = m_harness->launch();
    QVERIFY(!app->logWindow());
    app->actions()->openLog->trigger();
    QWidget *log = app->logWindow();
    QVERIFY(log);
    QTRY_VERIFY(log->isVisible());
    log->close();
    QTRY_VERIFY(!app->logWindow()); // deleted on close

    // A click on the tray icon opens it too.
    Q_EMIT app->tray()->icon()->activated(QSystemTrayIcon::Trigger);
    QTRY_VERIFY(app->logWindow() && app->logWindow()->isVisible());
    // The context-menu click is left to the menu.
    app->logWindow()->close();
    QTRY_VERIFY(!app->logWindow());
    Q_EMIT app->tray()->icon()->activated(QSystemTrayIcon::Context);
    QTest::qWait(20);
    QVERIFY(!app->logWindow());
}

void TestTrayApp::settingsRestartListenerStreamFinishes()
{
    QVERIFY(m_harness->save({}, u"sk-test"_s));
    DesktopApp *app = m_harness->launch();
    const quint16 oldPort = m_harness->port();

    // A slow stream is in flight on the old listener...
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/v1/chat/completions"_s.arg(oldPort)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("x-fake-chunks", "8");
    request.setRawHeader("x-fake-interval-ms", "150");
    QNetworkReply *stream = m_client.post(request,
        R"({"model":"fake-model","stream":true,"messages":[{"role":"user","content":"hi"}]})");
    QSignalSpy streamDone(stream, &QNetworkReply::finished);
    QTRY_VERIFY(stream->bytesAvailable() > 0);

    // ...when Settings saves a new port.
    app->actions()->settings->trigger();
    SettingsDialog *dialog = app->settingsDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(child<QComboBox>(dialog, u"baseUrl"_s)->currentText(),
        m_harness->upstream().baseUrl().toString());
    QCOMPARE(child<QLineEdit>(dialog, u"apiKey"_s)->text(), u"sk-test"_s);
    const quint16 newPort = mygpt::test::freePort();
    child<QSpinBox>(dialog, u"port"_s)->setValue(newPort);
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!app->settingsDialog());

    QTRY_COMPARE(app->controller()->endpoint().port(), int(newPort));
    QVERIFY(app->controller()->isRunning());
    QVERIFY(app->actions()->status->text().contains(QString::number(newPort)));
    QCOMPARE(get(newPort, u"/health"_s), 200);
    QCOMPARE(get(oldPort, u"/health"_s), 0); // the old listener takes no new connections

    // The stream on the old listener ran to its end.
    QVERIFY(streamDone.wait(10'000) || streamDone.size() == 1);
    QCOMPARE(stream->error(), QNetworkReply::NoError);
    const QByteArray body = stream->readAll();
    QVERIFY2(body.trimmed().endsWith("data: [DONE]"), body.right(200).constData());
    stream->deleteLater();
}

void TestTrayApp::startAtLogin()
{
    QVERIFY(m_harness->save({}, u"sk-test"_s));
    DesktopApp *app = m_harness->launch();
    const QString entry = qEnvironmentVariable("XDG_CONFIG_HOME")
        + u"/autostart/app.mygpt.MyGPT.desktop"_s;
    QVERIFY(entry.startsWith(mygpt::test::isolatedHome()));
    QFile::remove(entry);
    QAction *action = app->actions()->startAtLogin;
    action->setChecked(false);

    action->trigger();
    QVERIFY(action->isChecked());
    QFile file(entry);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("Exec=/usr/bin/mygpt"));
    QVERIFY(text.contains("[Desktop Entry]"));
    file.close();

    action->trigger();
    QVERIFY(!action->isChecked());
    QVERIFY(!QFile::exists(entry));

    // The settings dialog's checkbox drives the same entry.
    app->openSettings();
    SettingsDialog *dialog = app->settingsDialog();
    QVERIFY(dialog);
    child<QAbstractButton>(dialog, u"startAtLogin"_s)->setChecked(true);
    dialog->save();
    QTRY_VERIFY(!app->settingsDialog());
    QVERIFY(QFile::exists(entry));
    QVERIFY(action->isChecked());
    action->trigger();
    QVERIFY(!QFile::exists(entry));
}

void TestTrayApp::quit()
{
    QVERIFY(m_harness->save({}, u"sk-test"_s));
    DesktopApp *app = m_harness->launch();
    QVERIFY(mygpt::test::execUntilQuit([app] { app->actions()->quit->trigger(); }));
}

void TestTrayApp::portInUseNotified()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, m_harness->port()));
    QVERIFY(m_harness->save({}, u"sk-test"_s));
    DesktopApp *app = m_harness->create();
    QSignalSpy notified(app, &DesktopApp::notified);
    app->start();
    QTRY_VERIFY(app->isReady());

    QVERIFY(!app->controller()->isRunning());
    QTRY_COMPARE(notified.size(), 1);
    const QString text = notified.constFirst().at(1).toString();
    QVERIFY2(text.contains(u"Port %1 is already in use"_s.arg(m_harness->port())), qPrintable(text));
    QVERIFY(text.contains(u"Settings"_s)); // what to do
    QVERIFY(iconShows(State::Error));
    QCOMPARE(app->actions()->status->text(),
        u"Stopped: port %1 is in use"_s.arg(m_harness->port()));
    QVERIFY(app->tray()->toolTip().contains(text));

    // Clicking the notification opens the settings, where the port can be changed.
    Q_EMIT app->tray()->icon()->messageClicked();
    QTRY_VERIFY(app->settingsDialog() && app->settingsDialog()->isVisible());
    app->settingsDialog()->close();

    // Once the port is free, Start works and the error goes.
    squatter.close();
    app->actions()->startStop->trigger();
    QVERIFY(app->controller()->isRunning());
    QVERIFY(iconShows(State::Running));
}

void TestTrayApp::missingKeyNotified()
{
    QVERIFY(m_harness->save({ { u"OPENAI_BASE_URL"_s, u"https://api.example.invalid/v1"_s } }));
    DesktopApp *app = m_harness->create();
    QSignalSpy notified(app, &DesktopApp::notified);
    app->start();
    QTRY_VERIFY(app->isReady());
    QVERIFY(app->controller()->isRunning());
    QTRY_COMPARE(notified.size(), 1);
    const QString text = notified.constFirst().at(1).toString();
    QVERIFY2(text.contains(u"No API key"_s) && text.contains(u"api.example.invalid"_s),
        qPrintable(text));
    QVERIFY(text.contains(u"Settings"_s));
    QVERIFY(iconShows(State::Error));
    QVERIFY(app->actions()->status->text().contains(u"no API key"_s));
}

void TestTrayApp::upstreamUnauthorizedNotified()
{
    m_harness->upstream().setHandler([](const test::ReceivedRequest &) {
        return test::jsonReply(401, R"({"error":{"message":"Incorrect API key provided"}})");
    });
    QVERIFY(m_harness->save({}, u"sk-revoked"_s));
    DesktopApp *app = m_harness->create();
    QSignalSpy notified(app, &DesktopApp::notified);
    app->start();
    QTRY_VERIFY(app->isReady());
    QVERIFY(iconShows(State::Running));
    QCOMPARE(notified.size(), 0);

    QCOMPARE(get(m_harness->port(), u"/v1/models"_s), 401);
    QTRY_COMPARE(notified.size(), 1);
    const QString text = notified.constFirst().at(1).toString();
    QVERIFY2(text.contains(u"401"_s) && text.contains(u"refused the API key"_s), qPrintable(text));
    QVERIFY(text.contains(u"Settings"_s));
    QVERIFY(!text.contains(u"sk-revoked"_s));
    QVERIFY(iconShows(State::Error));
    QVERIFY(app->actions()->status->text().contains(u"API key refused"_s));

    // The upstream takes the key again: the error clears without a new notification.
    m_harness->upstream().resetHandler();
    QCOMPARE(get(m_harness->port(), u"/v1/models"_s), 200);
    QTRY_VERIFY(iconShows(State::Running));
    QCOMPARE(notified.size(), 1);
}

void TestTrayApp::keyFileFallbackWarned()
{
    QVERIFY(m_harness->save({}));
    m_harness->keychain()->setAvailable(false);
    DesktopApp *app = m_harness->launch();
    app->actions()->settings->trigger();
    SettingsDialog *dialog = app->settingsDialog();
    QVERIFY(dialog);
    auto *warning = child<QLabel>(dialog, u"keyStorageWarning"_s);
    QTRY_VERIFY(!warning->isHidden());
    // It arrives after the dialog is shown: the dialog grows so that no line is cut.
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY2(warning->height() >= warning->heightForWidth(warning->width()),
        qPrintable(u"%1 px for text needing %2"_s.arg(warning->height())
                       .arg(warning->heightForWidth(warning->width()))));
    const QString secrets = m_harness->dir() + u"/secrets.json"_s;
    QVERIFY2(warning->text().contains(secrets), qPrintable(warning->text()));

    child<QLineEdit>(dialog, u"apiKey"_s)->setText(u"sk-kept-in-a-file"_s);
    dialog->save();
    QTRY_VERIFY(!app->settingsDialog());
    QVERIFY(QFile::exists(secrets));
    QCOMPARE(QFile::permissions(secrets) & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                     | QFileDevice::ReadUser | QFileDevice::WriteUser),
        QFileDevice::Permissions());
    QFile ini(m_harness->dir() + u"/settings.ini"_s);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("sk-kept-in-a-file"));
    // The proxy uses the key from the file.
    QCOMPARE(app->controller()->config().apiKey.reveal(), "sk-kept-in-a-file");

    // Next time the dialog says where the key is, straight away.
    app->openSettings();
    QVERIFY(!child<QLabel>(app->settingsDialog(), u"keyStorageWarning"_s)->isHidden());
}

void TestTrayApp::firstRunOpensSettings()
{
    // Nothing saved, no key anywhere, an upstream that needs one: Settings comes up by itself.
    m_harness->environment.insert(u"PORT"_s, QString::number(m_harness->port()));
    m_harness->environment.insert(u"MYGPT_DATA_DIR"_s, m_harness->dir());
    m_harness->environment.insert(u"MYGPT_LOG_DIR"_s, m_harness->dir());
    m_harness->options.openSettingsOnFirstRun = true;
    DesktopApp *app = m_harness->launch();
    QTRY_VERIFY(app->settingsDialog() && app->settingsDialog()->isVisible());
}

MYGPT_UI_TEST_MAIN(TestTrayApp)
#include "tst_trayapp.moc"
