// Stream measurements for tests/bench/run.sh, against any OpenAI-style endpoint:
//   streambench ttfc PORT COUNT      time to first body byte of COUNT sequential streams
//   streambench parallel PORT COUNT  wall time of COUNT concurrent 1-second streams
//   streambench requests PORT COUNT  COUNT sequential non-streaming requests on one connection
// Prints one line of numbers; the script does the comparing.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

#include "raw_http_client.h"

using namespace mygpt::test;

namespace {

QByteArray streamRequest(int chunks, int intervalMs)
{
    const QByteArray body = R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi"}],"stream":true})";
    return RawHttpClient::buildRequest("POST", "/v1/chat/completions",
                                       { { "Content-Type", "application/json" },
                                         { "x-fake-chunks", QByteArray::number(chunks) },
                                         { "x-fake-interval-ms", QByteArray::number(intervalMs) } },
                                       body);
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

int ttfc(quint16 port, int count)
{
    // A plain socket, timed in the readyRead that brings the first body bytes: the test
    // client's own polling would blur sub-millisecond differences.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return 1;
    socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QByteArray request = streamRequest(3, 0);
    std::vector<double> samples;
    QByteArray buffer;
    for (int i = 0; i < count; ++i) {
        buffer.clear();
        QElapsedTimer t;
        double first = -1;
        QEventLoop loop;
        const auto conn = QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
            buffer += socket.readAll();
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (first < 0 && headEnd >= 0 && buffer.size() > headEnd + 4)
                first = double(t.nsecsElapsed()) / 1e6;
            if (buffer.endsWith("0\r\n\r\n"))
                loop.quit();
        });
        t.start();
        socket.write(request);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        QObject::disconnect(conn);
        if (first < 0 || !buffer.endsWith("0\r\n\r\n"))
            return 2;
        samples.push_back(first);
    }
    std::printf("ttfc_p50_ms=%.3f ttfc_p99_ms=%.3f\n", percentile(samples, 0.5), percentile(samples, 0.99));
    return 0;
}

int parallel(quint16 port, int count)
{
    std::vector<std::unique_ptr<RawHttpClient>> clients;
    for (int i = 0; i < count; ++i) {
        clients.push_back(std::make_unique<RawHttpClient>());
        if (!clients.back()->connectTo(port))
            return 1;
        clients.back()->setKeepLimit(1 << 16);
    }
    const QByteArray request = streamRequest(10, 100);
    QElapsedTimer wall;
    wall.start();
    for (auto &c : clients)
        c->send(request);
    const bool done = clients.front()->waitUntil([&] {
        return std::all_of(clients.begin(), clients.end(),
                           [](const auto &c) { return c->response().complete; });
    }, 60000);
    const qint64 ms = wall.elapsed();
    int ok = 0;
    for (auto &c : clients)
        ok += c->response().status == 200 && c->response().body.endsWith("data: [DONE]\n\n");
    std::printf("parallel_wall_ms=%lld ok=%d/%d\n", ms, ok, count);
    return done && ok == count ? 0 : 3;
}

int requests(quint16 port, int count)
{
    RawHttpClient client;
    if (!client.connectTo(port))
        return 1;
    const QByteArray request = RawHttpClient::buildRequest(
            "POST", "/v1/chat/completions", { { "Content-Type", "application/json" } },
            R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi"}]})");
    int ok = 0;
    qsizetype offset = 0;
    for (int i = 0; i < count; ++i) {
        client.send(request);
        client.waitUntil([&] { return client.response(offset).complete; }, 10000);
        const HttpResponse r = client.response(offset);
        ok += r.status == 200;
        offset = r.end;
    }
    std::printf("requests_ok=%d/%d\n", ok, count);
    return ok == count ? 0 : 4;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: streambench ttfc|parallel|requests PORT COUNT\n");
        return 64;
    }
    const QByteArray mode = argv[1];
    const quint16 port = quint16(QByteArray(argv[2]).toUInt());
    const int count = QByteArray(argv[3]).toInt();
    if (mode == "ttfc")
        return ttfc(port, count);
    if (mode == "parallel")
        return parallel(port, count);
    if (mode == "requests")
        return requests(port, count);
    return 64;
}
