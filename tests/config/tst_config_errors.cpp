#include "tst_config.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mygpt;

namespace {

const QString apiKey = u"sk-SECRET-4f9a2c7e81"_s;
const QString accessKey = u"ak-SECRET-b3d05e6f19"_s;

// A failing setting given through the environment.
void addEnvRow(const char *tag, const QString &setting, const QString &error)
{
    QTest::newRow(tag) << QStringList() << QStringList { setting } << QByteArray() << error;
}

} // namespace

void TestConfig::validationErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("env"); // NAME=value; SAVED:NAME=value goes to saved settings
    QTest::addColumn<QByteArray>("dotEnv"); // written to %ENV% unless null
    QTest::addColumn<QString>("error");

    addEnvRow("content policy", u"MYGPT_LOG_CONTENT=some"_s,
              u"mygpt: MYGPT_LOG_CONTENT \"some\" (from the environment) is not full, metadata or a number of characters"_s);
    addEnvRow("store switch", u"MYGPT_STORE=maybe"_s,
              u"mygpt: MYGPT_STORE \"maybe\" (from the environment) is not on or off"_s);
    addEnvRow("retention", u"MYGPT_RETENTION_DAYS=0"_s,
              u"mygpt: MYGPT_RETENTION_DAYS \"0\" (from the environment) is not a number of days (1-36500)"_s);
    addEnvRow("stream usage", u"MYGPT_STREAM_USAGE=sometimes"_s,
              u"mygpt: MYGPT_STREAM_USAGE \"sometimes\" (from the environment) is not on or off"_s);

    const QString port = u" is not a port number (1-65535)"_s;
    addEnvRow(
        "port too big", u"PORT=99999"_s, u"mygpt: PORT \"99999\" (from the environment)"_s + port);
    addEnvRow("port zero", u"PORT=0"_s, u"mygpt: PORT \"0\" (from the environment)"_s + port);
    addEnvRow("port negative", u"PORT=-1"_s, u"mygpt: PORT \"-1\" (from the environment)"_s + port);
    addEnvRow("port text", u"PORT=http"_s, u"mygpt: PORT \"http\" (from the environment)"_s + port);
    addEnvRow(
        "port fraction", u"PORT=80.5"_s, u"mygpt: PORT \"80.5\" (from the environment)"_s + port);
    QTest::newRow("port from command line")
        << QStringList { u"--port"_s, u"99999"_s } << QStringList() << QByteArray()
        << u"mygpt: --port \"99999\" (from the command line)"_s + port;
    QTest::newRow("port from .env") << QStringList() << QStringList() << "\n\nPORT=abc\n"_ba
                                    << u"mygpt: PORT \"abc\" (from .env %ENV%)"_s + port;

    QTest::newRow("base url ftp")
        << QStringList() << QStringList() << "OPENAI_BASE_URL=ftp://x"_ba
        << u"mygpt: OPENAI_BASE_URL \"ftp://x\" (from .env %ENV%) must start "
           u"with http:// or https://"_s;
    QTest::newRow("base url no scheme")
        << QStringList { u"--base-url"_s, u"api.example.com"_s } << QStringList() << QByteArray()
        << u"mygpt: --base-url \"api.example.com\" (from the command "
           u"line) must start with http:// or https://"_s;
    addEnvRow("base url no host", u"OPENAI_BASE_URL=https://"_s,
        u"mygpt: OPENAI_BASE_URL \"https://\" (from the environment) is not a valid URL"_s);
    addEnvRow("base url bad host", u"OPENAI_BASE_URL=https://exa mple.com"_s,
        u"mygpt: OPENAI_BASE_URL \"https://exa mple.com\" (from the environment) is not a valid URL"_s);
    addEnvRow("base url credentials", u"OPENAI_BASE_URL=https://me:hunter2@x.example/v1"_s,
        u"mygpt: OPENAI_BASE_URL \"https://me:***@x.example/v1\" (from the environment) must not "
        u"contain a user name or password (the key goes in OPENAI_API_KEY)"_s);
    addEnvRow("base url query", u"OPENAI_BASE_URL=https://x.example/v1?a=b"_s,
        u"mygpt: OPENAI_BASE_URL \"https://x.example/v1?a=b\" (from the environment) must not "
        u"contain a query (?) or fragment (#)"_s);

    QTest::newRow("env file missing")
        << QStringList { u"--env-file"_s, u"/nope/.env"_s } << QStringList() << QByteArray()
        << u"mygpt: cannot read --env-file /nope/.env: No such file or directory"_s;
    QTest::newRow("env file malformed")
        << QStringList() << QStringList() << "A=1\n# c\nB=\"oops\n"_ba
        << u"mygpt: %ENV% line 3: unterminated quote"_s;

    const QString seconds = u" is not a number of seconds (1-86400)"_s;
    addEnvRow("first byte zero", u"MYGPT_FIRST_BYTE_TIMEOUT=0"_s,
        u"mygpt: MYGPT_FIRST_BYTE_TIMEOUT \"0\" (from the environment)"_s + seconds);
    addEnvRow("idle negative", u"MYGPT_IDLE_TIMEOUT=-5"_s,
        u"mygpt: MYGPT_IDLE_TIMEOUT \"-5\" (from the environment)"_s + seconds);
    addEnvRow("client idle text", u"MYGPT_CLIENT_IDLE_TIMEOUT=2m"_s,
        u"mygpt: MYGPT_CLIENT_IDLE_TIMEOUT \"2m\" (from the environment)"_s + seconds);
    addEnvRow("request too long", u"MYGPT_REQUEST_TIMEOUT=86401"_s,
        u"mygpt: MYGPT_REQUEST_TIMEOUT \"86401\" (from the environment)"_s + seconds);
    addEnvRow("timeout overflow", u"MYGPT_REQUEST_TIMEOUT=99999999999999"_s,
        u"mygpt: MYGPT_REQUEST_TIMEOUT \"99999999999999\" (from the environment)"_s + seconds);

    const QString size = u" is not a size (a positive number of bytes, or with a K, M or G suffix "
                         u"such as 32M)"_s;
    addEnvRow("body zero", u"MYGPT_MAX_BODY=0"_s,
        u"mygpt: MYGPT_MAX_BODY \"0\" (from the environment)"_s + size);
    addEnvRow("body negative", u"MYGPT_MAX_BODY=-1"_s,
        u"mygpt: MYGPT_MAX_BODY \"-1\" (from the environment)"_s + size);
    addEnvRow("body text", u"MYGPT_MAX_BODY=lots"_s,
        u"mygpt: MYGPT_MAX_BODY \"lots\" (from the environment)"_s + size);
    addEnvRow("body bad suffix", u"MYGPT_MAX_BODY=5T"_s,
        u"mygpt: MYGPT_MAX_BODY \"5T\" (from the environment)"_s + size);
    addEnvRow("body too large", u"MYGPT_MAX_BODY=5G"_s,
        u"mygpt: MYGPT_MAX_BODY \"5G\" (from the environment) is too large (at most 4G)"_s);
    addEnvRow("body overflow", u"MYGPT_MAX_BODY=99999999999999999999"_s,
        u"mygpt: MYGPT_MAX_BODY \"99999999999999999999\" (from the environment)"_s + size);
    addEnvRow("header too large", u"MYGPT_MAX_HEADER=17M"_s,
        u"mygpt: MYGPT_MAX_HEADER \"17M\" (from the environment) is too large (at most 16M)"_s);
    addEnvRow("header zero k", u"MYGPT_MAX_HEADER=0K"_s,
        u"mygpt: MYGPT_MAX_HEADER \"0K\" (from the environment)"_s + size);

    const QString host = u" is not an IP address or localhost"_s;
    addEnvRow("host name", u"HOST=example.com"_s,
        u"mygpt: HOST \"example.com\" (from the environment)"_s + host);
    addEnvRow("host short ipv4", u"HOST=127.1"_s,
        u"mygpt: HOST \"127.1\" (from the environment)"_s + host);
    addEnvRow(
        "host number", u"HOST=8000"_s, u"mygpt: HOST \"8000\" (from the environment)"_s + host);
    addEnvRow("host octal", u"HOST=010.0.0.1"_s,
        u"mygpt: HOST \"010.0.0.1\" (from the environment)"_s + host);
    QTest::newRow("host out of range")
        << QStringList { u"--host"_s, u"999.1.1.1"_s } << QStringList() << QByteArray()
        << u"mygpt: --host \"999.1.1.1\" (from the command line)"_s + host;

    const QString origin = u", which is not * or an origin such as http://localhost:3000"_s;
    addEnvRow("origin bare word", u"MYGPT_ALLOWED_ORIGINS=foo"_s,
        u"mygpt: MYGPT_ALLOWED_ORIGINS \"foo\" (from the environment) contains \"foo\""_s + origin);
    addEnvRow("origin with path", u"MYGPT_ALLOWED_ORIGINS=http://a.example, http://b.example/app"_s,
        u"mygpt: MYGPT_ALLOWED_ORIGINS \"http://a.example, http://b.example/app\" (from the "
        u"environment) contains \"http://b.example/app\""_s
            + origin);
    addEnvRow("origin null", u"MYGPT_ALLOWED_ORIGINS=null"_s,
        u"mygpt: MYGPT_ALLOWED_ORIGINS \"null\" (from the environment) contains \"null\""_s
            + origin);
    addEnvRow("origin bad port", u"MYGPT_ALLOWED_ORIGINS=http://x:99999"_s,
        u"mygpt: MYGPT_ALLOWED_ORIGINS \"http://x:99999\" (from the environment) contains "
        u"\"http://x:99999\""_s
            + origin);
    addEnvRow("origin host wildcard", u"MYGPT_ALLOWED_ORIGINS=https://*.example.com"_s,
        u"mygpt: MYGPT_ALLOWED_ORIGINS \"https://*.example.com\" (from the environment) contains "
        u"\"https://*.example.com\""_s
            + origin);

    const QString proxy = u" is not system, none, or a proxy URL such as http://host:port or "
                          u"socks5://host:port"_s;
    addEnvRow("proxy word", u"MYGPT_PROXY=auto"_s,
        u"mygpt: MYGPT_PROXY \"auto\" (from the environment)"_s + proxy);
    addEnvRow("proxy scheme", u"MYGPT_PROXY=ftp://p.example:21"_s,
        u"mygpt: MYGPT_PROXY \"ftp://p.example:21\" (from the environment)"_s + proxy);
    addEnvRow("proxy no port", u"MYGPT_PROXY=http://p.example"_s,
        u"mygpt: MYGPT_PROXY \"http://p.example\" (from the environment)"_s + proxy);
    addEnvRow("proxy path", u"MYGPT_PROXY=http://p.example:3128/x"_s,
        u"mygpt: MYGPT_PROXY \"http://p.example:3128/x\" (from the environment)"_s + proxy);
    addEnvRow("proxy password hidden", u"MYGPT_PROXY=https://u:hunter2@p.example:3128"_s,
        u"mygpt: MYGPT_PROXY \"https://u:***@p.example:3128\" (from the environment)"_s + proxy);

    addEnvRow("ca missing", u"MYGPT_CA_FILE=%DIR%/missing.pem"_s,
        u"mygpt: MYGPT_CA_FILE \"%DIR%/missing.pem\" (from the environment) cannot be read: No "
        u"such "
        u"file or directory"_s);
    addEnvRow("ca directory", u"MYGPT_CA_FILE=%DIR%"_s,
        u"mygpt: MYGPT_CA_FILE \"%DIR%\" (from the environment) cannot be read: Is a directory"_s);
    addEnvRow("ca not pem", u"MYGPT_CA_FILE=../plain.txt"_s,
        u"mygpt: MYGPT_CA_FILE \"../plain.txt\" (from the environment) does not contain a PEM "
        u"certificate (-----BEGIN CERTIFICATE-----)"_s);

    addEnvRow("log level", u"MYGPT_LOG_LEVEL=verbose"_s,
        u"mygpt: MYGPT_LOG_LEVEL \"verbose\" (from the environment) is not one of debug, info, "
        u"warning, error"_s);
    addEnvRow("api key with space", u"OPENAI_API_KEY=sk-abc def"_s,
        u"mygpt: OPENAI_API_KEY (from the environment) must be printable ASCII without spaces"_s);
    QTest::newRow("access key with newline")
        << QStringList() << QStringList() << "MYGPT_ACCESS_KEY=\"ak-1\\nak-2\""_ba
        << u"mygpt: MYGPT_ACCESS_KEY (from .env %ENV%) must be "
           u"printable ASCII without spaces"_s;

    const QString network = u" accepts connections from the network; set MYGPT_ACCESS_KEY so that "
                            u"only clients that know it can spend your API key"_s;
    addEnvRow("any address", u"HOST=0.0.0.0"_s, u"mygpt: HOST 0.0.0.0"_s + network);
    addEnvRow("any ipv6 address", u"HOST=::"_s, u"mygpt: HOST ::"_s + network);
    QTest::newRow("lan address") << QStringList { u"--host"_s, u"192.168.1.20"_s } << QStringList()
                                 << QByteArray() << u"mygpt: HOST 192.168.1.20"_s + network;

    QTest::newRow("saved settings")
        << QStringList() << QStringList { u"SAVED:PORT=x"_s } << QByteArray()
        << u"mygpt: PORT \"x\" (from saved settings)"_s + port;
    addEnvRow("control characters escaped", u"PORT=80\n81\u0007"_s,
        u"mygpt: PORT \"80\\n81\\u0007\" (from the environment)"_s + port);
    addEnvRow("long value cut", u"PORT="_s + QString(200, u'9'),
        u"mygpt: PORT \""_s + QString(120, u'9') + u"...\" (from the environment)"_s + port);
}

void TestConfig::validationErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, env);
    QFETCH(QByteArray, dotEnv);
    QFETCH(QString, error);
    Scratch scratch;
    if (!dotEnv.isNull())
        QVERIFY(scratch.write(u"%ENV%"_s, dotEnv));
    QVariantMap saved;
    QStringList environment;
    for (const QString &pair : std::as_const(env)) {
        if (pair.startsWith(u"SAVED:"_s))
            saved.insert(pair.sliced(6).section(u'=', 0, 0), pair.section(u'=', 1));
        else
            environment << pair;
    }
    const ConfigResult result = loadConfig(scratch.sources(args, environment, saved));
    QCOMPARE(result.error, scratch.expand(error));
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.shouldExit());
    QVERIFY(!result.error.contains(u'\n'));
}

void TestConfig::keysNeverInMessages_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QByteArray>("dotEnv");
    const QStringList keys { u"OPENAI_API_KEY="_s + apiKey, u"MYGPT_ACCESS_KEY="_s + accessKey };
    const QByteArray dotKeys
        = (u"OPENAI_API_KEY="_s + apiKey + u"\nMYGPT_ACCESS_KEY="_s + accessKey + u'\n').toUtf8();
    const QStringList none;
    QTest::newRow("bad port, keys in env")
        << none << keys + QStringList { u"PORT=x"_s } << QByteArray();
    QTest::newRow("bad port, keys in .env") << none << QStringList { u"PORT=x"_s } << dotKeys;
    QTest::newRow("api key pasted as base url")
        << none << keys + QStringList { u"OPENAI_BASE_URL="_s + apiKey } << QByteArray();
    QTest::newRow("access key pasted as host")
        << none << keys + QStringList { u"HOST="_s + accessKey } << QByteArray();
    QTest::newRow("api key pasted as origin")
        << none << keys + QStringList { u"MYGPT_ALLOWED_ORIGINS=*,"_s + apiKey } << QByteArray();
    QTest::newRow("key pasted on the command line")
        << QStringList { u"--port"_s, apiKey } << keys << QByteArray();
    QTest::newRow("key as positional argument") << QStringList { apiKey } << keys << QByteArray();
    QTest::newRow("api key with space")
        << none << QStringList { u"OPENAI_API_KEY="_s + apiKey + u" x"_s } << QByteArray();
    QTest::newRow("access key with control char")
        << none << QStringList { u"MYGPT_ACCESS_KEY="_s + accessKey + u"\u0001"_s } << QByteArray();
    QTest::newRow("key line in malformed .env")
        << none << keys << dotKeys + apiKey.toUtf8() + "\nX=\"" + accessKey.toUtf8();
    QTest::newRow("host needs access key")
        << none << QStringList { u"OPENAI_API_KEY="_s + apiKey, u"HOST=0.0.0.0"_s } << QByteArray();
    QTest::newRow("help") << QStringList { u"--help"_s } << keys << dotKeys;
}

void TestConfig::keysNeverInMessages()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, env);
    QFETCH(QByteArray, dotEnv);
    Scratch scratch;
    if (!dotEnv.isNull())
        QVERIFY(scratch.write(u"%ENV%"_s, dotEnv));
    const ConfigResult result = loadConfig(scratch.sources(args, env));
    QVERIFY(result.shouldExit());
    const QString output = result.error + result.helpText;
    QVERIFY(!output.isEmpty());
    // Any 8 characters of a key would already be too many.
    for (const QString &key : { apiKey, accessKey }) {
        for (qsizetype i = 0; i + 8 <= key.size(); ++i)
            QVERIFY2(!output.contains(key.mid(i, 8)), qPrintable(output));
    }
}
