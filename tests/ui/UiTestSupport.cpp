#include "UiTestSupport.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace mygpt::test {

namespace {

QTemporaryDir *home()
{
    static QTemporaryDir dir;
    return &dir;
}

} // namespace

void isolateUserFolders()
{
    const QString root = home()->path();
    const auto set = [&root](const char *name, const QString &sub) {
        const QString path = root + sub;
        QDir().mkpath(path);
        qputenv(name, path.toUtf8());
    };
    set("HOME", QString());
    set("XDG_CONFIG_HOME", u"/config"_s);
    set("XDG_DATA_HOME", u"/data"_s);
    set("XDG_CACHE_HOME", u"/cache"_s);
    set("XDG_RUNTIME_DIR", u"/runtime"_s);
    QFile::setPermissions(root + u"/runtime"_s, QFileDevice::ReadOwner | QFileDevice::WriteOwner
            | QFileDevice::ExeOwner);
    // No Secret Service: the real keychain is never asked.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    // Settings a developer's shell may hold would override what the tests save.
    for (const char *name : { "OPENAI_API_KEY", "OPENAI_BASE_URL", "HOST", "PORT" })
        qunsetenv(name);
}

QString isolatedHome()
{
    return home()->path();
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

std::unique_ptr<SettingsStore> makeSettingsStore(const QString &dir, MemorySecretBackend **keychain)
{
    auto settings = std::make_unique<AppSettings>(dir + u"/settings.ini"_s);
    auto backend = std::make_unique<MemorySecretBackend>();
    if (keychain)
        *keychain = backend.get();
    auto secrets = std::make_unique<SecretStore>(
        settings.get(), std::move(backend), dir + u"/secrets.json"_s);
    return std::make_unique<SettingsStore>(std::move(settings), std::move(secrets));
}

} // namespace mygpt::test

namespace mygpt::test {

AppHarness::AppHarness()
{
    if (!m_upstream.start())
        qWarning("the fake upstream did not start: %s", qPrintable(m_upstream.errorString()));
    m_port = freePort();
    m_pending = makeSettingsStore(m_dir.path(), &m_keychain);
    options.controller.console = false;
    options.controller.takeOverMessages = false;
    options.autostartProgram = u"/usr/bin/mygpt"_s;
    options.openSettingsOnFirstRun = false;
}

AppHarness::~AppHarness()
{
    m_app.reset();
}

QString AppHarness::endpoint() const
{
    return u"http://127.0.0.1:%1/v1"_s.arg(m_port);
}

bool AppHarness::save(QVariantMap values, const QString &apiKey)
{
    const auto fill = [&values](QStringView name, const QString &value) {
        if (!values.contains(name.toString()))
            values.insert(name.toString(), value);
    };
    fill(u"PORT", QString::number(m_port));
    fill(u"OPENAI_BASE_URL", m_upstream.baseUrl().toString());
    fill(u"MYGPT_LOG_DIR", m_dir.filePath(u"logs"_s));
    fill(u"MYGPT_DATA_DIR", m_dir.filePath(u"data"_s));
    SavedSettings saved;
    saved.values = values;
    saved.setValue(u"OPENAI_API_KEY", apiKey);
    bool done = false;
    bool ok = false;
    m_pending->save(saved, [&](bool success, const QString &) {
        ok = success;
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }) && ok;
}

DesktopApp *AppHarness::create(bool tray, bool windowed)
{
    options.trayAvailable = [tray] { return tray; };
    options.windowed = windowed;
    const QString dir = m_dir.path();
    const QProcessEnvironment env = environment;
    options.configure = [dir, env](const QVariantMap &saved) {
        ConfigSources sources;
        sources.arguments = { u"mygpt"_s };
        sources.environment = env;
        sources.workingDir = dir;
        sources.configDir = dir;
        sources.saved = saved;
        return loadConfig(sources);
    };
    m_app = std::make_unique<DesktopApp>(std::move(m_pending), options);
    return m_app.get();
}

DesktopApp *AppHarness::launch(bool tray, bool windowed)
{
    DesktopApp *app = create(tray, windowed);
    app->start();
    if (!QTest::qWaitFor([app] { return app->isReady(); }, 5000))
        qWarning("the app did not load its settings");
    return app;
}

bool execUntilQuit(const std::function<void()> &afterStart, int timeoutMs)
{
    bool timedOut = false;
    QTimer::singleShot(0, qApp, afterStart);
    QTimer guard; // gone, with its connection, when this returns
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, qApp, [&timedOut] {
        timedOut = true;
        QCoreApplication::exit(1);
    });
    guard.start(timeoutMs);
    const int code = QCoreApplication::exec();
    return code == 0 && !timedOut;
}

} // namespace mygpt::test
