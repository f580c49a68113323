// Request ids: 8 hex characters, never repeated -- within a run and across runs.
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "proxy/RequestId.h"

using namespace Qt::StringLiterals;
using namespace mygpt;

class TestRequestId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uniqueAndShaped();
    void continuesAcrossRuns();
};

void TestRequestId::uniqueAndShaped()
{
    RequestIdGenerator ids(0xfffff000u); // crosses the 32-bit wrap
    QSet<QByteArray> seen;
    const QRegularExpression hex8(u"^[0-9a-f]{8}$"_s);
    for (int i = 0; i < 200'000; ++i) {
        const QByteArray id = ids.next();
        QVERIFY(hex8.match(QString::fromLatin1(id)).hasMatch());
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 200'000);
}

void TestRequestId::continuesAcrossRuns()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(u"data/request-ids"_s);
    QSet<QByteArray> seen;
    // Three "runs", one of them far past a block boundary; ids never repeat.
    for (int run = 0; run < 3; ++run) {
        RequestIdGenerator ids(state);
        const int count = run == 1 ? int(RequestIdGenerator::BlockSize) * 2 + 17 : 1000;
        for (int i = 0; i < count; ++i) {
            const QByteArray id = ids.next();
            QVERIFY2(!seen.contains(id), id.constData());
            seen.insert(id);
        }
    }
    QVERIFY(QFile::exists(state));
}

QTEST_GUILESS_MAIN(TestRequestId)
#include "tst_requestid.moc"
