// SecretStore: the keychain when there is one, the user-only file with a warning when there
// is not, and the file's permissions.

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "settings/SecretStore.h"

using namespace Qt::StringLiterals;
using namespace mygpt;

class TestSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void keychainWhenAvailable();
    void fileFallbackWhenUnavailable();
    void keychainTakesOverFromFile();
    void emptyValueRemoves();
    void filePermissions();
    void readAllBlocking();

private:
    void write(const SecretStore::Secrets &secrets, bool *ok, QString *warning);
    SecretStore::Secrets read();
    QString filePath() const { return m_dir->filePath(u"secrets.json"_s); }
    QByteArray fileText() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    MemorySecretBackend *m_keychain = nullptr;
    std::unique_ptr<SecretStore> m_store;
};

void TestSecretStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(u"settings.ini"_s));
    auto keychain = std::make_unique<MemorySecretBackend>();
    m_keychain = keychain.get();
    m_store = std::make_unique<SecretStore>(m_settings.get(), std::move(keychain), filePath());
}

void TestSecretStore::write(const SecretStore::Secrets &secrets, bool *ok, QString *warning)
{
    bool done = false;
    m_store->writeAll(secrets, [&](bool success, const QString &why) {
        *ok = success;
        *warning = why;
        done = true;
    });
    QTRY_VERIFY(done);
}

SecretStore::Secrets TestSecretStore::read()
{
    SecretStore::Secrets result;
    bool done = false;
    m_store->readAll({ u"OPENAI_API_KEY"_s, u"MYGPT_ACCESS_KEY"_s },
        [&](const SecretStore::Secrets &secrets, const QString &) {
            result = secrets;
            done = true;
        });
    [&] { QTRY_VERIFY(done); }();
    return result;
}

QByteArray TestSecretStore::fileText() const
{
    QFile file(filePath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestSecretStore::keychainWhenAvailable()
{
    bool ok = false;
    QString warning;
    write({ { u"OPENAI_API_KEY"_s, "sk-in-keychain" } }, &ok, &warning);
    QVERIFY(ok);
    QVERIFY(warning.isEmpty());
    QCOMPARE(m_settings->secretLocation(u"OPENAI_API_KEY"_s), SecretLocation::Keychain);
    QVERIFY(!QFile::exists(filePath()));
    QVERIFY(!m_store->usesFileFallback({ u"OPENAI_API_KEY"_s }));
    QCOMPARE(read().value(u"OPENAI_API_KEY"_s), "sk-in-keychain");
}

void TestSecretStore::fileFallbackWhenUnavailable()
{
    m_keychain->setAvailable(false);
    bool ok = false;
    QString warning;
    write({ { u"OPENAI_API_KEY"_s, "sk-in-file" } }, &ok, &warning);
    QVERIFY(ok);
    // The user is told, with the path.
    QVERIFY2(warning.contains(filePath()), qPrintable(warning));
    QCOMPARE(m_settings->secretLocation(u"OPENAI_API_KEY"_s), SecretLocation::File);
    QVERIFY(m_store->usesFileFallback({ u"OPENAI_API_KEY"_s }));
    QVERIFY(fileText().contains("sk-in-file"));
    QCOMPARE(read().value(u"OPENAI_API_KEY"_s), "sk-in-file");
    // The warning itself never carries the key.
    QVERIFY(!warning.contains(u"sk-in-file"_s));
}

void TestSecretStore::keychainTakesOverFromFile()
{
    m_keychain->setAvailable(false);
    bool ok = false;
    QString warning;
    write({ { u"OPENAI_API_KEY"_s, "sk-first" } }, &ok, &warning);
    QVERIFY(QFile::exists(filePath()));
    m_keychain->setAvailable(true);
    write({ { u"OPENAI_API_KEY"_s, "sk-second" } }, &ok, &warning);
    QVERIFY(ok);
    QCOMPARE(m_settings->secretLocation(u"OPENAI_API_KEY"_s), SecretLocation::Keychain);
    QVERIFY(!QFile::exists(filePath())); // nothing left behind in the file
    QCOMPARE(read().value(u"OPENAI_API_KEY"_s), "sk-second");
}

void TestSecretStore::emptyValueRemoves()
{
    bool ok = false;
    QString warning;
    write({ { u"OPENAI_API_KEY"_s, "sk-gone-soon" } }, &ok, &warning);
    write({ { u"OPENAI_API_KEY"_s, QByteArray() } }, &ok, &warning);
    QVERIFY(ok);
    QCOMPARE(m_settings->secretLocation(u"OPENAI_API_KEY"_s), SecretLocation::None);
    QVERIFY(m_keychain->contents().isEmpty());
    QVERIFY(read().isEmpty());
}

void TestSecretStore::filePermissions()
{
#ifdef Q_OS_UNIX
    SecretFile file(filePath());
    QVERIFY(file.write(u"OPENAI_API_KEY"_s, "sk-private"));
    const auto permissions = QFileInfo(filePath()).permissions();
    QCOMPARE(permissions & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(!file.isExposed());
    // Rewriting keeps it private, and a file someone loosened is reported.
    QVERIFY(file.write(u"MYGPT_ACCESS_KEY"_s, "access-private"));
    QVERIFY(!file.isExposed());
    QFile::setPermissions(filePath(), QFileInfo(filePath()).permissions() | QFileDevice::ReadOther);
    QVERIFY(file.isExposed());
    QVERIFY(file.remove(u"OPENAI_API_KEY"_s));
    QVERIFY(file.remove(u"MYGPT_ACCESS_KEY"_s));
    QVERIFY(!QFile::exists(filePath())); // empty: the file goes
#else
    QSKIP("Unix permissions");
#endif
}

void TestSecretStore::readAllBlocking()
{
    bool ok = false;
    QString warning;
    write({ { u"OPENAI_API_KEY"_s, "sk-blocking" } }, &ok, &warning);
    const SecretStore::Secrets secrets
        = m_store->readAllBlocking({ u"OPENAI_API_KEY"_s }, 5000, &warning);
    QCOMPARE(secrets.value(u"OPENAI_API_KEY"_s), "sk-blocking");
    QVERIFY(warning.isEmpty());
    // Nothing saved: no keychain call at all (what `--headless` relies on).
    const int calls = m_keychain->calls();
    m_store->readAllBlocking({ u"MYGPT_ACCESS_KEY"_s }, 5000, &warning);
    QCOMPARE(m_keychain->calls(), calls);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
