#include "tst_config.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mygpt;

Scratch::Scratch()
{
    QDir(m_dir.path()).mkpath(u"cwd"_s);
    QDir(m_dir.path()).mkpath(u"config"_s);
    write(u"%DIR%/ca.pem"_s, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"_ba);
    write(u"%DIR%/plain.txt"_s, "not a certificate\n"_ba);
}

QString Scratch::cwd() const
{
    return m_dir.filePath(u"cwd"_s);
}

QString Scratch::configDir() const
{
    return m_dir.filePath(u"config"_s);
}

QString Scratch::envFile() const
{
    return cwd() + u"/.env"_s;
}

bool Scratch::write(const QString &path, const QByteArray &content) const
{
    QFile file(expand(path));
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QString Scratch::expand(QString text) const
{
    return text.replace(u"%ENV%"_s, envFile())
        .replace(u"%CWD%"_s, cwd())
        .replace(u"%CONFIG%"_s, configDir())
        .replace(u"%DIR%"_s, path());
}

QStringList Scratch::expand(const QStringList &texts) const
{
    QStringList out;
    for (const QString &text : texts)
        out << expand(text);
    return out;
}

ConfigSources Scratch::sources(
    const QStringList &args, const QStringList &env, const QVariantMap &saved) const
{
    ConfigSources sources;
    sources.arguments = QStringList { u"mygpt"_s } + expand(args);
    for (const QString &pair : env) {
        const qsizetype eq = pair.indexOf(u'=');
        sources.environment.insert(pair.first(eq), expand(pair.sliced(eq + 1)));
    }
    sources.workingDir = cwd();
    sources.configDir = configDir();
    sources.saved = saved;
    return sources;
}

QString fieldText(const ProxyConfig &c, const QString &field)
{
    const QHash<QString, QString> fields {
        { u"apiKey"_s, QString::fromLatin1(c.apiKey.reveal()) },
        { u"baseUrl"_s, c.baseUrl.toString() },
        { u"host"_s, c.host },
        { u"port"_s, QString::number(c.port) },
        { u"accessKey"_s, QString::fromLatin1(c.accessKey.reveal()) },
        { u"allowedOrigins"_s, c.allowedOrigins.join(u',') },
        { u"firstByteTimeoutSec"_s, QString::number(c.firstByteTimeoutSec) },
        { u"idleTimeoutSec"_s, QString::number(c.idleTimeoutSec) },
        { u"maxBodyBytes"_s, QString::number(c.maxBodyBytes) },
        { u"maxHeaderBytes"_s, QString::number(c.maxHeaderBytes) },
        { u"clientIdleTimeoutSec"_s, QString::number(c.clientIdleTimeoutSec) },
        { u"requestTimeoutSec"_s, QString::number(c.requestTimeoutSec) },
        { u"caFile"_s, c.caFile },
        { u"outboundProxy"_s, c.outboundProxy },
        { u"logDir"_s, c.logDir },
        { u"logLevel"_s, c.logLevel },
    };
    Q_ASSERT(fields.contains(field));
    return fields.value(field);
}

void TestConfig::defaults()
{
    const ConfigResult result = loadConfig({});
    QCOMPARE(result.error, QString());
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!result.shouldExit());
    QCOMPARE(result.mode, ConfigResult::Mode::Gui);
    QCOMPARE(result.envFileUsed, QString());
    const ProxyConfig &c = result.config;
    QVERIFY(c.apiKey.isEmpty());
    QCOMPARE(c.baseUrl, QUrl(u"https://www.dmxapi.com/v1"_s));
    QCOMPARE(c.host, u"127.0.0.1"_s);
    QVERIFY(c.isLoopbackHost());
    QCOMPARE(c.port, 8000);
    QVERIFY(c.accessKey.isEmpty());
    QCOMPARE(c.allowedOrigins, QStringList());
    QCOMPARE(c.firstByteTimeoutSec, 300);
    QCOMPARE(c.idleTimeoutSec, 300);
    QCOMPARE(c.maxBodyBytes, 32 * 1024 * 1024);
    QCOMPARE(c.maxHeaderBytes, 64 * 1024);
    QCOMPARE(c.clientIdleTimeoutSec, 120);
    QCOMPARE(c.requestTimeoutSec, 30);
    QCOMPARE(c.caFile, QString());
    QCOMPARE(c.outboundProxy, u"system"_s);
    QCOMPARE(c.logDir, QString());
    QCOMPARE(c.logLevel, u"info"_s);
    QCOMPARE(c.contentPolicy.level, ContentPolicy::Level::Full);
    QCOMPARE(c.dataDir, QString());
    QCOMPARE(c.storeEnabled, true);
    QCOMPARE(c.retentionDays, 30);
    QCOMPARE(c.storeMaxBytes, qint64(1) << 30);
    QCOMPARE(c.streamUsage, true);
    QCOMPARE(result.sourceOf.size(), 22);
    for (const QString &source : result.sourceOf)
        QCOMPARE(source, u"default"_s);
}

QTEST_GUILESS_MAIN(TestConfig)
