// The real keychain wrapper in the session the tests run in (usually none: CI has no Secret
// Service). Whatever the session offers, every call must answer, and an absent keychain must
// read as Unavailable so that SecretStore falls back to the file.

#include <QElapsedTimer>
#include <QTest>

#include "settings/SecretBackend.h"

using namespace Qt::StringLiterals;
using namespace mygpt;

class TestKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answers();
};

void TestKeychain::answers()
{
    KeychainBackend keychain(u"MyGPT-test"_s);
    QVERIFY(!keychain.displayName().isEmpty());
    QElapsedTimer clock;
    clock.start();
    bool done = false;
    SecretBackend::Result result;
    keychain.write(u"probe"_s, "not-a-real-key", [&](const SecretBackend::Result &r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 40'000);
    qInfo() << "keychain write:" << int(result.status) << result.error << clock.elapsed() << "ms";
    if (result.status == SecretBackend::Status::Ok) {
        bool removed = false;
        keychain.remove(u"probe"_s, [&](const SecretBackend::Result &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 40'000);
    } else {
        QVERIFY(!result.error.contains(u"not-a-real-key"_s));
    }
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
