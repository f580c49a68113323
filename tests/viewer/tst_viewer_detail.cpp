// The detail pages as the viewer renders them: a chat with every kind of message, an answer
// with reasoning and tool calls, errors, raw JSON and SSE, masked headers, timings; and the
// curl command's shape.
#include "ViewerTestData.h"
#include "viewer/CurlCommand.h"
#include "viewer/DetailHtml.h"
#include "viewer/RawText.h"

#include <QTest>
#include <QTextDocument>

using namespace mygpt;
using namespace mygpt::viewer;
using namespace mygpt::viewertest;
using namespace Qt::StringLiterals;

class TestViewerDetail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conversationShowsEveryRole();
    void conversationOfOtherEndpoints();
    void conversationOfCutBody();
    void answerWithReasoningAndTools();
    void answerOfError();
    void answerInFlightAndCancelled();
    void rawPrettyJsonAndEvents();
    void headersMasked();
    void timing();
    void curlShape();
};

namespace {

// What a reader sees: the HTML as plain text.
QString plain(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

} // namespace

void TestViewerDetail::conversationShowsEveryRole()
{
    const QString html = detailhtml::conversation(toolChat());
    const QString text = plain(html);
    QVERIFY(text.contains(u"System"_s));
    QVERIFY(text.contains(u"You are a weather bot."_s));
    QVERIFY(text.contains(u"User"_s));
    QVERIFY(text.contains(u"Weather in Paris? See photo."_s));
    QVERIFY2(text.contains(u"[image: image/png"_s), qPrintable(text)); // a placeholder, not bytes
    QVERIFY(!text.contains(u"iVBORw0KGgo"_s));
    QVERIFY(text.contains(u"🔧 get_weather"_s));
    QVERIFY(text.contains(u"\"city\": \"Paris\""_s)); // arguments pretty-printed
    QVERIFY(text.contains(u"Tool result · call_1"_s));
    QVERIFY(text.contains(u"18°C, cloudy"_s));
    QVERIFY(text.contains(u"temperature 0.2"_s));
    QVERIFY(text.contains(u"tools: get_weather"_s));
    // Roles carry their class, so the style sheet colours them.
    for (const QString &cls : { u"msg system"_s, u"msg user"_s, u"msg assistant"_s, u"msg tool"_s })
        QVERIFY2(html.contains(cls), qPrintable(cls));
    // Text is escaped.
    ExchangeRecord r = chat("1", QDateTime::currentDateTimeUtc(), u"m"_s, u"<b>not bold</b>"_s, {});
    QVERIFY(detailhtml::conversation(r).contains(u"&lt;b&gt;not bold"_s));
}

void TestViewerDetail::conversationOfOtherEndpoints()
{
    ExchangeRecord r
        = chat("2", QDateTime::currentDateTimeUtc(), u"text-embedding-3-small"_s, {}, {});
    r.path = "/v1/embeddings";
    r.requestBody = R"({"model":"text-embedding-3-small","input":["first text","second text"]})";
    QString text = plain(detailhtml::conversation(r));
    QVERIFY(text.contains(u"first text"_s));
    QVERIFY(text.contains(u"second text"_s));
    r.method = "GET";
    r.path = "/v1/models";
    r.requestBody = {};
    QVERIFY(plain(detailhtml::conversation(r)).contains(u"no body"_s));
}

void TestViewerDetail::conversationOfCutBody()
{
    ExchangeRecord r = chat("3", QDateTime::currentDateTimeUtc(), u"m"_s, {}, {});
    r.requestBody = R"({"model":"m","messages":[{"role":"user","content":"Hel)";
    const QString text = plain(detailhtml::conversation(r));
    QVERIFY(text.contains(u"not JSON"_s));
    QVERIFY(text.contains(u"Hel"_s));
}

void TestViewerDetail::answerWithReasoningAndTools()
{
    const QString text = plain(detailhtml::answer(toolChat()));
    QVERIFY(text.contains(u"Reasoning"_s));
    QVERIFY(text.contains(u"call the tool again for tomorrow"_s));
    QVERIFY(text.contains(u"🔧 get_forecast"_s));
    QVERIFY(text.contains(u"call_2"_s));
    QVERIFY(text.contains(u"\"days\": 1"_s));
    QVERIFY(text.contains(u"Finish reason: tool_calls"_s));
    QVERIFY(text.contains(u"12 reasoning"_s));
    QVERIFY(text.contains(u"64 cached"_s));

    // A non-streaming answer the record did not assemble comes from the body.
    ExchangeRecord r
        = chat("4", QDateTime::currentDateTimeUtc(), u"m"_s, u"q"_s, u"From the body"_s);
    r.answer = {};
    QVERIFY(plain(detailhtml::answer(r)).contains(u"From the body"_s));
}

void TestViewerDetail::answerOfError()
{
    const ExchangeRecord r
        = chat("5", QDateTime::currentDateTimeUtc(), u"m"_s, u"q"_s, {}, false, 503);
    const QString html = detailhtml::answer(r);
    const QString text = plain(html);
    QVERIFY(html.contains(u"msg error"_s));
    QVERIFY(text.contains(u"HTTP 503"_s));
    QVERIFY(text.contains(u"upstream answered 503"_s));
    QVERIFY(text.contains(u"Upstream: The model is overloaded"_s));
}

void TestViewerDetail::answerInFlightAndCancelled()
{
    ExchangeRecord r
        = chat("6", QDateTime::currentDateTimeUtc(), u"m"_s, u"q"_s, u"partial ans"_s, true);
    r.inFlight = true;
    QVERIFY(plain(detailhtml::answer(r)).contains(u"Still streaming"_s));
    r.inFlight = false;
    r.cancelled = true;
    const QString text = plain(detailhtml::answer(r));
    QVERIFY(text.contains(u"partial"_s));
    QVERIFY(text.contains(u"partial ans"_s));
}

void TestViewerDetail::rawPrettyJsonAndEvents()
{
    ExchangeRecord r = chat("7", QDateTime::currentDateTimeUtc(), u"m"_s, u"q"_s, u"a"_s);
    QString raw = rawText(r);
    QVERIFY(raw.contains(u"Request: POST /v1/chat/completions"_s));
    QVERIFY(raw.contains(u"\n    \"messages\": ["_s)); // indented
    QVERIFY(raw.contains(u"\"chat.completion\""_s));
    r = chat("8", QDateTime::currentDateTimeUtc(), u"m"_s, u"q"_s, u"streamed words"_s, true);
    raw = rawText(r);
    QVERIFY(raw.contains(u"server-sent events"_s));
    QVERIFY(raw.contains(u"data: [DONE]"_s));
    QVERIFY(raw.contains(u"streamed words"_s));
}

void TestViewerDetail::headersMasked()
{
    ExchangeRecord r = chat("9", QDateTime::currentDateTimeUtc(), u"m"_s, u"q"_s, u"a"_s);
    // Even a record that somehow holds a secret never shows it.
    r.requestHeaders.append(qMakePair(QByteArray("x-api-key"), QByteArray("sk-live-SECRET")));
    r.responseHeaders.append(qMakePair(QByteArray("Set-Cookie"), QByteArray("session=SECRET")));
    const QString text = plain(detailhtml::headers(r));
    QVERIFY(text.contains(u"Content-Type"_s));
    QVERIFY(text.contains(u"Bearer ***"_s));
    QVERIFY(!text.contains(u"SECRET"_s));
}

void TestViewerDetail::timing()
{
    const ExchangeRecord r = toolChat();
    const QString text = plain(detailhtml::timing(r));
    QVERIFY(text.contains(u"First token"_s));
    QVERIFY(text.contains(u"180 ms"_s));
    QVERIFY(text.contains(u"Tokens per second"_s));
    const QList<Milestone> m = milestonesOf(r);
    QCOMPARE(m.size(), 4);
    QCOMPARE(m.at(1).ms, 120);
    QCOMPARE(m.at(2).ms, 180);
    QCOMPARE(m.at(3).ms, 900);
}

void TestViewerDetail::curlShape()
{
    ExchangeRecord r
        = chat("a", QDateTime::currentDateTimeUtc(), u"m"_s, u"it's \"quoted\""_s, u"a"_s, true);
    r.requestHeaders.append(
        qMakePair(QByteArray("Authorization"), QByteArray("Bearer sk-should-never-appear")));
    const QString curl = curlCommand(r, QUrl(u"http://127.0.0.1:8000/v1"_s));
    QVERIFY(curl.startsWith(u"curl -sS -N 'http://127.0.0.1:8000/v1/chat/completions'"_s));
    QVERIFY(curl.contains(u"-H \"Authorization: Bearer $MYGPT_KEY\""_s));
    QVERIFY(curl.contains(u"it'\\''s"_s)); // single quote closed, escaped, reopened
    QVERIFY(!curl.contains(u"sk-should-never-appear"_s));
    QVERIFY(!curl.contains(u"User-Agent"_s));
    r.method = "GET";
    r.path = "/v1/models";
    r.requestBody = {};
    r.stream = false;
    const QString get = curlCommand(r, QUrl(u"http://[::1]:9000/v1"_s));
    QVERIFY2(get.startsWith(u"curl -sS 'http://[::1]:9000/v1/models'"_s), qPrintable(get));
    QVERIFY(!get.contains(u"--data-raw"_s));
}

QTEST_MAIN(TestViewerDetail)
#include "tst_viewer_detail.moc"
