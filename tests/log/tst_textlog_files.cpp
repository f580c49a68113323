// TextLog's files: line shape, size rotation, the daily switch, the error file, levels,
// permissions, and no secret ever written.
#include "LogTestSupport.h"

#include <QTest>

using namespace mygpt;
using namespace mygpt::test;
using namespace Qt::StringLiterals;

class TestTextLogFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineShape();
    void rotatesBySize_data();
    void rotatesBySize();
    void switchesFilesAtMidnight();
    void removesFilesPastRetention();
    void errorFileGetsWarningsAndErrors();
    void levelFilters_data();
    void levelFilters();
    void filesAreOwnerOnly();
    void secretsNeverWritten();
    void unusableFolderKeepsTheConsole();
};

void TestTextLogFiles::lineShape()
{
    LogHarness h;
    TextLog log(h.options());
    log.write(LogLevel::Info, u"[a1b2c3d4] 📥 收到聊天补全请求"_s);
    log.flush();
    const QByteArray expected = "2026-11-27 17:00:00.123 INFO - [a1b2c3d4] 📥 收到聊天补全请求";
    QCOMPARE(h.mainLines(), QByteArrayList { expected });
    QCOMPARE(h.consoleLines(), QByteArrayList { expected });
    QCOMPARE(log.directory(), h.dir.path());
}

void TestTextLogFiles::rotatesBySize_data()
{
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<int>("backups");
    QTest::addColumn<int>("lines");
    QTest::newRow("2 KB, 3 backups") << 2048 << 3 << 400;
    QTest::newRow("1 KB, 1 backup") << 1024 << 1 << 100;
    QTest::newRow("5 KB, 5 backups, few lines") << 5120 << 5 << 150;
}

void TestTextLogFiles::rotatesBySize()
{
    QFETCH(int, maxBytes);
    QFETCH(int, backups);
    QFETCH(int, lines);
    LogHarness h;
    TextLogOptions options = h.options();
    options.rotation = { maxBytes, backups };
    {
        TextLog log(options);
        for (int i = 0; i < lines; ++i)
            log.write(
                LogLevel::Info, u"line %1 of the rotation test."_s.arg(i, 5, 10, QLatin1Char('0')));
    }
    // Lines of 64 bytes: whole lines per file, at most 1 + backups files.
    QCOMPARE(int(h.mainLines().constFirst().size()) + 1, 64);
    const int perFile = maxBytes / 64;
    const int expectedFiles = qMin(1 + backups, (lines + perFile - 1) / perFile);
    QStringList expected { u"mygpt_2026-11-27.log"_s };
    for (int n = 1; n < expectedFiles; ++n)
        expected.append(u"mygpt_2026-11-27.log.%1"_s.arg(n));
    QCOMPARE(h.files(), expected);

    // Oldest backup first, the current file last: consecutive numbers up to the last line.
    QByteArrayList all;
    for (int n = expectedFiles - 1; n >= 0; --n) {
        const QString name
            = n == 0 ? u"mygpt_2026-11-27.log"_s : u"mygpt_2026-11-27.log.%1"_s.arg(n);
        QVERIFY(QFileInfo(h.path(name)).size() <= maxBytes);
        all += h.lines(name);
    }
    const int used = (lines + perFile - 1) / perFile; // files written, before deletions
    const int kept = lines - (used - 1) * perFile + (expectedFiles - 1) * perFile;
    QCOMPARE(all.size(), kept);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const int number = lines - int(all.size()) + int(i);
        QVERIFY2(all.at(i).contains(u"line %1 "_s.arg(number, 5, 10, QLatin1Char('0')).toUtf8()),
            all.at(i).constData());
    }
}

void TestTextLogFiles::switchesFilesAtMidnight()
{
    LogHarness h;
    TextLog log(h.options());
    h.setNow(QDateTime(QDate(2026, 11, 27), QTime(23, 59, 59, 998)));
    log.write(LogLevel::Info, u"before midnight"_s);
    log.write(LogLevel::Warning, u"warning before midnight"_s);
    h.setNow(QDateTime(QDate(2026, 11, 28), QTime(0, 0, 0, 1)));
    log.write(LogLevel::Info, u"after midnight"_s);
    log.write(LogLevel::Error, u"error after midnight"_s);
    log.flush();
    QCOMPARE(LogHarness::withoutTime(h.lines(u"mygpt_2026-11-27.log"_s)),
        QByteArrayList({ "INFO - before midnight", "WARNING - warning before midnight" }));
    QCOMPARE(LogHarness::withoutTime(h.lines(u"mygpt_error_2026-11-27.log"_s)),
        QByteArrayList({ "WARNING - warning before midnight" }));
    QCOMPARE(h.lines(u"mygpt_2026-11-28.log"_s),
        QByteArrayList({ "2026-11-28 00:00:00.001 INFO - after midnight",
            "2026-11-28 00:00:00.001 ERROR - error after midnight" }));
    QCOMPARE(LogHarness::withoutTime(h.lines(u"mygpt_error_2026-11-28.log"_s)),
        QByteArrayList({ "ERROR - error after midnight" }));
}

void TestTextLogFiles::removesFilesPastRetention()
{
    LogHarness h;
    const QStringList old { u"mygpt_2026-10-27.log"_s, u"mygpt_2026-10-27.log.3"_s,
        u"mygpt_error_2026-10-20.log"_s };
    const QStringList kept { u"mygpt_2026-10-28.log"_s, u"mygpt_error_2026-10-28.log.1"_s,
        u"mygpt_notes.log"_s, u"other_2020-01-01.log"_s, u"mygpt_2026-10-01.txt"_s };
    for (const QString &name : old + kept) {
        QFile file(h.path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x\n");
    }
    TextLogOptions options = h.options();
    options.rotation.keepDays = 30;
    TextLog log(options);
    h.setNow(QDateTime(QDate(2026, 11, 27), QTime(12, 0)));
    log.write(LogLevel::Info, u"today"_s);
    log.flush();
    const QStringList files = h.files();
    for (const QString &name : old)
        QVERIFY2(!files.contains(name), qPrintable(name));
    for (const QString &name : kept)
        QVERIFY2(files.contains(name), qPrintable(name));
    QVERIFY(files.contains(u"mygpt_2026-11-27.log"_s));

    // The next day's switch prunes again: 10-28 is now past the 30 days.
    h.setNow(QDateTime(QDate(2026, 11, 28), QTime(0, 0, 1)));
    log.write(LogLevel::Info, u"tomorrow"_s);
    log.flush();
    QVERIFY(!h.files().contains(u"mygpt_2026-10-28.log"_s));
    QVERIFY(!h.files().contains(u"mygpt_error_2026-10-28.log.1"_s));
    QVERIFY(h.files().contains(u"mygpt_2026-11-27.log"_s));
}

void TestTextLogFiles::errorFileGetsWarningsAndErrors()
{
    LogHarness h;
    {
        TextLog log(h.options(LogLevel::Debug));
        log.write(LogLevel::Debug, u"d"_s);
        log.write(LogLevel::Info, u"i"_s);
        log.write(LogLevel::Warning, u"w"_s);
        log.write(LogLevel::Error, u"e"_s);
    }
    QCOMPARE(LogHarness::withoutTime(h.mainLines()),
        QByteArrayList({ "DEBUG - d", "INFO - i", "WARNING - w", "ERROR - e" }));
    QCOMPARE(
        LogHarness::withoutTime(h.errorLines()), QByteArrayList({ "WARNING - w", "ERROR - e" }));
}

void TestTextLogFiles::levelFilters_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<QByteArrayList>("expected");
    QTest::newRow("debug") << u"debug"_s
                           << QByteArrayList { "DEBUG - d", "INFO - i", "WARNING - w",
                                  "ERROR - e" };
    QTest::newRow("info") << u"info"_s << QByteArrayList { "INFO - i", "WARNING - w", "ERROR - e" };
    QTest::newRow("warning") << u"warning"_s << QByteArrayList { "WARNING - w", "ERROR - e" };
    QTest::newRow("error") << u" ERROR "_s << QByteArrayList { "ERROR - e" };
}

void TestTextLogFiles::levelFilters()
{
    QFETCH(QString, level);
    QFETCH(QByteArrayList, expected);
    const std::optional<LogLevel> parsed = parseLogLevel(level);
    QVERIFY(parsed);
    LogHarness h;
    {
        TextLog log(h.options(*parsed));
        log.write(LogLevel::Debug, u"d"_s);
        log.write(LogLevel::Info, u"i"_s);
        log.write(LogLevel::Warning, u"w"_s);
        log.write(LogLevel::Error, u"e"_s);
    }
    QCOMPARE(LogHarness::withoutTime(h.mainLines()), expected);
    QCOMPARE(LogHarness::withoutTime(h.consoleLines()), expected);
    QVERIFY(!parseLogLevel(u"verbose"));
}

void TestTextLogFiles::filesAreOwnerOnly()
{
#ifdef Q_OS_WIN
    QSKIP("POSIX permissions");
#endif
    LogHarness h;
    TextLogOptions options = h.options();
    options.directory = h.path(u"new/logs"_s);
    {
        TextLog log(options);
        log.write(LogLevel::Error, u"private"_s);
    }
    constexpr QFileDevice::Permissions all = QFileDevice::ReadOwner | QFileDevice::WriteOwner
        | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    QCOMPARE(QFileInfo(options.directory).permissions() & all,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    for (const char *name : { "mygpt_2026-11-27.log", "mygpt_error_2026-11-27.log" }) {
        const QFileInfo file(QDir(options.directory).filePath(QString::fromLatin1(name)));
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & all, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

void TestTextLogFiles::secretsNeverWritten()
{
    const QByteArray key = "sk-proj-FAKEKEY0123456789abcdef";
    LogHarness h;
    {
        TextLog log(h.options(LogLevel::Debug));
        for (const char *path :
            { "/v1/chat/completions", "/v1/models?key=sk-proj-FAKEKEY0123456789abcdef" }) {
            ExchangeRecord r;
            r.id = "0badf00d";
            r.method = "POST";
            r.path = path;
            r.requestHeaders = { { "Authorization", "Bearer " + key }, { "x-api-key", key },
                { "Content-Type", "application/json" } };
            r.responseHeaders = { { "Set-Cookie", "session=" + key } };
            r.requestBody = R"({"model":"m","messages":[{"role":"user","content":"hi"}]})";
            r.status = 401;
            r.error = u"Incorrect API key provided"_s;
            if (r.endpoint() == "/v1/chat/completions")
                log.requestReceived(r);
            log.exchangeFinished(r);
        }
    }
    QVERIFY(h.files().size() >= 2);
    for (const QString &name : h.files()) {
        QFile file(h.path(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("0badf00d"));
        QVERIFY2(!text.contains("FAKEKEY"), qPrintable(name));
    }
    QVERIFY(!h.consoleLines().join().contains("FAKEKEY"));
}

void TestTextLogFiles::unusableFolderKeepsTheConsole()
{
    LogHarness h;
    QFile blocker(h.path(u"not-a-folder"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    TextLogOptions options = h.options();
    options.directory = blocker.fileName();
    TextLog log(options);
    QVERIFY(log.directory().isEmpty());
    QVERIFY(!log.errorString().isEmpty());
    log.write(LogLevel::Info, u"still shown"_s);
    log.flush();
    const QByteArrayList console = LogHarness::withoutTime(h.consoleLines());
    QCOMPARE(console.size(), 2);
    QVERIFY(console.at(0).startsWith("ERROR - ❌ Cannot write log files: "));
    QCOMPARE(console.at(1), "INFO - still shown");
}

QTEST_GUILESS_MAIN(TestTextLogFiles)
#include "tst_textlog_files.moc"
