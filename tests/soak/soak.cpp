// mygpt-soak: many mixed requests through the real `mygpt --headless` binary and a fake
// upstream, with bounded concurrency. Asserts that every request got the answer its kind
// expects, that the proxy's RSS and open file descriptors are flat between the end of the
// warm-up and the end of the run, that the request store holds one record per request, and
// that no file the proxy wrote (logs, store, settings) nor its console holds the API key.
//
//   mygpt-soak --mygpt build/app/mygpt --fake build/tests/support/mygpt-fake-upstream \
//              [--requests 20000] [--concurrency 32] [--warmup 2000] [--keep DIR]
//
// Exit code 0 when everything held, 1 otherwise; a report on stdout either way.
#include "http_response.h"
#include "store/RequestStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPointer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;
using namespace mygpt;
using namespace mygpt::test;

namespace {

const QByteArray apiKey = "sk-soak-7e1d2c3b4a5968778695a4b3";

enum class Kind { Chat, Stream, StreamUsage, Models, Embeddings, Upstream429, HtmlError, BadRequest, AbortStream, AbortWaiting };

struct KindInfo
{
    const char *name;
    int status; // expected; 0 for aborts
};

const std::map<Kind, KindInfo> kinds {
    { Kind::Chat, { "chat", 200 } },
    { Kind::Stream, { "stream", 200 } },
    { Kind::StreamUsage, { "stream+usage", 200 } },
    { Kind::Models, { "models", 200 } },
    { Kind::Embeddings, { "embeddings", 200 } },
    { Kind::Upstream429, { "upstream-429", 429 } },
    { Kind::HtmlError, { "upstream-html-502", 502 } },
    { Kind::BadRequest, { "bad-request", 400 } },
    { Kind::AbortStream, { "abort-mid-stream", 0 } },
    { Kind::AbortWaiting, { "abort-waiting", 0 } },
};

// The mix, over 20 requests: 6 chat, 5 stream, 1 stream asking for usage, 1 models,
// 1 embeddings, 1 upstream 429, 1 HTML 502, 1 bad request, 2 aborted mid-stream, 1 aborted
// before the first byte.
Kind kindOf(int index)
{
    static const Kind mix[20] = { Kind::Chat, Kind::Stream, Kind::Chat, Kind::Stream,
                                  Kind::AbortStream, Kind::Chat, Kind::Stream, Kind::Models,
                                  Kind::Chat, Kind::Upstream429, Kind::Stream, Kind::Embeddings,
                                  Kind::AbortWaiting, Kind::Chat, Kind::StreamUsage,
                                  Kind::HtmlError, Kind::Stream, Kind::BadRequest, Kind::Chat,
                                  Kind::AbortStream };
    return mix[index % 20];
}

QByteArray requestFor(Kind kind, int index, quint16 port)
{
    const auto chat = [&](const QByteArray &model, bool stream, const QByteArray &extra = {}) -> QByteArray {
        return R"({"model":")" + model + R"(","messages":[{"role":"user","content":"soak )"
            + QByteArray::number(index) + R"("}])" + (stream ? R"(,"stream":true)" : "") + extra
            + "}";
    };
    QByteArray method = "POST";
    QByteArray path = "/v1/chat/completions";
    QByteArray body;
    QByteArray extraHeaders;
    switch (kind) {
    case Kind::Chat: body = chat("gpt-4o-mini", false); break;
    case Kind::Stream: body = chat("gpt-4o-mini", true); break;
    case Kind::StreamUsage:
        body = chat("gpt-4o-mini", true, R"(,"stream_options":{"include_usage":true})");
        break;
    case Kind::Models: method = "GET"; path = "/v1/models"; break;
    case Kind::Embeddings: path = "/v1/embeddings"; body = R"({"model":"e","input":"soak"})"; break;
    case Kind::Upstream429: body = chat("fake-error-429", false); break;
    case Kind::HtmlError: body = chat("fake-html-502", false); break;
    case Kind::BadRequest: body = R"({"model":"gpt-4o-mini","messages":"not an array"})"; break;
    case Kind::AbortStream:
        body = chat("gpt-4o-mini", true);
        extraHeaders = "x-fake-chunks: 20\r\nx-fake-interval-ms: 50\r\n";
        break;
    case Kind::AbortWaiting:
        body = chat("gpt-4o-mini", true);
        extraHeaders = "x-fake-first-byte-delay-ms: 2000\r\n";
        break;
    }
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:"
        + QByteArray::number(port) + "\r\nUser-Agent: mygpt-soak\r\n" + extraHeaders;
    if (!body.isEmpty() || method == "POST")
        request += "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n";
    return request + "\r\n" + body;
}

// What is wrong with an answer to `kind`; empty when it is what the kind expects.
QString checkAnswer(Kind kind, const HttpResponse &r)
{
    const int expected = kinds.at(kind).status;
    if (r.status != expected)
        return u"status %1, expected %2"_s.arg(r.status).arg(expected);
    if (r.header("x-mygpt-request-id").size() != 8)
        return u"no request id"_s;
    switch (kind) {
    case Kind::Chat:
        return r.body.contains("\"chat.completion\"") ? QString() : u"not a chat completion"_s;
    case Kind::Stream:
        if (!r.body.endsWith("data: [DONE]\n\n"))
            return u"stream not ended by [DONE]"_s;
        return r.body.contains("\"usage\"") ? u"usage leaked into a stream that did not ask"_s
                                            : QString();
    case Kind::StreamUsage:
        return r.body.contains("\"choices\":[]") && r.body.endsWith("data: [DONE]\n\n")
            ? QString()
            : u"usage chunk missing"_s;
    case Kind::Models: return r.body.contains("\"data\"") ? QString() : u"no model list"_s;
    case Kind::Embeddings: return r.body.contains("embedding") ? QString() : u"no embedding"_s;
    case Kind::Upstream429:
        return r.header("retry-after") == "1" ? QString() : u"retry-after not relayed"_s;
    case Kind::HtmlError:
    case Kind::BadRequest:
        return r.body.startsWith("{\"error\":") ? QString() : u"not the error shape"_s;
    default: return {};
    }
}

struct Sample
{
    qint64 rssKiB = -1;
    int fds = -1;
    int clientSockets = 0;   // TCP connections on the proxy's port
    int upstreamSockets = 0; // TCP connections to the fake upstream (QNAM's keep-alive pool)
};

quint16 g_proxyPort = 0;
quint16 g_fakePort = 0;

// inode -> (local port, remote port) of every IPv4/IPv6 TCP socket.
QHash<QByteArray, QPair<quint16, quint16>> tcpPorts()
{
    QHash<QByteArray, QPair<quint16, quint16>> ports;
    for (const QString &table : { u"/proc/net/tcp"_s, u"/proc/net/tcp6"_s }) {
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> f = lines[i].simplified().split(' ');
            if (f.size() < 10)
                continue;
            const auto port = [](const QByteArray &address) {
                return quint16(address.mid(address.lastIndexOf(':') + 1).toUInt(nullptr, 16));
            };
            ports.insert(f[9], { port(f[1]), port(f[2]) });
        }
    }
    return ports;
}

Sample sample(qint64 pid)
{
    Sample s;
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                s.rssKiB = line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    const QDir fdDir(u"/proc/%1/fd"_s.arg(pid));
    const QStringList fds = fdDir.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
    s.fds = int(fds.size());
    const auto ports = tcpPorts();
    for (const QString &fd : fds) {
        // The link reads "socket:[inode]"; symLinkTarget() makes it a path in /proc/<pid>/fd.
        const QString name = QFile::symLinkTarget(fdDir.filePath(fd)).section(u'/', -1);
        if (!name.startsWith(u"socket:["_s))
            continue;
        const QByteArray inode = name.mid(8, name.size() - 9).toLatin1();
        const auto it = ports.constFind(inode);
        if (it == ports.constEnd())
            continue;
        if (it->first == g_proxyPort && it->second != 0)
            ++s.clientSockets;
        else if (it->second == g_fakePort)
            ++s.upstreamSockets;
    }
    return s;
}

// Runs `total` requests starting at `first`, `concurrency` at a time; each worker keeps one
// keep-alive connection and opens a new one after an abort or a close.
class Load final : public QObject
{
public:
    Load(quint16 port, int concurrency) : m_port(port), m_concurrency(concurrency) { }

    void run(int first, int total)
    {
        m_next = first;
        m_end = first + total;
        QEventLoop loop;
        m_quit = [&] { loop.quit(); };
        for (int w = 0; w < m_concurrency; ++w)
            m_workers.append(Worker {});
        for (int w = 0; w < m_concurrency; ++w)
            startNext(w);
        if (m_running > 0)
            loop.exec();
        for (Worker &worker : m_workers)
            release(worker);
        m_workers.clear();
    }

    QStringList failures;
    std::map<Kind, int> done;
    QList<QByteArray> ids;
    int aborted = 0;

private:
    struct Worker
    {
        QPointer<QTcpSocket> socket;
        QByteArray buffer;
        int index = -1;
        Kind kind = Kind::Chat;
        QElapsedTimer started;
        bool finished = true;
    };

    void startNext(int w)
    {
        Worker &worker = m_workers[w];
        if (m_next >= m_end) {
            release(worker);
            if (m_running == 0)
                m_quit();
            return;
        }
        worker.index = m_next++;
        worker.kind = kindOf(worker.index);
        worker.buffer.clear();
        worker.finished = false;
        worker.started.start();
        ++m_running;
        if (!worker.socket || worker.socket->state() != QAbstractSocket::ConnectedState) {
            release(worker);
            auto *socket = new QTcpSocket(this);
            worker.socket = socket;
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            connect(socket, &QTcpSocket::connected, this, [this, w] { send(w); });
            connect(socket, &QTcpSocket::readyRead, this, [this, w, socket] {
                if (m_workers[w].socket == socket)
                    onReadyRead(w);
            });
            connect(socket, &QTcpSocket::disconnected, this, [this, w, socket] {
                if (m_workers[w].socket == socket)
                    onClosed(w);
            });
            connect(socket, &QTcpSocket::errorOccurred, this, [this, w, socket] {
                if (m_workers[w].socket == socket && socket->state() == QAbstractSocket::UnconnectedState)
                    onClosed(w);
            });
            socket->connectToHost(QHostAddress::LocalHost, m_port);
        } else {
            send(w);
        }
    }

    // A socket deleted later still signals its close when it goes, maybe after m_workers was
    // cleared: it must signal no one (seen on a CPU-starved machine, where the proxy had not
    // closed it yet).
    void release(Worker &worker)
    {
        if (QTcpSocket *socket = worker.socket) {
            socket->disconnect(this);
            socket->deleteLater();
        }
        worker.socket = nullptr;
    }

    void send(int w)
    {
        Worker &worker = m_workers[w];
        worker.socket->write(requestFor(worker.kind, worker.index, m_port));
    }

    void finish(int w, const QString &failure, bool closeConnection)
    {
        Worker &worker = m_workers[w];
        if (worker.finished)
            return;
        worker.finished = true;
        --m_running;
        if (!failure.isEmpty()) {
            failures << u"#%1 %2: %3"_s.arg(worker.index).arg(QLatin1StringView(kinds.at(worker.kind).name), failure);
        } else {
            ++done[worker.kind];
        }
        if (closeConnection && worker.socket) {
            QTcpSocket *socket = worker.socket;
            worker.socket = nullptr;
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        }
        startNext(w);
    }

    void onReadyRead(int w)
    {
        Worker &worker = m_workers[w];
        worker.buffer += worker.socket->readAll();
        if (worker.finished)
            return;
        if (worker.kind == Kind::AbortStream || worker.kind == Kind::AbortWaiting) {
            const HttpResponse head = parseHttpResponse(worker.buffer);
            if (head.complete) { // it all came before the client could leave: a normal answer
                ids << head.header("x-mygpt-request-id");
                return finish(w, checkAnswer(Kind::Stream, head), true);
            }
            if (head.headComplete) {
                if (worker.kind == Kind::AbortWaiting)
                    return finish(w, u"answered although the upstream waits 2 s"_s, true);
                if (head.status != 200)
                    return finish(w, u"status %1"_s.arg(head.status), true);
                if (worker.buffer.contains("data: ")) {
                    ids << head.header("x-mygpt-request-id");
                    ++aborted;
                    return finish(w, {}, true); // leave mid-stream
                }
            }
            return;
        }
        const HttpResponse r = parseHttpResponse(worker.buffer);
        if (!r.complete)
            return;
        ids << r.header("x-mygpt-request-id");
        const bool close = r.header("connection").toLower() == "close" || r.end != worker.buffer.size();
        finish(w, checkAnswer(worker.kind, r), close);
    }

    void onClosed(int w)
    {
        Worker &worker = m_workers[w];
        if (worker.finished || !worker.socket)
            return;
        const HttpResponse r = parseHttpResponse(worker.buffer, 0, true);
        finish(w, r.complete ? checkAnswer(worker.kind, r)
                             : u"connection closed after %1 bytes: %2"_s.arg(worker.buffer.size()).arg(worker.socket->errorString()),
               true);
    }

public:
    // Aborts-before-first-byte are timed by the caller: a worker that waits 100 ms and leaves.
    void tick()
    {
        for (int w = 0; w < m_workers.size(); ++w) {
            Worker &worker = m_workers[w];
            if (worker.finished)
                continue;
            if (worker.kind == Kind::AbortWaiting && worker.started.elapsed() > 100
                && worker.buffer.isEmpty()) {
                ++aborted;
                finish(w, {}, true);
            } else if (worker.started.elapsed() > 30000) {
                finish(w, u"no answer within 30 s"_s, true);
            }
        }
    }

private:
    quint16 m_port;
    int m_concurrency;
    QList<Worker> m_workers;
    int m_next = 0;
    int m_end = 0;
    int m_running = 0;
    std::function<void()> m_quit;
};

// Lets the closed client sockets go and the proxy notice: the state both samples are taken in.
void settle()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    QThread::msleep(1500);
    QCoreApplication::processEvents();
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// Whether GET /health answered 200; `answered` counts the probes that got any answer (each
// one is a record in the store).
bool healthy(quint16 port, int *answered)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(1000))
        return false;
    socket.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray got;
    while (socket.waitForReadyRead(2000))
        got += socket.readAll();
    got += socket.readAll();
    if (got.startsWith("HTTP/1.1 "))
        ++*answered;
    return got.startsWith("HTTP/1.1 200 ");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Soak test of mygpt --headless"_s);
    parser.addHelpOption();
    const QCommandLineOption mygptOption(u"mygpt"_s, u"mygpt binary"_s, u"path"_s);
    const QCommandLineOption fakeOption(u"fake"_s, u"mygpt-fake-upstream binary"_s, u"path"_s);
    const QCommandLineOption requestsOption(u"requests"_s, u"requests in all"_s, u"n"_s, u"20000"_s);
    const QCommandLineOption concurrencyOption(u"concurrency"_s, u"requests in flight"_s, u"n"_s, u"32"_s);
    const QCommandLineOption warmupOption(u"warmup"_s, u"requests before the first measurement (default: a tenth)"_s, u"n"_s);
    const QCommandLineOption rssOption(u"rss-tolerance-kib"_s, u"allowed RSS growth after the warm-up"_s, u"kib"_s, u"16384"_s);
    const QCommandLineOption keepOption(u"keep"_s, u"use and keep this folder for data and logs"_s, u"dir"_s);
    const QCommandLineOption envOption(u"env"_s, u"extra environment for mygpt (repeatable)"_s, u"NAME=VALUE"_s);
    parser.addOptions({ mygptOption, fakeOption, requestsOption, concurrencyOption, warmupOption, rssOption, keepOption, envOption });
    parser.process(app);
    const int total = parser.value(requestsOption).toInt();
    const int concurrency = parser.value(concurrencyOption).toInt();
    const int warmup = parser.isSet(warmupOption) ? parser.value(warmupOption).toInt() : total / 10;
    const qint64 rssTolerance = parser.value(rssOption).toLongLong();
    if (!parser.isSet(mygptOption) || !parser.isSet(fakeOption) || total <= warmup || warmup <= 0) {
        std::fprintf(stderr, "need --mygpt, --fake and --requests > --warmup > 0\n");
        return 2;
    }
    std::signal(SIGPIPE, SIG_IGN);

    QTemporaryDir temp;
    const QString root = parser.isSet(keepOption) ? parser.value(keepOption) : temp.path();
    QDir().mkpath(root);

    QProcess fake;
    const QString fakeBinary = QFileInfo(parser.value(fakeOption)).absoluteFilePath();
    const QString mygptBinary = QFileInfo(parser.value(mygptOption)).absoluteFilePath();
    fake.start(fakeBinary, { u"--port"_s, u"0"_s, u"--record-limit"_s, u"100"_s });
    if (!fake.waitForStarted() || !fake.waitForReadyRead(10000)) {
        std::fprintf(stderr, "fake upstream did not start\n");
        return 1;
    }
    const QByteArray listening = fake.readLine().trimmed();
    const quint16 fakePort = quint16(listening.mid(listening.indexOf(' ') + 1).toUInt());

    const quint16 port = freePort();
    g_proxyPort = port;
    g_fakePort = fakePort;
    QProcessEnvironment env;
    env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
    env.insert(u"HOME"_s, root);
    env.insert(u"XDG_CONFIG_HOME"_s, root + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, root + u"/share"_s);
    env.insert(u"XDG_CACHE_HOME"_s, root + u"/cache"_s);
    env.insert(u"OPENAI_API_KEY"_s, QString::fromLatin1(apiKey));
    env.insert(u"OPENAI_BASE_URL"_s, u"http://127.0.0.1:%1/v1"_s.arg(fakePort));
    env.insert(u"PORT"_s, QString::number(port));
    env.insert(u"MYGPT_LOG_DIR"_s, root + u"/logs"_s);
    env.insert(u"MYGPT_DATA_DIR"_s, root + u"/data"_s);
    for (const QString &entry : parser.values(envOption))
        env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    for (const char *passed : { "ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS" }) {
        if (qEnvironmentVariableIsSet(passed))
            env.insert(QString::fromLatin1(passed), qEnvironmentVariable(passed));
    }
    QProcess proxy;
    proxy.setProcessEnvironment(env);
    proxy.setWorkingDirectory(root);
    proxy.setProcessChannelMode(QProcess::MergedChannels);
    proxy.setStandardOutputFile(root + u"/console.log"_s);
    proxy.start(mygptBinary, { u"--headless"_s });
    if (!proxy.waitForStarted()) {
        std::fprintf(stderr, "mygpt did not start\n");
        return 1;
    }
    int probes = 0;
    QElapsedTimer wait;
    wait.start();
    bool up = false;
    while (!up && wait.elapsed() < 20000 && proxy.state() == QProcess::Running) {
        up = healthy(port, &probes);
        if (!up)
            QThread::msleep(100);
    }
    if (!up) {
        std::fprintf(stderr, "mygpt did not come up on port %u\n", port);
        return 1;
    }
    const qint64 pid = proxy.processId();
    const Sample start = sample(pid);

    Load load(port, concurrency);
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &load, [&] { load.tick(); });
    ticker.start(20);
    QElapsedTimer clock;
    clock.start();
    // Warm-up, then a pause with every client connection closed, then the rest, and the same
    // pause: the two samples see the proxy in the same state.
    load.run(0, warmup);
    settle();
    const Sample warm = sample(pid);
    const QString storeFile = root + u"/data/requests.sqlite"_s;
    const qint64 storeWarmKiB = QFileInfo(storeFile).size() / 1024;
    // The rest in tenths, with a sample after each (under load) to show the trend.
    QList<Sample> trend;
    const int rest = total - warmup;
    for (int part = 0; part < 10; ++part) {
        const int from = warmup + rest * part / 10;
        const int to = warmup + rest * (part + 1) / 10;
        load.run(from, to - from);
        trend << sample(pid);
    }
    const qint64 elapsed = clock.elapsed();
    settle();
    const Sample end = sample(pid);
    ticker.stop();

    ::kill(pid_t(pid), SIGTERM);
    const bool stopped = proxy.waitForFinished(30000);
    const int exitCode = proxy.exitCode();
    fake.terminate();
    fake.waitForFinished(5000);

    QStringList problems = load.failures.mid(0, 20);
    if (load.failures.size() > 20)
        problems << u"... %1 failures in all"_s.arg(load.failures.size());
    if (!stopped || exitCode != 0)
        problems << u"mygpt did not stop cleanly on SIGTERM (exit code %1)"_s.arg(exitCode);

    // One record per request (and per health probe), none left in flight.
    qint64 stored = -1;
    qint64 cancelled = -1;
    {
        RequestStore store(StoreOptions { root + u"/data/requests.sqlite"_s });
        if (!store.isOpen()) {
            problems << u"store does not open: "_s + store.errorString();
        } else {
            stored = store.count({});
            RequestFilter onlyCancelled;
            onlyCancelled.statusClass = StatusClass::Cancelled;
            cancelled = store.count(onlyCancelled);
            const qint64 expected = total + probes;
            if (stored != expected)
                problems << u"store holds %1 records, expected %2"_s.arg(stored).arg(expected);
            if (cancelled != load.aborted)
                problems << u"store holds %1 cancelled records, %2 requests were aborted"_s.arg(cancelled).arg(load.aborted);
            int missing = 0;
            for (qsizetype i = 0; i < load.ids.size(); i += qMax<qsizetype>(1, load.ids.size() / 500))
                missing += !store.load(load.ids[i]).has_value();
            if (missing)
                problems << u"%1 sampled request ids are not in the store"_s.arg(missing);
        }
    }

    // The key is nowhere on disk or in the console output.
    int scanned = 0;
    QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++scanned;
        // Read in overlapping blocks: the store and logs of a long run are large.
        QByteArray tail;
        while (!file.atEnd()) {
            const QByteArray block = tail + file.read(4 * 1024 * 1024);
            if (block.contains(apiKey)) {
                problems << u"the API key is in "_s + path;
                break;
            }
            tail = block.right(apiKey.size());
        }
    }

    // The store's SQLite page caches (32 MiB writer, 16 MiB reader) keep pages of a database
    // that is still growing: RSS may follow the file up to those caps. With the store off the
    // same run stays within 1 MiB. So the allowance is the tolerance plus the file's growth.
    const qint64 storeEndKiB = QFileInfo(storeFile).size() / 1024;
    const qint64 rssGrowth = end.rssKiB - warm.rssKiB;
    const qint64 rssAllowed = rssTolerance + qMin<qint64>(qMax<qint64>(0, storeEndKiB - storeWarmKiB), 48 * 1024);
#if defined(__SANITIZE_ADDRESS__)
    // The tree (and so mygpt) is built with ASan, whose quarantine holds 256 MiB of freed
    // memory: RSS is reported, not judged.
    constexpr bool judgeRss = false;
#else
    constexpr bool judgeRss = true;
#endif
    if (judgeRss && rssGrowth > rssAllowed)
        problems << u"RSS grew by %1 KiB after the warm-up (allowed %2 KiB: %3 KiB + the store file's growth)"_s
                        .arg(rssGrowth).arg(rssAllowed).arg(rssTolerance);
    // Every client is gone when the samples are taken, so the proxy must hold no client
    // socket; upstream keep-alive connections are pooled (how many stay open depends on the
    // peak concurrency), so the flatness check is on everything else.
    const int warmOther = warm.fds - warm.clientSockets - warm.upstreamSockets;
    const int endOther = end.fds - end.clientSockets - end.upstreamSockets;
    if (end.clientSockets > 0)
        problems << u"%1 client connections still open after every client left"_s.arg(end.clientSockets);
    if (endOther > warmOther + 2)
        problems << u"file descriptors other than sockets to the upstream grew from %1 to %2"_s.arg(warmOther).arg(endOther);
    if (end.upstreamSockets > 2 * concurrency + 8)
        problems << u"%1 upstream connections open for %2 clients"_s.arg(end.upstreamSockets).arg(concurrency);

    std::printf("soak: %d requests, concurrency %d, %.1f s, %.0f req/s\n", total, concurrency,
                elapsed / 1000.0, total * 1000.0 / qMax<qint64>(1, elapsed));
    for (const auto &[kind, info] : kinds)
        std::printf("  %-18s %6d ok\n", info.name, load.done[kind]);
    std::printf("  failures: %lld\n", static_cast<long long>(load.failures.size()));
    std::printf("  RSS KiB: start %lld, after warm-up (%d) %lld, end %lld (%+lld)\n", start.rssKiB,
                warmup, warm.rssKiB, end.rssKiB, rssGrowth);
    std::printf("  open fds: start %d, after warm-up %d, end %d (client sockets %d/%d, upstream "
                "sockets %d/%d, other %d/%d at warm-up/end)\n",
                start.fds, warm.fds, end.fds, warm.clientSockets, end.clientSockets,
                warm.upstreamSockets, end.upstreamSockets, warmOther, endOther);
    std::printf("  RSS KiB after each tenth of the rest:");
    for (const Sample &s : std::as_const(trend))
        std::printf(" %lld", s.rssKiB);
    std::printf("\n  store file KiB: after warm-up %lld, end %lld; RSS growth allowed %lld KiB\n",
                storeWarmKiB, storeEndKiB, rssAllowed);
    std::printf("  store: %lld records (%d requests + %d health probes), %lld cancelled (%d aborted)\n",
                stored, total, probes, cancelled, load.aborted);
    std::printf("  secrets scan: %d files\n", scanned);
    for (const QString &problem : std::as_const(problems))
        std::printf("FAIL %s\n", qPrintable(problem));
    std::printf("%s\n", problems.isEmpty() ? "soak: OK" : "soak: FAILED");
    return problems.isEmpty() ? 0 : 1;
}
