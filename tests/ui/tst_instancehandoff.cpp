// One MyGPT per user, with the real binary: a second launch hands over to the running one
// (which brings its window forward) and exits 0; after the first one dies without cleaning
// up, the next launch takes over. Each process gets its own temporary HOME and XDG folders.

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QDir>
#include <QFile>

#include "UiTestSupport.h"

using namespace Qt::StringLiterals;

class TestInstanceHandoff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void secondLaunchRaisesFirst();
    void deadInstanceIsReplaced();

private:
    QProcess *launch(const QStringList &arguments);
    bool serving(int timeoutMs);

    std::unique_ptr<QTemporaryDir> m_home;
    quint16 m_port = 0;
    std::vector<std::unique_ptr<QProcess>> m_processes; // killed in cleanup()
    QNetworkAccessManager m_client;
};

void TestInstanceHandoff::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_port = mygpt::test::freePort();
    m_client.setProxy(QNetworkProxy::NoProxy);
}

void TestInstanceHandoff::cleanup()
{
    for (const auto &process : m_processes) {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
    m_processes.clear();
}

QProcess *TestInstanceHandoff::launch(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_home->path();
    env.insert(u"HOME"_s, home);
    for (const auto &[name, sub] : { std::pair(u"XDG_CONFIG_HOME"_s, u"/config"_s),
             std::pair(u"XDG_DATA_HOME"_s, u"/data"_s),
             std::pair(u"XDG_CACHE_HOME"_s, u"/cache"_s),
             std::pair(u"XDG_RUNTIME_DIR"_s, u"/runtime"_s) })
        env.insert(name, home + sub);
    QDir().mkpath(home + u"/runtime"_s);
    QFile::setPermissions(home + u"/runtime"_s,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // no keychain
    env.remove(u"OPENAI_API_KEY"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"PORT"_s, QString::number(m_port));
    // A local upstream needs no key: no first-run settings window.
    env.insert(u"OPENAI_BASE_URL"_s, u"http://127.0.0.1:9/v1"_s);
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(env);
    process->setWorkingDirectory(home);
    process->start(QStringLiteral(MYGPT_BIN), arguments);
    m_processes.push_back(std::move(process));
    return m_processes.back().get();
}

bool TestInstanceHandoff::serving(int timeoutMs)
{
    return QTest::qWaitFor(
        [this] {
            QNetworkReply *reply = m_client.get(
                QNetworkRequest(QUrl(u"http://127.0.0.1:%1/health"_s.arg(m_port))));
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(2000);
            const bool ok = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
            reply->deleteLater();
            return ok;
        },
        timeoutMs);
}

void TestInstanceHandoff::secondLaunchRaisesFirst()
{
    QProcess *first = launch({ u"--windowed"_s });
    QVERIFY(first->waitForStarted());
    QVERIFY2(serving(20'000), first->readAllStandardError().constData());

    QProcess *second = launch({});
    QVERIFY(second->waitForFinished(20'000));
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->exitCode(), 0);
    QVERIFY2(second->readAllStandardError().contains("already running"), "no hand-off message");

    // The first one heard it and came forward; it still serves.
    QByteArray firstOutput;
    QVERIFY(QTest::qWaitFor([&] {
        firstOutput += first->readAllStandardError();
        return firstOutput.contains("brought forward");
    }, 10'000));
    QCOMPARE(first->state(), QProcess::Running);
    QVERIFY(serving(5000));
}

void TestInstanceHandoff::deadInstanceIsReplaced()
{
    QProcess *first = launch({ u"--windowed"_s });
    QVERIFY(serving(20'000));
    first->kill(); // no chance to remove its lock or socket
    QVERIFY(first->waitForFinished(5000));

    QProcess *next = launch({ u"--windowed"_s });
    QVERIFY2(serving(20'000), next->readAllStandardError().constData());
    QCOMPARE(next->state(), QProcess::Running);
}

MYGPT_UI_TEST_MAIN(TestInstanceHandoff)
#include "tst_instancehandoff.moc"
