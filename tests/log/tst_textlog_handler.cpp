// TextLog as the app's Qt message handler: every category, same sinks and format, the level.
#include "LogTestSupport.h"

#include <QLoggingCategory>
#include <QTest>

using namespace mygpt;
using namespace mygpt::test;
using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcOther, "other.module")
Q_LOGGING_CATEGORY(lcMygpt, "mygpt.sample", QtInfoMsg)
} // namespace

class TestTextLogHandler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routesMessages_data();
    void routesMessages();
    void levelSetsLoggingRules();
    void restoresPreviousHandler();
};

Q_DECLARE_METATYPE(QtMsgType)

namespace {

void emitMessage(const QLoggingCategory &category, QtMsgType type, const QString &text)
{
    switch (type) {
    case QtDebugMsg:
        qCDebug(category).noquote() << text;
        break;
    case QtInfoMsg:
        qCInfo(category).noquote() << text;
        break;
    case QtWarningMsg:
        qCWarning(category).noquote() << text;
        break;
    case QtCriticalMsg:
        qCCritical(category).noquote() << text;
        break;
    case QtFatalMsg:
        break;
    }
}

} // namespace

void TestTextLogHandler::routesMessages_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<QByteArray>("category");
    QTest::addColumn<QtMsgType>("type");
    QTest::addColumn<QByteArray>("expected"); // empty: nowhere
    QTest::addColumn<bool>("inErrorFile");

    QTest::newRow("warning, other category") << u"info"_s << QByteArray("other") << QtWarningMsg
                                             << QByteArray("WARNING - disk almost full") << true;
    QTest::newRow("critical, mygpt category") << u"info"_s << QByteArray("mygpt") << QtCriticalMsg
                                              << QByteArray("ERROR - disk almost full") << true;
    QTest::newRow("info, default category") << u"info"_s << QByteArray("default") << QtInfoMsg
                                            << QByteArray("INFO - disk almost full") << false;
    QTest::newRow("debug below info")
        << u"info"_s << QByteArray("other") << QtDebugMsg << QByteArray() << false;
    QTest::newRow("debug at debug, mygpt") << u"debug"_s << QByteArray("mygpt") << QtDebugMsg
                                           << QByteArray("DEBUG - disk almost full") << false;
    QTest::newRow("info below warning")
        << u"warning"_s << QByteArray("default") << QtInfoMsg << QByteArray() << false;
    QTest::newRow("warning below error")
        << u"error"_s << QByteArray("other") << QtWarningMsg << QByteArray() << false;
}

void TestTextLogHandler::routesMessages()
{
    QFETCH(QString, level);
    QFETCH(QByteArray, category);
    QFETCH(QtMsgType, type);
    QFETCH(QByteArray, expected);
    QFETCH(bool, inErrorFile);
    LogHarness h;
    {
        TextLog log(h.options(*parseLogLevel(level)));
        log.installMessageHandler();
        const QLoggingCategory &c = category == "other" ? lcOther()
            : category == "mygpt"                       ? lcMygpt()
                                                        : *QLoggingCategory::defaultCategory();
        emitMessage(c, type, u"disk almost full"_s);
    }
    const QByteArrayList want
        = expected.isEmpty() ? QByteArrayList {} : QByteArrayList { expected };
    QCOMPARE(LogHarness::withoutTime(h.mainLines()), want);
    QCOMPARE(LogHarness::withoutTime(h.consoleLines()), want);
    QCOMPARE(LogHarness::withoutTime(h.errorLines()), inErrorFile ? want : QByteArrayList {});
}

void TestTextLogHandler::levelSetsLoggingRules()
{
    LogHarness h;
    QVERIFY(lcOther().isInfoEnabled());
    QVERIFY(!lcMygpt().isDebugEnabled());
    {
        TextLog log(h.options(LogLevel::Warning));
        log.installMessageHandler();
        // Disabled categories: callers that check isInfoEnabled() format nothing.
        QVERIFY(!lcOther().isInfoEnabled());
        QVERIFY(lcOther().isWarningEnabled());
    }
    {
        TextLog log(h.options(LogLevel::Debug));
        log.installMessageHandler();
        QVERIFY(lcMygpt().isDebugEnabled());
    }
    QVERIFY(lcOther().isInfoEnabled());
    QVERIFY(!lcMygpt().isDebugEnabled());
}

void TestTextLogHandler::restoresPreviousHandler()
{
    LogHarness h;
    TextLog log(h.options());
    log.installMessageHandler();
    qWarning("routed");
    log.shutdown();
    // QTest's own handler is back: it sees the message, the log does not.
    QTest::ignoreMessage(QtWarningMsg, "not routed");
    qWarning("not routed");
    QCOMPARE(LogHarness::withoutTime(h.mainLines()), QByteArrayList { "WARNING - routed" });
}

QTEST_GUILESS_MAIN(TestTextLogHandler)
#include "tst_textlog_handler.moc"
