// The mygpt binary as a user or a service manager meets it: options, exit codes, one-line
// errors, a headless run that serves and stops cleanly on SIGTERM.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void versionAndHelp();
    void badValuesExitWithCode2_data();
    void badValuesExitWithCode2();
    void portInUseExitsWithCode1();
    void headlessServesAndStopsOnSigterm();
    void envFileIsRead();
    void followsTheSystemLanguage_data();
    void followsTheSystemLanguage();
    void portInUseFollowsTheSystemLanguage();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments, const QStringList &environment = {}, int timeoutMs = 10000);
    QProcessEnvironment cleanEnvironment() const;
    std::unique_ptr<QTemporaryDir> m_home;
};

static const QString binary = QStringLiteral(MYGPT_BIN);
static const QByteArray secretKey = "sk-cli-test-51b2c7e9d0";

QProcessEnvironment TestCli::cleanEnvironment() const
{
    // A private HOME and working directory: no .env or saved settings of the machine leak in.
    QProcessEnvironment env;
    env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
    env.insert(u"HOME"_s, m_home->path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home->path() + u"/.config"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_home->path() + u"/.local/share"_s);
    return env;
}

void TestCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
}

TestCli::Run TestCli::run(const QStringList &arguments, const QStringList &environment, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = cleanEnvironment();
    for (const QString &entry : environment)
        env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_home->path());
    process.start(binary, arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestCli::versionAndHelp()
{
    const Run version = run({ u"--version"_s });
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.contains(MYGPT_VERSION), version.out.constData());

    const Run help = run({ u"--help"_s });
    QCOMPARE(help.exitCode, 0);
    for (const char *word : { "--headless", "--host", "--port", "--env-file", "OPENAI_API_KEY",
                              "OPENAI_BASE_URL", "MYGPT_ACCESS_KEY", "MYGPT_FIRST_BYTE_TIMEOUT" })
        QVERIFY2(help.out.contains(word), word);
}

void TestCli::badValuesExitWithCode2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QByteArray>("named");
    QTest::newRow("port") << QStringList { u"--headless"_s, u"--port"_s, u"99999"_s } << QStringList()
                          << QByteArray("99999");
    QTest::newRow("port env") << QStringList { u"--headless"_s } << QStringList { u"PORT=eighty"_s }
                              << QByteArray("eighty");
    QTest::newRow("base url") << QStringList { u"--headless"_s }
                              << QStringList { u"OPENAI_BASE_URL=ftp://x.example/v1"_s }
                              << QByteArray("ftp://x.example/v1");
    QTest::newRow("missing env file") << QStringList { u"--headless"_s, u"--env-file"_s, u"/nonexistent/.env"_s }
                                      << QStringList() << QByteArray("/nonexistent/.env");
    QTest::newRow("network host without access key")
            << QStringList { u"--headless"_s, u"--host"_s, u"0.0.0.0"_s } << QStringList()
            << QByteArray("MYGPT_ACCESS_KEY");
    QTest::newRow("unknown option") << QStringList { u"--frobnicate"_s } << QStringList()
                                    << QByteArray("frobnicate");
}

void TestCli::badValuesExitWithCode2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, environment);
    QFETCH(QByteArray, named);
    environment.append(u"OPENAI_API_KEY="_s + QString::fromLatin1(secretKey));
    const Run r = run(arguments, environment);
    QCOMPARE(r.exitCode, 2);
    const QByteArray err = r.err.trimmed();
    QCOMPARE(err.count('\n'), 0); // one line
    QVERIFY2(err.contains(named), err.constData());
    QVERIFY(!err.contains(secretKey));
    QVERIFY(!r.out.contains(secretKey));
}

void TestCli::portInUseExitsWithCode1()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    const Run r = run({ u"--headless"_s, u"--port"_s, QString::number(occupier.serverPort()) },
                      { u"OPENAI_API_KEY="_s + QString::fromLatin1(secretKey) });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("already in use"), r.err.constData());
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QVERIFY(!r.err.contains(secretKey) && !r.out.contains(secretKey));
}

void TestCli::headlessServesAndStopsOnSigterm()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    QProcess process;
    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"OPENAI_API_KEY"_s, QString::fromLatin1(secretKey));
    env.insert(u"PORT"_s, QString::number(port));
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_home->path());
    process.start(binary, { u"--headless"_s });
    QVERIFY(process.waitForStarted());

    QNetworkAccessManager nam;
    QJsonObject health;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/health"_s.arg(port))));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        health = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return health.value(u"status"_s).toString() == u"ok"_s;
    }()), 10000);
    QCOMPARE(health.value(u"api_key_configured"_s).toBool(), true);

    ::kill(pid_t(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QByteArray console = process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY2(console.contains(QByteArray("listening on http://127.0.0.1:" + QByteArray::number(port) + "/v1")),
             console.constData());
    QVERIFY(console.contains("GET /health"));
    QVERIFY(!console.contains(secretKey));
}

void TestCli::envFileIsRead()
{
    QFile env(m_home->filePath(u".env"_s));
    QVERIFY(env.open(QIODevice::WriteOnly));
    env.write("# a comment\nPORT=not-a-port\n");
    env.close();
    // ./.env in the working directory is read: its bad PORT is reported, naming the file.
    const Run r = run({ u"--headless"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("not-a-port") && r.err.contains(".env"), r.err.constData());
}

// The system's language as tst_translations_system_zh sets it: QLocale::system() reads
// LC_ALL/LANG, its uiLanguages() (which the translator follows) LANGUAGE.
static const QStringList chinese = { u"LANGUAGE=zh_CN"_s, u"LANG=zh_CN.UTF-8"_s,
                                     u"LC_ALL=zh_CN.UTF-8"_s };

// --help and the start-up errors, as the user's terminal shows them; English stays as it was.
void TestCli::followsTheSystemLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("expected"); // in stdout for --help, the stderr line otherwise
    const QStringList help { u"--help"_s };
    const QStringList badPort { u"--headless"_s, u"--port"_s, u"99999"_s };
    QTest::newRow("help, English") << help << QStringList() << 0
                                   << QByteArray("Usage: mygpt [options]\n");
    QTest::newRow("help, Chinese") << help << chinese << 0 << QByteArray("用法：mygpt [选项]\n");
    QTest::newRow("setting help, Chinese")
            << QStringList { u"-h"_s } << chinese << 0
            << QByteArray("\n  PORT（默认：8000）\n      监听端口（1-65535）。\n");
    QTest::newRow("bad port, English")
            << badPort << QStringList() << 2
            << QByteArray(R"(mygpt: --port "99999" (from the command line) is not a port number )"
                          "(1-65535)");
    QTest::newRow("bad port, Chinese")
            << badPort << chinese << 2
            << QByteArray(R"(mygpt: --port "99999"（来源：命令行）不是有效的端口号（1-65535）)");
    QTest::newRow("unknown option, Chinese")
            << QStringList { u"--bogus"_s } << chinese << 2
            << QByteArray("mygpt: 未知选项 --bogus（参见 mygpt --help）");
    QTest::newRow("base url, Chinese")
            << QStringList { u"--headless"_s }
            << chinese + QStringList { u"OPENAI_BASE_URL=x.example/v1"_s } << 2
            << QByteArray(R"(mygpt: OPENAI_BASE_URL "x.example/v1"（来源：环境变量）)"
                          "必须以 http:// 或 https:// 开头");
    QTest::newRow("env file, Chinese")
            << QStringList { u"--headless"_s, u"--env-file"_s, u"/nonexistent/.env"_s } << chinese
            << 2 << QByteArray("mygpt: 无法读取 --env-file /nonexistent/.env：文件或目录不存在");
}

void TestCli::followsTheSystemLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, environment);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, expected);
    environment.append(u"OPENAI_API_KEY="_s + QString::fromLatin1(secretKey));
    const Run r = run(arguments, environment);
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode == 0) {
        QVERIFY2(r.out.contains(expected), r.out.constData());
        QCOMPARE(r.err, QByteArray());
        // One language throughout, not a mix.
        const bool english = !environment.contains(chinese.constFirst());
        QCOMPARE(r.out.contains("Show this help and exit."), english);
    } else {
        QCOMPARE(r.err.trimmed(), expected);
        QVERIFY(r.out.isEmpty());
    }
}

void TestCli::portInUseFollowsTheSystemLanguage()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(occupier.serverPort());
    const Run r = run({ u"--headless"_s, u"--port"_s, port },
                      chinese + QStringList { u"OPENAI_API_KEY="_s + QString::fromLatin1(secretKey) });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.trimmed(),
             u"mygpt: 127.0.0.1 上的端口 %1 已被占用（MyGPT 是否已在运行？）"_s.arg(port).toUtf8());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
