// The OpenAI script's error answers and its other endpoints.
#include "raw_http_client.h"
#include "tst_fakeupstream.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mygpt::test;

void TestFakeUpstream::errorStatuses_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type"); // empty: an HTML page
    QTest::addColumn<QString>("code"); // empty: null
    QTest::newRow("400") << "fake-error-400"_ba << false << 400 << u"invalid_request_error"_s
                         << QString();
    QTest::newRow("401") << "fake-error-401"_ba << false << 401 << u"invalid_request_error"_s
                         << u"invalid_api_key"_s;
    QTest::newRow("404") << "fake-error-404"_ba << false << 404 << u"invalid_request_error"_s
                         << u"model_not_found"_s;
    QTest::newRow("429") << "fake-error-429"_ba << false << 429 << u"requests"_s
                         << u"rate_limit_exceeded"_s;
    QTest::newRow("429 streaming")
        << "fake-error-429"_ba << true << 429 << u"requests"_s << u"rate_limit_exceeded"_s;
    QTest::newRow("500") << "fake-error-500"_ba << false << 500 << u"server_error"_s << QString();
    QTest::newRow("503 streaming")
        << "fake-error-503"_ba << true << 503 << u"server_error"_s << QString();
    QTest::newRow("html 502") << "fake-html-502"_ba << false << 502 << QString() << QString();
    QTest::newRow("html 503 streaming")
        << "fake-html-503"_ba << true << 503 << QString() << QString();
}

void TestFakeUpstream::errorStatuses()
{
    QFETCH(QByteArray, model);
    QFETCH(bool, stream);
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(QString, code);
    FakeUpstream fake;
    QVERIFY(fake.start());
    const auto r = tst::roundTrip(
        fake.port(), tst::postJson("/v1/chat/completions", tst::chatBody(model, stream)));
    QVERIFY(r.complete);
    QCOMPARE(r.status, status);
    QVERIFY(!r.chunked); // errors are never streamed
    QVERIFY(tst::hasCommonHeaders(r));
    if (type.isEmpty()) {
        QCOMPARE(r.header("content-type"), "text/html");
        QVERIFY(r.body.startsWith("<html>"));
        QVERIFY(r.body.contains(QByteArray::number(status)));
        return;
    }
    QCOMPARE(r.header("content-type"), "application/json");
    const QJsonObject error = tst::jsonObject(r.body).value("error"_L1).toObject();
    QVERIFY(!error.value("message"_L1).toString().isEmpty());
    QCOMPARE(error.value("type"_L1).toString(), type);
    QVERIFY(error.contains("param"_L1));
    if (code.isEmpty())
        QVERIFY(error.value("code"_L1).isNull());
    else
        QCOMPARE(error.value("code"_L1).toString(), code);
    QCOMPARE(r.header("retry-after"), status == 429 ? "1"_ba : QByteArray());
    QCOMPARE(r.header("x-ratelimit-remaining-requests"), status == 429 ? "0"_ba : QByteArray());
}

void TestFakeUpstream::rejectStreamOptions_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<int>("status");
    QTest::newRow("with stream_options")
        << QByteArray(R"("stream_options":{"include_usage":true})") << 400;
    QTest::newRow("without") << QByteArray() << 200;
}

void TestFakeUpstream::rejectStreamOptions()
{
    QFETCH(QByteArray, extra);
    QFETCH(int, status);
    FakeUpstream fake;
    QVERIFY(fake.start());
    const auto r = tst::roundTrip(fake.port(),
        tst::postJson(
            "/v1/chat/completions", tst::chatBody("fake-reject-stream-options", true, extra)));
    QCOMPARE(r.status, status);
    if (status == 400) {
        QCOMPARE(r.body,
            R"({"error":{"message":"Unrecognized request argument supplied: stream_options",)"
            R"("type":"invalid_request_error","param":"stream_options","code":null}})");
    } else {
        QCOMPARE(sseDataPayloads(r.body).last(), "[DONE]");
    }
}

void TestFakeUpstream::otherEndpoints_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("object"); // expected "object", or "echo"
    QTest::addColumn<int>("items");
    QTest::newRow("embeddings, one string")
        << tst::postJson("/v1/embeddings", R"({"model":"text-embedding-3-small","input":"hi"})")
        << "list"_ba << 1;
    QTest::newRow("embeddings, three strings") << tst::postJson("/v1/embeddings",
        R"({"model":"text-embedding-3-small","input":["a","b","c"],"dimensions":4})")
                                               << "list"_ba << 3;
    QTest::newRow("completions") << tst::postJson(
        "/v1/completions", R"({"model":"gpt-4o-mini","prompt":"Say hi"})")
                                 << "text_completion"_ba << 1;
    QTest::newRow("echo GET") << RawHttpClient::buildRequest("GET", "/v1/files?limit=2")
                              << "echo"_ba << 0;
    QTest::newRow("echo POST") << tst::postJson("/v2/anything", "12345") << "echo"_ba << 5;
    QTest::newRow("chat with bad JSON")
        << tst::postJson("/v1/chat/completions", "{nope") << "error"_ba << 0;
}

void TestFakeUpstream::otherEndpoints()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, object);
    QFETCH(int, items);
    FakeUpstream fake;
    QVERIFY(fake.start());
    const auto r = tst::roundTrip(fake.port(), request);
    QVERIFY(r.complete);
    QVERIFY(tst::hasCommonHeaders(r));
    const QJsonObject o = tst::jsonObject(r.body);
    if (object == "echo") {
        QCOMPARE(r.status, 200);
        const ReceivedRequest sent = fake.lastRequest();
        QCOMPARE(o.value("method"_L1).toString().toUtf8(), sent.method);
        QCOMPARE(o.value("path"_L1).toString().toUtf8(), sent.path());
        QCOMPARE(o.value("query"_L1).toString().toUtf8(), sent.query());
        QCOMPARE(o.value("body_bytes"_L1).toInt(), items);
    } else if (object == "error") {
        QCOMPARE(r.status, 400);
        QCOMPARE(o["error"_L1]["type"_L1].toString(), u"invalid_request_error"_s);
    } else {
        QCOMPARE(r.status, 200);
        QCOMPARE(o.value("object"_L1).toString().toUtf8(), object);
        const QJsonArray list = o.value(object == "list" ? "data"_L1 : "choices"_L1).toArray();
        QCOMPARE(list.size(), items);
        if (object == "list") {
            for (int i = 0; i < items; ++i) {
                QCOMPARE(list.at(i)["index"_L1].toInt(), i);
                QVERIFY(list.at(i)["embedding"_L1].toArray().size() >= 4);
            }
        }
    }
}
