// Crash safety for real: a helper process puts records under load, gets SIGKILLed, and the
// file must open (integrity ok) with every record put more than 1 s before the kill.
#include "StoreTestUtil.h"
#include "store/RequestStore.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace mygpt;
using namespace mygpt::storetest;
using namespace Qt::StringLiterals;

class TestStoreCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sigkillUnderLoad_data();
    void sigkillUnderLoad();

private:
    QTemporaryDir m_dir;
};

void TestStoreCrash::sigkillUnderLoad_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rate");
    QTest::addColumn<int>("runMs");
    // Rates well above a proxy's, yet within what a Debug writer on a busy CI machine commits.
    QTest::newRow("fresh file, 200/s") << u"a.sqlite"_s << 200 << 2500;
    QTest::newRow("fresh file, 600/s") << u"b.sqlite"_s << 600 << 3000;
    QTest::newRow("the killed file again") << u"b.sqlite"_s << 400 << 2500;
}

void TestStoreCrash::sigkillUnderLoad()
{
    QFETCH(QString, file);
    QFETCH(int, rate);
    QFETCH(int, runMs);
    const QString path = m_dir.filePath(file);

    struct Put
    {
        qint64 atMs;
        bool final;
    };
    QHash<QByteArray, Put> puts; // the last put of each id
    QByteArray pending;
    QProcess helper;
    const auto readLines = [&] {
        pending += helper.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QList<QByteArray> f = pending.left(nl).split(' ');
            pending.remove(0, nl + 1);
            if (f.size() == 3)
                puts.insert(f[0], { f[1].toLongLong(), f[2] == "final" });
        }
    };
    connect(&helper, &QProcess::readyReadStandardOutput, this, readLines);
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral(MYGPT_STORE_CRASH_HELPER), { path, QString::number(rate) });
    QVERIFY(helper.waitForStarted());
    QTest::qWait(runMs);
    QCOMPARE(helper.state(), QProcess::Running);
    const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
    helper.kill(); // SIGKILL
    QVERIFY(helper.waitForFinished());
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
    readLines();

    RawDb raw(path);
    QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QHash<QByteArray, bool> stored; // id -> in flight
    QSqlQuery q(raw.db());
    QVERIFY(q.exec(u"SELECT id, in_flight FROM requests"_s));
    while (q.next())
        stored.insert(q.value(0).toString().toLatin1(), q.value(1).toBool());
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM requests_fts"_s).toLongLong(),
        raw.scalar(u"SELECT count(*) FROM requests"_s).toLongLong());

    int mustHave = 0;
    int lostRecent = 0;
    for (auto it = puts.cbegin(); it != puts.cend(); ++it) {
        const bool old = it->atMs < killedAt - 1000;
        if (!stored.contains(it.key())) {
            QVERIFY2(!old,
                qPrintable(
                    u"lost %1, put %2 ms before the kill"_s.arg(QString::fromLatin1(it.key()))
                        .arg(killedAt - it->atMs)));
            ++lostRecent;
            continue;
        }
        if (old) {
            ++mustHave;
            // Its last state too: a stream finished a second ago is not in flight any more.
            QCOMPARE(stored.value(it.key()), !it->final);
        }
    }
    qInfo("%lld records put, %d older than 1 s all present, %d newer ones not committed",
        qint64(puts.size()), mustHave, lostRecent);
    QVERIFY(mustHave > rate / 2); // the check had something to check
    // And the store opens it as usual.
    RequestStore reopened(fastOptions(path));
    QVERIFY(reopened.isOpen());
    QVERIFY(reopened.count({}) >= mustHave);
}

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_store_crash.moc"
