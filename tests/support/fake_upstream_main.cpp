// mygpt-fake-upstream [--port N] [--tls] [--host 127.0.0.1] [--record-limit N]
// Prints "LISTENING <port>" (and "CA <path>" with --tls) once ready; SIGTERM/SIGINT exit 0.
#include "fake_upstream.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using mygpt::test::FakeUpstream;
using mygpt::test::Tls;

namespace {
#ifdef Q_OS_UNIX
int g_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1); // async-signal-safe
}

// Self-pipe: the signal handler only writes a byte; the event loop quits cleanly, so the
// temporary certificate folder is removed.
void quitOnSignals(QCoreApplication &app)
{
    if (::pipe(g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}
#endif
} // namespace

int main(int argc, char *argv[])
{
    // The glib event dispatcher costs two eventfd wake-ups per request; the plain one does not.
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"mygpt-fake-upstream"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Fake OpenAI-compatible upstream for MyGPT tests"_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(
        u"port"_s, u"Port to listen on (0: any free one)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption hostOption(
        u"host"_s, u"Address to listen on."_s, u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption tlsOption(u"tls"_s, u"Serve HTTPS with a generated test CA."_s);
    const QCommandLineOption limitOption(
        u"record-limit"_s, u"Requests kept for /__fake/requests (-1: all)."_s, u"N"_s, u"1000"_s);
    parser.addOptions({ portOption, hostOption, tlsOption, limitOption });
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    const QHostAddress host(parser.value(hostOption));
    if (!portOk || port > 65535 || host.isNull()) {
        std::fprintf(stderr, "mygpt-fake-upstream: bad --port or --host\n");
        return 2;
    }

    FakeUpstream upstream;
    upstream.setHost(host);
    upstream.setRecordLimit(parser.value(limitOption).toInt());
    if (!upstream.start(parser.isSet(tlsOption) ? Tls::On : Tls::Off, quint16(port))) {
        std::fprintf(stderr, "mygpt-fake-upstream: %s\n", qPrintable(upstream.errorString()));
        return 1;
    }
#ifdef Q_OS_UNIX
    quitOnSignals(app);
#endif
    std::printf("LISTENING %u\n", unsigned(upstream.port()));
    if (upstream.isTls())
        std::printf("CA %s\n", qPrintable(upstream.caCertificatePath()));
    std::fflush(stdout);
    return app.exec();
}
