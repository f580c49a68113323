// One instance per user: the second claim hands off to the first, which is asked to come
// forward; a lock left by a dead process does not block the next launch.

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include "desktop/SingleInstance.h"

using namespace Qt::StringLiterals;
using namespace mygpt;

class TestSingleInstance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void secondLaunchHandsOff();
    void staleLockIsRecovered();
    void primaryGoneFreesTheLock();
    void defaultKeyIsStable();

private:
    QString m_key;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSingleInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    // Socket names are global to the user: a fresh one per test.
    m_key = u"mygpt-test-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

void TestSingleInstance::secondLaunchHandsOff()
{
    SingleInstance primary(m_key, m_dir->path());
    QVERIFY(primary.claim());
    QVERIFY(primary.isPrimary());
    QSignalSpy activated(&primary, &SingleInstance::activationRequested);

    // The second launch blocks while it talks to the first, as a second process would:
    // run it on a thread so that this one's event loop can answer.
    bool secondClaimed = true;
    bool sent = false;
    QThread *second = QThread::create([&] {
        SingleInstance other(m_key, m_dir->path());
        secondClaimed = other.claim();
        sent = other.activationSent();
    });
    second->start();
    QTRY_COMPARE(activated.size(), 1);
    QTRY_VERIFY(second->isFinished());
    delete second;
    QVERIFY(!secondClaimed);
    QVERIFY(sent);
}

void TestSingleInstance::staleLockIsRecovered()
{
    // What a crashed MyGPT leaves: a lock file naming a process that no longer exists.
    {
        QFile lock(m_dir->filePath(m_key + u".lock"_s));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(0x7ffffff0) + "\nmygpt\n" + QSysInfo::machineHostName().toUtf8()
            + "\n");
    }
    SingleInstance next(m_key, m_dir->path());
    QVERIFY(next.claim());
}

void TestSingleInstance::primaryGoneFreesTheLock()
{
    {
        SingleInstance first(m_key, m_dir->path());
        QVERIFY(first.claim());
    }
    SingleInstance second(m_key, m_dir->path());
    QVERIFY(second.claim());
}

void TestSingleInstance::defaultKeyIsStable()
{
    QCOMPARE(SingleInstance::defaultKey(), SingleInstance::defaultKey());
    QVERIFY(SingleInstance::defaultKey().size() < 40); // fits a Unix socket path
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
