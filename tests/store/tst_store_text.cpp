// What the full-text index holds for a record, and the JSON codecs of headers and tool calls.
#include "store/FilterSql.h"
#include "store/RecordCodec.h"
#include "store/SearchText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mygpt;
using namespace Qt::StringLiterals;

class TestStoreText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void promptText_data();
    void promptText();
    void answerText_data();
    void answerText();
    void capped();
    void fullTextOrLike_data();
    void fullTextOrLike();
    void headersRoundTrip_data();
    void headersRoundTrip();
};

void TestStoreText::promptText_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("chat") << QByteArray(
        R"({"messages":[{"role":"system","content":"Be brief"},{"role":"user","content":"周树人和鲁迅是兄弟吗？"}]})")
                          << u"Be brief\n周树人和鲁迅是兄弟吗？"_s;
    QTest::newRow("content parts, image skipped") << QByteArray(
        R"({"messages":[{"role":"user","content":[{"type":"text","text":"What is this?"},{"type":"image_url","image_url":{"url":"data:image/png;base64,AAAA"}}]}]})")
                                                  << u"What is this?"_s;
    QTest::newRow("responses input items") << QByteArray(
        R"({"instructions":"Answer in French","input":[{"role":"user","content":[{"type":"input_text","text":"Hello"}]}]})")
                                           << u"Answer in French\nHello"_s;
    QTest::newRow("responses input string")
        << QByteArray(R"({"input":"Hi there"})") << u"Hi there"_s;
    QTest::newRow("completions prompt list")
        << QByteArray(R"({"prompt":["a b c","d e f"]})") << u"a b c\nd e f"_s;
    QTest::newRow("embeddings") << QByteArray(R"({"input":["one","two"],"model":"e"})")
                                << u"one\ntwo"_s;
    QTest::newRow("cut short: the text itself")
        << QByteArray(R"({"messages":[{"content":"Hel)") << uR"({"messages":[{"content":"Hel)"_s;
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestStoreText::promptText()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(searchtext::promptText(body), expected);
}

void TestStoreText::answerText_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QByteArray>("responseBody");
    QTest::addColumn<QString>("expected");
    QTest::newRow("assembled") << u"Hello"_s << QByteArray("ignored")
                               << u"Hello\nthinking\nlookup\n{\"q\":1}"_s;
    QTest::newRow("non-streaming body")
        << QString()
        << QByteArray(
               R"({"choices":[{"message":{"content":"Bonjour","reasoning_content":"French"}}]})")
        << u"Bonjour\nFrench"_s;
    QTest::newRow("completions body")
        << QString() << QByteArray(R"({"choices":[{"text":"lorem"}]})") << u"lorem"_s;
    QTest::newRow("responses body")
        << QString()
        << QByteArray(
               R"({"output":[{"type":"message","content":[{"type":"output_text","text":"Hi"}]}]})")
        << u"Hi"_s;
    QTest::newRow("error body") << QString() << QByteArray(R"({"error":{"message":"Rate limit"}})")
                                << u"Rate limit"_s;
    QTest::newRow("plain body") << QString() << QByteArray("Bad Gateway") << u"Bad Gateway"_s;
}

void TestStoreText::answerText()
{
    QFETCH(QString, content);
    QFETCH(QByteArray, responseBody);
    QFETCH(QString, expected);
    ExchangeRecord r;
    r.responseBody = responseBody;
    if (!content.isEmpty()) {
        r.answer.content = content;
        r.answer.reasoning = u"thinking"_s;
        r.answer.toolCalls = { { 0, u"c1"_s, u"function"_s, u"lookup"_s, u"{\"q\":1}"_s } };
    }
    QCOMPARE(searchtext::answerText(r), expected);
}

void TestStoreText::capped()
{
    QString text = u"START"_s;
    while (text.size() < 200'000)
        text += u"中间"_s;
    text += u"END😀"_s;
    const QString c = searchtext::capped(text);
    QVERIFY(c.size() <= searchtext::maxIndexedChars);
    QVERIFY(c.startsWith(u"START"_s));
    QVERIFY(c.endsWith(u"END😀"_s));
    QCOMPARE(searchtext::capped(u"short"_s), u"short"_s);
}

void TestStoreText::fullTextOrLike_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("fullText");
    QTest::newRow("3 ASCII") << u"abc"_s << true;
    QTest::newRow("2 ASCII") << u"ab"_s << false;
    QTest::newRow("2 CJK") << u"鲁迅"_s << false;
    QTest::newRow("3 CJK") << u"鲁迅是"_s << true;
    QTest::newRow("2 emoji (4 UTF-16 units)") << u"😀😀"_s << false;
    QTest::newRow("3 emoji") << u"😀😀😀"_s << true;
}

void TestStoreText::fullTextOrLike()
{
    QFETCH(QString, text);
    QFETCH(bool, fullText);
    QCOMPARE(filtersql::usesFullText(text), fullText);
}

void TestStoreText::headersRoundTrip_data()
{
    QTest::addColumn<HeaderPairs>("headers");
    QTest::newRow("none") << HeaderPairs {};
    QTest::newRow("plain") << HeaderPairs { { "Content-Type", "application/json" }, { "A", "" } };
    QTest::newRow("UTF-8") << HeaderPairs { { "X-Title", "鲁迅" } };
    QTest::newRow("bytes") << HeaderPairs { { "X-Bin", QByteArray("\x80\xff\x00z", 4) } };
    QTest::newRow("repeated names")
        << HeaderPairs { { "Set-Cookie", "***" }, { "Set-Cookie", "***" } };
    // The JSON is written by hand: everything JSON must escape, and what it need not.
    QTest::newRow("JSON specials") << HeaderPairs {
        { "X-Quote", R"(say "hi" \ back\slash /)" },
        { "X-Controls", QByteArray("tab\tnl\ncr\rnul\0unit\x1f del\x7f", 24) },
        { "X-Separators", "\xe2\x80\xa8 \xe2\x80\xa9" },
        { "\"odd name\"", "{}[],:" },
    };
}

void TestStoreText::headersRoundTrip()
{
    QFETCH(HeaderPairs, headers);
    const QString json = recordcodec::headersToJson(headers);
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(json));
    QCOMPARE(parsed.array().size(), headers.size());
    QCOMPARE(recordcodec::headersFromJson(json), headers);
}

QTEST_GUILESS_MAIN(TestStoreText)
#include "tst_store_text.moc"
