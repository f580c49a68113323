// AppSettings and SettingsStore: what goes to the settings file, what never does, and the
// saved settings as the configuration loader's lowest layer.

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "config/ConfigLoader.h"
#include "settings/SettingsStore.h"

using namespace Qt::StringLiterals;
using namespace mygpt;

class TestSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void proxyValuesRoundTrip();
    void secretsNeverInTheFile();
    void migrateDropsSecrets();
    void guiPreferences();
    void storeRoundTrip();
    void savedSettingsFeedTheLoader();
    void environmentOverridesSaved();

private:
    std::unique_ptr<SettingsStore> makeStore(MemorySecretBackend **backend = nullptr);
    QString iniPath() const { return m_dir->filePath(u"settings.ini"_s); }
    QByteArray iniText() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettings::init()
{
    // A fresh folder per test, as KeePassXC resets its temporary config in init().
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<SettingsStore> TestSettings::makeStore(MemorySecretBackend **backend)
{
    auto settings = std::make_unique<AppSettings>(iniPath());
    auto keychain = std::make_unique<MemorySecretBackend>();
    if (backend)
        *backend = keychain.get();
    auto secrets = std::make_unique<SecretStore>(
        settings.get(), std::move(keychain), m_dir->filePath(u"secrets.json"_s));
    return std::make_unique<SettingsStore>(std::move(settings), std::move(secrets));
}

QByteArray TestSettings::iniText() const
{
    QFile file(iniPath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestSettings::proxyValuesRoundTrip()
{
    {
        AppSettings settings(iniPath());
        QSignalSpy changed(&settings, &AppSettings::changed);
        settings.setProxyValues({ { u"PORT"_s, u" 8100 "_s },
            { u"OPENAI_BASE_URL"_s, u"https://api.deepseek.com"_s }, { u"HOST"_s, u""_s } });
        QCOMPARE(changed.size(), 1);
    }
    AppSettings reread(iniPath());
    const QVariantMap values = reread.proxyValues();
    QCOMPARE(values.value(u"PORT"_s).toString(), u"8100"_s); // trimmed
    QCOMPARE(values.value(u"OPENAI_BASE_URL"_s).toString(), u"https://api.deepseek.com"_s);
    QVERIFY(!values.contains(u"HOST"_s)); // blank: falls through to the default
}

void TestSettings::secretsNeverInTheFile()
{
    AppSettings settings(iniPath());
    settings.setProxyValues({ { u"OPENAI_API_KEY"_s, u"sk-never-in-ini"_s },
        { u"MYGPT_ACCESS_KEY"_s, u"access-never-in-ini"_s }, { u"PORT"_s, u"8001"_s } });
    settings.sync();
    QVERIFY(!iniText().contains("never-in-ini"));
    QVERIFY(!settings.proxyValues().contains(u"OPENAI_API_KEY"_s));
}

void TestSettings::migrateDropsSecrets()
{
    {
        QSettings raw(iniPath(), QSettings::IniFormat);
        raw.setValue(u"proxy/OPENAI_API_KEY"_s, u"sk-legacy"_s);
        raw.setValue(u"proxy/PORT"_s, u"9000"_s);
    }
    AppSettings settings(iniPath());
    settings.sync();
    QVERIFY(!iniText().contains("sk-legacy"));
    QCOMPARE(settings.proxyValues().value(u"PORT"_s).toString(), u"9000"_s);
    QVERIFY(iniText().contains("version=1"));
}

void TestSettings::guiPreferences()
{
    AppSettings settings(iniPath());
    QCOMPARE(settings.language(), u"system"_s);
    QVERIFY(settings.startServerAtLaunch()); // on by default
    settings.setLanguage(u"zh_CN"_s);
    settings.setStartServerAtLaunch(false);
    settings.setBaseUrlHistory({ u"https://a.example/v1"_s, u"https://b.example/v1"_s });
    settings.sync();
    AppSettings reread(iniPath());
    QCOMPARE(reread.language(), u"zh_CN"_s);
    QVERIFY(!reread.startServerAtLaunch());
    QCOMPARE(reread.baseUrlHistory().size(), 2);
}

void TestSettings::storeRoundTrip()
{
    MemorySecretBackend *keychain = nullptr;
    auto store = makeStore(&keychain);
    SavedSettings saved;
    saved.setValue(u"OPENAI_API_KEY", u"sk-round-trip"_s);
    saved.setValue(u"MYGPT_ACCESS_KEY", u"access-round-trip-123"_s);
    saved.setValue(u"PORT", u"8123"_s);
    saved.language = u"en"_s;
    saved.startServerAtLaunch = false;

    QSignalSpy savedSignal(store.get(), &SettingsStore::saved);
    bool done = false;
    store->save(saved, [&](bool ok, const QString &warning) {
        QVERIFY(ok);
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(savedSignal.size(), 1);
    QCOMPARE(keychain->contents().value(u"OPENAI_API_KEY"_s), "sk-round-trip");
    QVERIFY(!iniText().contains("round-trip"));
    QVERIFY(iniText().contains("OPENAI_API_KEY=keychain")); // where, never what

    // A second store over the same files, as the next launch would see them. The memory
    // keychain is per object, so carry its contents over.
    MemorySecretBackend *next = nullptr;
    auto again = makeStore(&next);
    bool written = false;
    next->write(u"OPENAI_API_KEY"_s, "sk-round-trip", [&](const auto &) { written = true; });
    QTRY_VERIFY(written);
    SavedSettings loaded;
    bool loadedDone = false;
    again->load([&](const SavedSettings &settings, const QString &) {
        loaded = settings;
        loadedDone = true;
    });
    QTRY_VERIFY(loadedDone);
    QCOMPARE(loaded.value(u"OPENAI_API_KEY"), u"sk-round-trip"_s);
    QCOMPARE(loaded.value(u"PORT"), u"8123"_s);
    QCOMPARE(loaded.language, u"en"_s);
    QVERIFY(!loaded.startServerAtLaunch);
    // The access key was saved too but this keychain never got it: not found, no warning.
    QVERIFY(loaded.value(u"MYGPT_ACCESS_KEY").isEmpty());
}

void TestSettings::savedSettingsFeedTheLoader()
{
    ConfigSources sources;
    sources.arguments = { u"mygpt"_s, u"--headless"_s };
    sources.workingDir = m_dir->path();
    sources.configDir = m_dir->path();
    sources.saved = { { u"OPENAI_API_KEY"_s, u"sk-saved"_s }, { u"PORT"_s, u"8124"_s },
        { u"OPENAI_BASE_URL"_s, u"https://api.deepseek.com"_s } };
    const ConfigResult result = loadConfig(sources);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.config.port, quint16(8124));
    QCOMPARE(result.config.apiKey.reveal(), "sk-saved");
    QCOMPARE(result.sourceOf.value(u"port"_s), u"settings"_s);
}

void TestSettings::environmentOverridesSaved()
{
    ConfigSources sources;
    sources.arguments = { u"mygpt"_s, u"--headless"_s };
    sources.workingDir = m_dir->path();
    sources.configDir = m_dir->path();
    sources.environment.insert(u"PORT"_s, u"8200"_s);
    sources.saved = { { u"PORT"_s, u"8124"_s } };
    const ConfigResult result = loadConfig(sources);
    QCOMPARE(result.config.port, quint16(8200));
    QCOMPARE(result.sourceOf.value(u"port"_s), u"environment"_s);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
