#pragma once

#include <QApplication>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "app/DesktopApp.h"
#include "fake_upstream.h"
#include "log/Translations.h"
#include "settings/SettingsStore.h"

namespace mygpt::test {

using ui::DesktopApp;
using ui::DesktopOptions;

// HOME, XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME and XDG_RUNTIME_DIR in a temporary
// folder, and no session bus (so no real keychain): called before the QApplication exists,
// so nothing a test does reaches the user's own settings, autostart entries or keys.
void isolateUserFolders();
QString isolatedHome();

quint16 freePort();

// A SettingsStore on files in `dir` with the in-memory keychain, which *keychain points at.
std::unique_ptr<SettingsStore> makeSettingsStore(
    const QString &dir, MemorySecretBackend **keychain = nullptr);

// A DesktopApp as `mygpt` runs it, but on a temporary settings file, the test keychain, a
// free port and the fake upstream, with the command line and environment left out.
class AppHarness final
{
public:
    AppHarness();
    ~AppHarness();

    // Saves these settings (the key into the test keychain) before the app starts. PORT,
    // OPENAI_BASE_URL (the fake upstream) and the log and data folders are filled in unless
    // given; an empty value leaves a setting out.
    bool save(QVariantMap values, const QString &apiKey = {});
    // Builds the app (not started yet): `tray` says whether the desktop has a tray.
    DesktopApp *create(bool tray = true, bool windowed = false);
    // create() + start(), waiting until the saved settings are loaded.
    DesktopApp *launch(bool tray = true, bool windowed = false);

    DesktopApp *app() const { return m_app.get(); }
    FakeUpstream &upstream() { return m_upstream; }
    MemorySecretBackend *keychain() const { return m_keychain; }
    quint16 port() const { return m_port; }
    QString dir() const { return m_dir.path(); }
    QString endpoint() const;
    // Extra variables for ConfigSources::environment (e.g. PORT, to leave the file empty).
    QProcessEnvironment environment;
    DesktopOptions options;

private:
    QTemporaryDir m_dir;
    FakeUpstream m_upstream;
    quint16 m_port = 0;
    MemorySecretBackend *m_keychain = nullptr;
    std::unique_ptr<SettingsStore> m_pending;
    std::unique_ptr<DesktopApp> m_app;
};

// Runs the event loop as `mygpt` does until something quits it (true) or timeoutMs pass.
bool execUntilQuit(const std::function<void()> &afterStart, int timeoutMs = 5000);

// The widget called `name` under `parent`, failing the test when there is none.
template<typename T> T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s called %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

} // namespace mygpt::test

// QTEST_MAIN with the user's folders out of reach.
#define MYGPT_UI_TEST_MAIN(TestClass)                                                         \
    int main(int argc, char *argv[])                                                          \
    {                                                                                         \
        mygpt::test::isolateUserFolders();                                                    \
        QApplication app(argc, argv);                                                         \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                              \
        QApplication::setApplicationName(QStringLiteral("MyGPT"));                            \
        mygpt::installTranslations(QStringLiteral("en")); /* as main() does */                \
        TestClass test;                                                                       \
        QTEST_SET_MAIN_SOURCE_PATH                                                            \
        return QTest::qExec(&test, argc, argv);                                               \
    }
