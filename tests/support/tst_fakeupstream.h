#pragma once

#include "fake_upstream.h"
#include "http_response.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>

class QNetworkAccessManager;
class QNetworkRequest;

Q_DECLARE_METATYPE(mygpt::test::Reply)

// Tests of the fake upstream itself, over real loopback sockets. The slots are spread over
// tst_fakeupstream_{openai,faults,transport}.cpp; helpers live in tst_fakeupstream.cpp.
class TestFakeUpstream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // OpenAI script
    void models();
    void chatNonStreaming();
    void streamingEvents_data();
    void streamingEvents();
    void streamingChunkTiming();
    void toolCalls_data();
    void toolCalls();
    void reasoning_data();
    void reasoning();
    void errorStatuses_data();
    void errorStatuses();
    void rejectStreamOptions_data();
    void rejectStreamOptions();
    void otherEndpoints_data();
    void otherEndpoints();

    // Faults
    void hang();
    void cutStreams_data();
    void cutStreams();
    void resetVersusClose_data();
    void resetVersusClose();
    void clientDisconnects_data();
    void clientDisconnects();
    void firstByteDelay();

    // Transport
    void keepAlive();
    void pipelining();
    void connectionClose_data();
    void connectionClose();
    void chunkedRequestBody();
    void expectContinue();
    void fakeRequestsEndpoint();
    void replyFraming_data();
    void replyFraming();
    void tlsWithNetworkAccessManager_data();
    void tlsWithNetworkAccessManager();
    void tlsPeerNames_data();
    void tlsPeerNames();
    void generatedBody_data();
    void generatedBody();
    void standaloneBinary_data();
    void standaloneBinary();
};

namespace tst {

// A chat completion request body.
QByteArray chatBody(const QByteArray &model, bool stream, const QByteArray &extraFields = {});
// The raw bytes of a POST with a JSON body and the given extra headers.
QByteArray postJson(
    QByteArrayView target, const QByteArray &body, const mygpt::test::HeaderList &headers = {});
// One request on a fresh raw connection; waits for the complete response (or close).
mygpt::test::HttpResponse roundTrip(quint16 port, const QByteArray &request, int timeoutMs = 10000);
QJsonObject jsonObject(const QByteArray &json);
QList<QJsonObject> sseObjects(const mygpt::test::HttpResponse &response); // without [DONE]
// x-request-id, openai-processing-ms and x-ratelimit-limit-requests are there.
bool hasCommonHeaders(const mygpt::test::HttpResponse &response);

struct Fetched
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
};
Fetched fetch(QNetworkAccessManager &nam, const QNetworkRequest &request,
    const QByteArray &verb = "GET", const QByteArray &body = {});

// Peak resident memory of this process (Linux VmHWM); -1 elsewhere and under ASan.
qint64 peakResidentBytes();

} // namespace tst
