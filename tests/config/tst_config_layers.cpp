#include "tst_config.h"

#include <QTest>
#include <array>
#include <span>

using namespace Qt::StringLiterals;
using namespace mygpt;

namespace {

const QStringList layerNames { u"command line"_s, u"environment"_s, u".env"_s, u"settings"_s,
    u"default"_s };

struct Layered
{
    QStringView name;
    QStringView field;
    QStringView option;
    std::array<QStringView, 4> values; // command line, environment, .env, saved; "" = unused
    std::array<QStringView, 5> expected; // loaded from each of those, then the default
};

// Every layer gets a distinct valid value, so the winner is visible in the result.
const Layered layered[] = {
    { u"OPENAI_API_KEY", u"apiKey", {}, { u"", u"sk-env", u"sk-dotenv", u"sk-saved" },
        { u"", u"sk-env", u"sk-dotenv", u"sk-saved", u"" } },
    { u"OPENAI_BASE_URL", u"baseUrl", u"base-url",
        { u"https://cli.example/v1/", u"https://env.example/v1", u"http://dotenv.example:8080/api",
            u"https://saved.example/" },
        { u"https://cli.example/v1", u"https://env.example/v1", u"http://dotenv.example:8080/api",
            u"https://saved.example", u"https://www.dmxapi.com/v1" } },
    { u"HOST", u"host", u"host", { u"127.0.0.2", u"::1", u"localhost", u"[::1]" },
        { u"127.0.0.2", u"::1", u"localhost", u"::1", u"127.0.0.1" } },
    { u"PORT", u"port", u"port", { u"1001", u"1002", u"1003", u"1004" },
        { u"1001", u"1002", u"1003", u"1004", u"8000" } },
    { u"MYGPT_ACCESS_KEY", u"accessKey", {},
        { u"", u"ak-env-0123456789", u"ak-dotenv-0123456789", u"ak-saved-0123456789" },
        { u"", u"ak-env-0123456789", u"ak-dotenv-0123456789", u"ak-saved-0123456789", u"" } },
    { u"MYGPT_ALLOWED_ORIGINS", u"allowedOrigins", {},
        { u"", u"*", u"http://a.example:3000, https://b.example", u"http://localhost:*" },
        { u"", u"*", u"http://a.example:3000,https://b.example", u"http://localhost:*", u"" } },
    { u"MYGPT_FIRST_BYTE_TIMEOUT", u"firstByteTimeoutSec", {}, { u"", u"11", u"12", u"13" },
        { u"", u"11", u"12", u"13", u"300" } },
    { u"MYGPT_IDLE_TIMEOUT", u"idleTimeoutSec", {}, { u"", u"21", u"22", u"23" },
        { u"", u"21", u"22", u"23", u"300" } },
    { u"MYGPT_MAX_BODY", u"maxBodyBytes", {}, { u"", u"1K", u"2M", u"3" },
        { u"", u"1024", u"2097152", u"3", u"33554432" } },
    { u"MYGPT_MAX_HEADER", u"maxHeaderBytes", {}, { u"", u"2048", u"4k", u"1M" },
        { u"", u"2048", u"4096", u"1048576", u"65536" } },
    { u"MYGPT_CLIENT_IDLE_TIMEOUT", u"clientIdleTimeoutSec", {}, { u"", u"31", u"32", u"33" },
        { u"", u"31", u"32", u"33", u"120" } },
    { u"MYGPT_REQUEST_TIMEOUT", u"requestTimeoutSec", {}, { u"", u"41", u"42", u"43" },
        { u"", u"41", u"42", u"43", u"30" } },
    { u"MYGPT_CA_FILE", u"caFile", {}, { u"", u"%DIR%/ca.pem", u"../ca.pem", u"%DIR%/./ca.pem" },
        { u"", u"%DIR%/ca.pem", u"%DIR%/ca.pem", u"%DIR%/ca.pem", u"" } },
    { u"MYGPT_PROXY", u"outboundProxy", {},
        { u"", u"none", u"http://proxy.example:3128", u"socks5://127.0.0.1:1080" },
        { u"", u"none", u"http://proxy.example:3128", u"socks5://127.0.0.1:1080", u"system" } },
    { u"MYGPT_LOG_DIR", u"logDir", u"log-dir",
        { u"%DIR%/cli-logs", u"%DIR%/env-logs", u"logs", u"%DIR%/saved-logs/" },
        { u"%DIR%/cli-logs", u"%DIR%/env-logs", u"%CWD%/logs", u"%DIR%/saved-logs", u"" } },
    { u"MYGPT_LOG_LEVEL", u"logLevel", {}, { u"", u"DEBUG", u"warn", u"error" },
        { u"", u"debug", u"warning", u"error", u"info" } },
};

QStringList toList(std::span<const QStringView> views)
{
    QStringList out;
    for (const QStringView view : views)
        out << view.toString();
    return out;
}

} // namespace

void TestConfig::precedence_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QStringList>("values"); // layers from `top` down are filled in
    QTest::addColumn<int>("top");
    QTest::addColumn<QString>("expected");
    for (const Layered &row : layered) {
        for (int top = 0; top < 5; ++top) {
            if (top < 4 && row.values[top].isEmpty())
                continue;
            QTest::addRow(
                "%s from %s", qPrintable(row.name.toString()), qPrintable(layerNames[top]))
                << row.name.toString() << row.field.toString() << row.option.toString()
                << toList(row.values) << top << row.expected[top].toString();
        }
    }
}

void TestConfig::precedence()
{
    QFETCH(QString, name);
    QFETCH(QString, field);
    QFETCH(QString, option);
    QFETCH(QStringList, values);
    QFETCH(int, top);
    QFETCH(QString, expected);
    Scratch scratch;
    QStringList args;
    QStringList env;
    QVariantMap saved;
    if (top <= 0)
        args << u"--"_s + option << values[0];
    if (top <= 1)
        env << name + u'=' + values[1];
    if (top <= 2)
        QVERIFY(scratch.write(u"%ENV%"_s, (name + u'=' + scratch.expand(values[2])).toUtf8()));
    if (top <= 3)
        saved.insert(name, scratch.expand(values[3]));

    const ConfigResult result = loadConfig(scratch.sources(args, env, saved));
    QCOMPARE(result.error, QString());
    QCOMPARE(fieldText(result.config, field), scratch.expand(expected));
    QCOMPARE(result.sourceOf.value(field), layerNames[top]);
}

void TestConfig::emptyValuesFallThrough()
{
    Scratch scratch;
    QVERIFY(scratch.write(u"%ENV%"_s, "PORT=1234\nHOST=\nMYGPT_LOG_LEVEL=\"  \"\n"_ba));
    const ConfigResult result = loadConfig(
        scratch.sources({ u"--port="_s, u"--host"_s, u""_s }, { u"PORT="_s, u"HOST=   "_s },
            { { u"HOST"_s, u"::1"_s }, { u"MYGPT_LOG_LEVEL"_s, u"error"_s } }));
    QCOMPARE(result.error, QString());
    QCOMPARE(result.config.port, 1234);
    QCOMPARE(result.sourceOf.value(u"port"_s), u".env"_s);
    QCOMPARE(result.config.host, u"::1"_s);
    QCOMPARE(result.sourceOf.value(u"host"_s), u"settings"_s);
    QCOMPARE(result.config.logLevel, u"error"_s);
}

void TestConfig::savedValueTypes()
{
    Scratch scratch;
    const QVariantMap saved {
        { u"PORT"_s, 9000 },
        { u"MYGPT_ALLOWED_ORIGINS"_s,
            QStringList { u"http://a.example"_s, u"https://b.example:8443"_s } },
        { u"OPENAI_API_KEY"_s, QByteArray("sk-from-keychain") },
        { u"MYGPT_MAX_BODY"_s, qint64(1) << 20 },
        { u"MYGPT_LOG_LEVEL"_s, QVariant() },
        { u"SOMETHING_ELSE"_s, u"ignored"_s },
    };
    const ConfigResult result = loadConfig(scratch.sources({}, {}, saved));
    QCOMPARE(result.error, QString());
    QCOMPARE(result.config.port, 9000);
    QCOMPARE(result.config.allowedOrigins,
        QStringList({ u"http://a.example"_s, u"https://b.example:8443"_s }));
    QCOMPARE(result.config.apiKey.reveal(), "sk-from-keychain");
    QCOMPARE(result.config.maxBodyBytes, 1 << 20);
    QCOMPARE(result.config.logLevel, u"info"_s);
    QCOMPARE(result.sourceOf.value(u"logLevel"_s), u"default"_s);
}

void TestConfig::normalisation_data()
{
    QTest::addColumn<QString>("setting"); // NAME=value in the environment
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("base url slashes") << u"OPENAI_BASE_URL=https://API.Example.com/v1///"_s
                                      << u"baseUrl"_s << u"https://api.example.com/v1"_s;
    QTest::newRow("base url root") << u"OPENAI_BASE_URL=http://localhost:11434/"_s << u"baseUrl"_s
                                   << u"http://localhost:11434"_s;
    QTest::newRow("base url scheme case")
        << u"OPENAI_BASE_URL=HTTPS://x.example/v1"_s << u"baseUrl"_s << u"https://x.example/v1"_s;
    QTest::newRow("base url blanks")
        << u"OPENAI_BASE_URL=  https://x.example  "_s << u"baseUrl"_s << u"https://x.example"_s;
    QTest::newRow("host brackets") << u"HOST=[::1]"_s << u"host"_s << u"::1"_s;
    QTest::newRow("host localhost case") << u"HOST=LocalHost"_s << u"host"_s << u"localhost"_s;
    QTest::newRow("host ipv6 long form") << u"HOST=0:0:0:0:0:0:0:1"_s << u"host"_s << u"::1"_s;
    QTest::newRow("port blanks") << u"PORT= 8080 "_s << u"port"_s << u"8080"_s;
    QTest::newRow("origins case and slash") << u"MYGPT_ALLOWED_ORIGINS=HTTP://LocalHost:3000/"_s
                                            << u"allowedOrigins"_s << u"http://localhost:3000"_s;
    QTest::newRow("origins default ports")
        << u"MYGPT_ALLOWED_ORIGINS=http://a.example:80,https://b.example:443"_s
        << u"allowedOrigins"_s << u"http://a.example,https://b.example"_s;
    QTest::newRow("origins ipv6 and wildcard port")
        << u"MYGPT_ALLOWED_ORIGINS=http://[::1]:*,http://127.0.0.1:*"_s << u"allowedOrigins"_s
        << u"http://[::1]:*,http://127.0.0.1:*"_s;
    QTest::newRow("origins empty items and duplicates")
        << u"MYGPT_ALLOWED_ORIGINS=, https://a.example,,https://a.example ,"_s
        << u"allowedOrigins"_s << u"https://a.example"_s;
    QTest::newRow("origins other schemes")
        << u"MYGPT_ALLOWED_ORIGINS=chrome-extension://abcdef,tauri://localhost"_s
        << u"allowedOrigins"_s << u"chrome-extension://abcdef,tauri://localhost"_s;
    QTest::newRow("size kib") << u"MYGPT_MAX_BODY=1 MiB"_s << u"maxBodyBytes"_s << u"1048576"_s;
    QTest::newRow("size gb") << u"MYGPT_MAX_BODY=2GB"_s << u"maxBodyBytes"_s << u"2147483648"_s;
    QTest::newRow("size max") << u"MYGPT_MAX_BODY=4G"_s << u"maxBodyBytes"_s << u"4294967296"_s;
    QTest::newRow("size bytes suffix")
        << u"MYGPT_MAX_HEADER=100b"_s << u"maxHeaderBytes"_s << u"100"_s;
    QTest::newRow("header max") << u"MYGPT_MAX_HEADER=16M"_s << u"maxHeaderBytes"_s
                                << u"16777216"_s;
    QTest::newRow("timeout max") << u"MYGPT_IDLE_TIMEOUT=86400"_s << u"idleTimeoutSec"_s
                                 << u"86400"_s;
    QTest::newRow("proxy case") << u"MYGPT_PROXY=SYSTEM"_s << u"outboundProxy"_s << u"system"_s;
    QTest::newRow("proxy with credentials")
        << u"MYGPT_PROXY=http://u:p%40ss@proxy.example:3128/"_s << u"outboundProxy"_s
        << u"http://u:p%40ss@proxy.example:3128"_s;
    QTest::newRow("log level case")
        << u"MYGPT_LOG_LEVEL=Warning"_s << u"logLevel"_s << u"warning"_s;
    QTest::newRow("log dir cleaned")
        << u"MYGPT_LOG_DIR=a/../b/./c/"_s << u"logDir"_s << u"%CWD%/b/c"_s;
    QTest::newRow("key trimmed") << u"OPENAI_API_KEY= sk-abc \n"_s << u"apiKey"_s << u"sk-abc"_s;
}

void TestConfig::normalisation()
{
    QFETCH(QString, setting);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    Scratch scratch;
    const ConfigResult result = loadConfig(scratch.sources({}, { setting }));
    QCOMPARE(result.error, QString());
    QCOMPARE(fieldText(result.config, field), scratch.expand(expected));
}

void TestConfig::envFileLookup_data()
{
    QTest::addColumn<QByteArray>("cwdEnv"); // null: no file; "<dir>": a directory
    QTest::addColumn<QByteArray>("configEnv");
    QTest::addColumn<QStringList>("args"); // %DIR%/custom.env holds PORT=1003
    QTest::addColumn<QString>("used");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("error");
    const QByteArray none;
    const QByteArray cwd = "PORT=1001\n";
    const QByteArray config = "PORT=1002\n";
    const QStringList noArgs;
    QTest::newRow("no .env anywhere") << none << none << noArgs << QString() << 8000 << QString();
    QTest::newRow("cwd only") << cwd << none << noArgs << u"%CWD%/.env"_s << 1001 << QString();
    QTest::newRow("config dir only")
        << none << config << noArgs << u"%CONFIG%/.env"_s << 1002 << QString();
    QTest::newRow("cwd before config dir")
        << cwd << config << noArgs << u"%CWD%/.env"_s << 1001 << QString();
    QTest::newRow("config dir not read when cwd has one")
        << cwd << "garbage"_ba << noArgs << u"%CWD%/.env"_s << 1001 << QString();
    QTest::newRow("empty cwd .env still wins")
        << ""_ba << config << noArgs << u"%CWD%/.env"_s << 8000 << QString();
    QTest::newRow("malformed config dir .env")
        << none << "garbage"_ba << noArgs << QString() << 8000
        << u"mygpt: %CONFIG%/.env line 1: missing '=' (expected KEY=value)"_s;
    QTest::newRow("malformed cwd .env")
        << "PORT=1\nX=\"abc\n"_ba << config << noArgs << QString() << 8000
        << u"mygpt: %CWD%/.env line 2: unterminated quote"_s;
    QTest::newRow("cwd .env is a directory") << "<dir>"_ba << config << noArgs << QString() << 8000
                                             << u"mygpt: cannot read %CWD%/.env: Is a directory"_s;
    QTest::newRow("--env-file beats both")
        << cwd << config << QStringList { u"--env-file"_s, u"%DIR%/custom.env"_s }
        << u"%DIR%/custom.env"_s << 1003 << QString();
    QTest::newRow("--env-file= form")
        << cwd << none << QStringList { u"--env-file=%DIR%/custom.env"_s } << u"%DIR%/custom.env"_s
        << 1003 << QString();
    QTest::newRow("--env-file relative to cwd")
        << none << none << QStringList { u"--env-file"_s, u"../custom.env"_s }
        << u"%DIR%/custom.env"_s << 1003 << QString();
    QTest::newRow("--env-file missing")
        << cwd << config << QStringList { u"--env-file"_s, u"/nope/.env"_s } << QString() << 8000
        << u"mygpt: cannot read --env-file /nope/.env: No such file or directory"_s;
    QTest::newRow("--env-file relative missing")
        << cwd << config << QStringList { u"--env-file"_s, u"missing.env"_s } << QString() << 8000
        << u"mygpt: cannot read --env-file missing.env: No such file or directory"_s;
    QTest::newRow("--env-file is a directory")
        << none << none << QStringList { u"--env-file"_s, u"%CWD%"_s } << QString() << 8000
        << u"mygpt: cannot read --env-file %CWD%: Is a directory"_s;
    QTest::newRow("--env-file malformed")
        << none << none << QStringList { u"--env-file"_s, u"%DIR%/plain.txt"_s } << QString()
        << 8000 << u"mygpt: %DIR%/plain.txt line 1: missing '=' (expected KEY=value)"_s;
    QTest::newRow("--env-file empty") << cwd << none << QStringList { u"--env-file="_s }
                                      << QString() << 8000 << u"mygpt: --env-file needs a path"_s;
}

void TestConfig::envFileLookup()
{
    QFETCH(QByteArray, cwdEnv);
    QFETCH(QByteArray, configEnv);
    QFETCH(QStringList, args);
    QFETCH(QString, used);
    QFETCH(int, port);
    QFETCH(QString, error);
    Scratch scratch;
    QVERIFY(scratch.write(u"%DIR%/custom.env"_s, "PORT=1003\n"_ba));
    if (cwdEnv == "<dir>")
        QVERIFY(QDir(scratch.cwd()).mkdir(u".env"_s));
    else if (!cwdEnv.isNull())
        QVERIFY(scratch.write(u"%CWD%/.env"_s, cwdEnv));
    if (!configEnv.isNull())
        QVERIFY(scratch.write(u"%CONFIG%/.env"_s, configEnv));

    const ConfigResult result = loadConfig(scratch.sources(args));
    QCOMPARE(result.error, scratch.expand(error));
    QCOMPARE(result.exitCode, error.isEmpty() ? 0 : 2);
    QCOMPARE(result.envFileUsed, scratch.expand(used));
    QCOMPARE(result.config.port, port);
    if (error.isEmpty())
        QCOMPARE(result.sourceOf.value(u"port"_s), port == 8000 ? u"default"_s : u".env"_s);
}

void TestConfig::unknownDotEnvSettingWarns()
{
    Scratch scratch;
    QVERIFY(scratch.write(u"%ENV%"_s, "OTHER_TOOL=1\nMYGPT_PORTT=1\n"_ba));
    const QString warning = scratch.envFile() + u" line 2 sets unknown setting MYGPT_PORTT"_s;
    QTest::ignoreMessage(QtWarningMsg, qPrintable(warning));
    const ConfigResult result = loadConfig(scratch.sources());
    QCOMPARE(result.error, QString()); // a typo is worth a warning, not a refusal to start
    QCOMPARE(result.envFileUsed, scratch.envFile());
}
