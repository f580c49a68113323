// LocalClock: log stamps in local time from one offset look-up per minute must equal what
// QDateTime computes for every instant, including the minutes around DST switches.
#include "log/LocalClock.h"

#include <QTest>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace mygpt;

class TestLocalClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanupTestCase();
    void matchesQDateTime_data();
    void matchesQDateTime();
    void nowIsNow();
};

namespace {

void setZone(const QByteArray &zone)
{
    qputenv("TZ", zone);
    tzset();
}

qint64 utcMs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

} // namespace

void TestLocalClock::cleanupTestCase()
{
    qunsetenv("TZ");
    tzset();
}

void TestLocalClock::matchesQDateTime_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    // Berlin springs forward at 01:00 UTC and falls back at 01:00 UTC; Lord Howe moves by
    // 30 minutes; Kolkata never moves; UTC for the plain case.
    QTest::newRow("berlin spring") << "Europe/Berlin"_ba << utcMs("2026-03-29T00:57:30Z")
                                   << utcMs("2026-03-29T01:03:00Z");
    QTest::newRow("berlin autumn") << "Europe/Berlin"_ba << utcMs("2026-10-25T00:57:30Z")
                                   << utcMs("2026-10-25T01:03:00Z");
    QTest::newRow("lord howe") << "Australia/Lord_Howe"_ba << utcMs("2026-04-04T14:57:00Z")
                               << utcMs("2026-04-04T15:03:00Z");
    QTest::newRow("kolkata") << "Asia/Kolkata"_ba << utcMs("2026-11-27T23:58:00Z")
                             << utcMs("2026-11-28T00:02:00Z");
    QTest::newRow("utc") << "UTC"_ba << utcMs("2026-12-31T23:58:00Z")
                         << utcMs("2027-01-01T00:02:00Z");
}

void TestLocalClock::matchesQDateTime()
{
    QFETCH(QByteArray, zone);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    setZone(zone);
    LocalClock clock;
    int offsetsSeen = 0;
    int lastOffset = INT_MIN;
    // Steps of 7.3 s, so that some land just before and just after each minute boundary.
    for (qint64 ms = from; ms <= to; ms += 7300) {
        const QDateTime expected = QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime);
        const QDateTime got = clock.at(ms);
        QCOMPARE(got.toMSecsSinceEpoch(), ms);
        QCOMPARE(got.date(), expected.date());
        QCOMPARE(got.time(), expected.time());
        QCOMPARE(got.offsetFromUtc(), expected.offsetFromUtc());
        if (got.offsetFromUtc() != lastOffset) {
            ++offsetsSeen;
            lastOffset = got.offsetFromUtc();
        }
    }
    // The DST rows really cross a switch (otherwise the test would prove little).
    const bool switches = zone == "Europe/Berlin" || zone == "Australia/Lord_Howe";
    QCOMPARE(offsetsSeen, switches ? 2 : 1);
}

void TestLocalClock::nowIsNow()
{
    setZone("Asia/Shanghai");
    LocalClock clock;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QDateTime now = clock.now();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(now.toMSecsSinceEpoch() >= before && now.toMSecsSinceEpoch() <= after);
    QCOMPARE(now.offsetFromUtc(), 8 * 3600);
}

QTEST_GUILESS_MAIN(TestLocalClock)
#include "tst_localclock.moc"
