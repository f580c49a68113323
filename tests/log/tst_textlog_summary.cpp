// One-line summaries of non-chat exchanges, line sanitising, and the conversation parser.
#include "LogTestSupport.h"
#include "log/ChatTranscript.h"
#include "log/ExchangeLines.h"

#include <QTest>
#include <random>

using namespace mygpt;
using namespace mygpt::test;
using namespace Qt::StringLiterals;

class TestTextLogSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaries_data();
    void summaries();
    void sanitisesLines_data();
    void sanitisesLines();
    void linesMatchAPlainReference();
    void transcript_data();
    void transcript();
};

using Transcript = QList<TranscriptMessage>;

void TestTextLogSummary::summaries_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<QString>("error");
    QTest::addColumn<qint64>("durationMs");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("models") << QByteArray("GET") << QByteArray("/v1/models") << QString() << false
                            << 200 << false << QString() << qint64(3)
                            << QByteArray("INFO - [a1b2c3d4] GET /v1/models -> 200 in 3 ms");
    QTest::newRow("embeddings") << QByteArray("POST") << QByteArray("/v1/embeddings/")
                                << u"text-embedding-3-small"_s << false << 200 << false << QString()
                                << qint64(1234)
                                << QByteArray("INFO - [a1b2c3d4] POST /v1/embeddings "
                                              "model=text-embedding-3-small -> 200 in 1.23 s");
    QTest::newRow("rejected chat")
        << QByteArray("POST") << QByteArray("/v1/chat/completions") << QString() << false << 401
        << false << u"Missing access key"_s << qint64(0)
        << QByteArray(
               "WARNING - [a1b2c3d4] POST /v1/chat/completions -> 401 in 0 ms: Missing access key");
    QTest::newRow("query hidden")
        << QByteArray("GET") << QByteArray("/v1/models?key=secret") << QString() << false << 502
        << false << u"Bad gateway"_s << qint64(40)
        << QByteArray("ERROR - [a1b2c3d4] GET /v1/models -> 502 in 40 ms: Bad gateway");
    QTest::newRow("cancelled") << QByteArray("POST") << QByteArray("/v1/responses") << u"o3"_s
                               << true << 200 << true << QString() << qint64(1500)
                               << QByteArray("WARNING - [a1b2c3d4] POST /v1/responses model=o3 "
                                             "stream -> cancelled by client in 1.50 s");
}

void TestTextLogSummary::summaries()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QString, model);
    QFETCH(bool, stream);
    QFETCH(int, status);
    QFETCH(bool, cancelled);
    QFETCH(QString, error);
    QFETCH(qint64, durationMs);
    QFETCH(QByteArray, expected);
    ExchangeRecord r;
    r.id = "a1b2c3d4";
    r.method = method;
    r.path = path;
    r.model = model;
    r.stream = stream;
    r.status = status;
    r.cancelled = cancelled;
    r.error = error;
    r.durationMs = durationMs;
    LogHarness h;
    {
        TextLog log(h.options());
        // Only chat completions are announced; a rejected one never started upstream.
        if (r.endpoint() != "/v1/chat/completions")
            log.requestReceived(r);
        log.exchangeFinished(r);
    }
    QCOMPARE(LogHarness::withoutTime(h.mainLines()), QByteArrayList { expected });
    const bool warning = !expected.startsWith("INFO");
    QCOMPARE(LogHarness::withoutTime(h.errorLines()),
        warning ? QByteArrayList { expected } : QByteArrayList {});
}

void TestTextLogSummary::sanitisesLines_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray head = "2026-11-27 17:00:00.123 INFO - ";
    QTest::newRow("plain") << u"héllo 🌍"_s << head + "héllo 🌍\n";
    QTest::newRow("multi-line, indented")
        << u"first\nsecond\r\nthird"_s << head + "first\n    second\n    third\n";
    QTest::newRow("forged entry") << u"ok\n2026-11-27 17:00:00.124 ERROR - fake"_s
                                  << head + "ok\n    2026-11-27 17:00:00.124 ERROR - fake\n";
    QTest::newRow("terminal escapes")
        << u"red\x1b[31m bell\a"_s << head + "red\xef\xbf\xbd[31m bell\xef\xbf\xbd\n";
    QTest::newRow("bidi override") << u"abc\u202Eevil"_s
                                   << head
            + "abc\xef\xbf\xbd"
              "evil\n";
    QTest::newRow("tab kept") << u"a\tb"_s << head + "a\tb\n";
    QTest::newRow("empty") << QString() << head + "\n";
    QTest::newRow("only breaks") << u"\n\r\r\n\n"_s
                                 << head + "\n    \n    \n    \n    \n";
    QTest::newRow("a thousand breaks") << QString(1000, u'\n')
                                       << head + QByteArray(1000, ' ').replace(" ", "\n    ") + '\n';
    QTest::newRow("lone CR") << u"a\rb"_s << head + "a\n    b\n";
    QTest::newRow("DEL and C1") << u"a\x7f\u0085b"_s
                                << head + "a\xef\xbf\xbd\xef\xbf\xbd" "b\n";
    QTest::newRow("two and three bytes") << u"\u00e9\u4e2d\u6587"_s
                                         << head + "\xc3\xa9\xe4\xb8\xad\xe6\x96\x87\n";
    QTest::newRow("surrogate pair") << u"\U0001F600"_s << head + "\xf0\x9f\x98\x80\n";
    QTest::newRow("lone surrogates") << QString(QChar(0xd800)) + u'a' + QChar(0xdc00)
                                     << head + "\xef\xbf\xbd" "a\xef\xbf\xbd\n";
}

void TestTextLogSummary::sanitisesLines()
{
    QFETCH(QString, message);
    QFETCH(QByteArray, expected);
    const QDateTime time(QDate(2026, 11, 27), QTime(17, 0, 0, 123));
    QCOMPARE(formatLogLine(time, LogLevel::Info, message), expected);
}

// What a line must be, written the slow and obvious way; random messages from an alphabet of
// the awkward cases must come out of the hand-written encoder byte for byte the same.
void TestTextLogSummary::linesMatchAPlainReference()
{
    const auto unsafe = [](char16_t c) {
        return (c < 0x20 && c != u'\t') || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
            || (c >= 0x2066 && c <= 0x2069);
    };
    const QList<char16_t> alphabet { u'a', u'Z', u' ', u'\t', u'\n', u'\r', 0x1b, 0x7f, 0x85,
        0xe9, 0x4e2d, 0x202e, 0x2067, 0xfffd, 0xd83d, 0xde00, 0xdbff, 0xdfff };
    const QDateTime time(QDate(2026, 1, 2), QTime(3, 4, 5, 6));
    const QByteArray head = "2026-01-02 03:04:05.006 WARNING - ";
    std::mt19937 random(20261128);
    for (int round = 0; round < 3000; ++round) {
        QString message;
        const int length = int(random() % 12);
        for (int i = 0; i < length; ++i)
            message += QChar(alphabet.at(qsizetype(random() % alphabet.size())));
        QString text;
        for (qsizetype i = 0; i < message.size(); ++i) {
            const QChar c = message.at(i);
            const QChar next = i + 1 < message.size() ? message.at(i + 1) : QChar();
            if (c == u'\r' && next == u'\n')
                continue;
            if (c == u'\n' || c == u'\r') {
                text += u"\n    "_s;
            } else if (c.isHighSurrogate() && next.isLowSurrogate()) {
                text += c;
                text += next;
                ++i;
            } else if (c.isSurrogate() || unsafe(c.unicode())) {
                text += QChar(QChar::ReplacementCharacter);
            } else {
                text += c;
            }
        }
        const QByteArray line = formatLogLine(time, LogLevel::Warning, message);
        QCOMPARE(line, head + text.toUtf8() + '\n');
        // Appending to a buffer that already holds lines leaves them alone.
        QByteArray buffer = "earlier line\n";
        appendLogLine(buffer, logStamp(time), LogLevel::Warning, message);
        QCOMPARE(buffer, "earlier line\n" + line);
    }
}

void TestTextLogSummary::transcript_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<std::optional<Transcript>>("expected");
    QTest::newRow("strings") << QByteArray(
        R"({"messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Hi"}]})")
                             << std::optional(Transcript {
                                    { u"system"_s, u"Be brief."_s }, { u"user"_s, u"Hi"_s } });
    QTest::newRow("parts") << QByteArray(
        R"({"messages":[{"role":"user","content":[{"type":"text","text":"What is"},{"type":"image_url","image_url":{"url":"x"}},{"type":"input_audio"},{"type":"text","text":"this?"}]}]})")
                           << std::optional(
                                  Transcript { { u"user"_s, u"What is [image] [audio] this?"_s } });
    QTest::newRow("tool calls") << QByteArray(
        R"({"messages":[{"role":"assistant","content":"Let me look.","tool_calls":[{"function":{"name":"f","arguments":"{}"}}]}]})")
                                << std::optional(Transcript {
                                       { u"assistant"_s, u"Let me look. 🔧 f({})"_s } });
    QTest::newRow("cut short") << QByteArray(R"({"messages":[{"role":"user","con)")
                               << std::optional<Transcript>();
    QTest::newRow("no messages") << QByteArray(R"({"input":"x"})") << std::optional<Transcript>();
    QTest::newRow("empty") << QByteArray() << std::optional<Transcript>();
}

void TestTextLogSummary::transcript()
{
    QFETCH(QByteArray, body);
    QFETCH(std::optional<Transcript>, expected);
    QCOMPARE(parseTranscript(body), expected);
}

QTEST_GUILESS_MAIN(TestTextLogSummary)
#include "tst_textlog_summary.moc"
