#include "config/ConfigSchema.h"
#include "log/Translations.h"
#include "tst_config.h"

#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mygpt;
using Mode = ConfigResult::Mode;

void TestConfig::commandLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<bool>("help");
    QTest::addColumn<bool>("version");
    QTest::addColumn<QString>("error");
    const QStringList noEnv;
    const QString ok;
    QTest::newRow("nothing") << QStringList() << noEnv << Mode::Gui << false << false << ok;
    QTest::newRow("headless") << QStringList { u"--headless"_s } << noEnv << Mode::Headless << false
                              << false << ok;
    QTest::newRow("windowed") << QStringList { u"--windowed"_s } << noEnv << Mode::Windowed << false
                              << false << ok;
    QTest::newRow("-h") << QStringList { u"-h"_s } << noEnv << Mode::Gui << true << false << ok;
    QTest::newRow("--help") << QStringList { u"--help"_s } << noEnv << Mode::Gui << true << false
                            << ok;
    QTest::newRow("-v") << QStringList { u"-v"_s } << noEnv << Mode::Gui << false << true << ok;
    QTest::newRow("--version") << QStringList { u"--version"_s } << noEnv << Mode::Gui << false
                               << true << ok;
    QTest::newRow("help skips validation")
        << QStringList { u"--help"_s, u"--port"_s, u"0"_s } << QStringList { u"HOST=bad"_s }
        << Mode::Gui << true << false << ok;
    QTest::newRow("options with =") << QStringList { u"--host=127.0.0.5"_s, u"--port=1234"_s }
                                    << noEnv << Mode::Gui << false << false << ok;
    QTest::newRow("unknown option")
        << QStringList { u"--bogus"_s } << noEnv << Mode::Gui << false << false
        << u"mygpt: unknown option --bogus (see mygpt --help)"_s;
    QTest::newRow("unknown short option")
        << QStringList { u"-x"_s } << noEnv << Mode::Gui << false << false
        << u"mygpt: unknown option -x (see mygpt --help)"_s;
    QTest::newRow("unknown beats help")
        << QStringList { u"--help"_s, u"--api-key=sk-1"_s } << noEnv << Mode::Gui << false << false
        << u"mygpt: unknown option --api-key (see mygpt --help)"_s;
    QTest::newRow("missing value") << QStringList { u"--port"_s } << noEnv << Mode::Gui << false
                                   << false << u"mygpt: Missing value after '--port'."_s;
    QTest::newRow("positional") << QStringList { u"--headless"_s, u"extra"_s } << noEnv << Mode::Gui
                                << false << false
                                << u"mygpt: unexpected argument \"extra\" (see mygpt --help)"_s;
    QTest::newRow("both modes") << QStringList { u"--headless"_s, u"--windowed"_s } << noEnv
                                << Mode::Gui << false << false
                                << u"mygpt: --headless and --windowed cannot be used together"_s;
}

void TestConfig::commandLine()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, env);
    QFETCH(Mode, mode);
    QFETCH(bool, help);
    QFETCH(bool, version);
    QFETCH(QString, error);
    Scratch scratch;
    const ConfigResult result = loadConfig(scratch.sources(args, env));
    QCOMPARE(result.error, error);
    QCOMPARE(result.exitCode, error.isEmpty() ? 0 : 2);
    QCOMPARE(result.mode, mode);
    QCOMPARE(result.showHelp, help);
    QCOMPARE(result.showVersion, version);
    QCOMPARE(result.shouldExit(), help || version || !error.isEmpty());
    if (version)
        QCOMPARE(result.helpText, u"mygpt " MYGPT_VERSION u"\n"_s);
    else if (!help)
        QCOMPARE(result.helpText, QString());
}

void TestConfig::helpListsEverything()
{
    Scratch scratch;
    const ConfigResult result = loadConfig(scratch.sources({ u"--help"_s }));
    const QString &help = result.helpText;
    for (const QString &option : { u"--headless"_s, u"--windowed"_s, u"--host HOST"_s,
             u"--port PORT"_s, u"--env-file PATH"_s, u"--base-url URL"_s, u"--log-dir DIR"_s,
             u"-h, --help"_s, u"-v, --version"_s }) {
        QVERIFY2(help.contains(option), qPrintable(option));
    }
    QVERIFY(help.contains(scratch.configDir() + u"/.env"_s));
    QVERIFY(help.contains(QStringLiteral(MYGPT_VERSION)));
    for (const SettingSpec &spec : settingSpecs()) {
        const QString line
            = u"\n  "_s + spec.name + u" (default: "_s + spec.shownDefault() + u")\n"_s;
        QVERIFY2(help.contains(line), qPrintable(line));
    }
    for (const QString &value : { u"https://www.dmxapi.com/v1"_s, u"127.0.0.1"_s, u"8000"_s,
             u"300"_s, u"32M"_s, u"64K"_s, u"120"_s, u"30"_s, u"system"_s, u"info"_s }) {
        QVERIFY2(help.contains(u"(default: "_s + value + u")\n"_s), qPrintable(value));
    }
    for (const QStringView line : QStringView(help).split(u'\n'))
        QVERIFY2(line.size() <= 100, qPrintable(line.toString()));
    QCOMPARE(settingSpecs().size(), qsizetype(22));
}

namespace {

// Terminal columns: CJK ideographs and full-width punctuation take two.
qsizetype displayWidth(QStringView line)
{
    qsizetype width = 0;
    for (const QChar c : line)
        width += (c.unicode() >= 0x2e80 && c.unicode() <= 0xa4cf)
                || (c.unicode() >= 0xff00 && c.unicode() <= 0xff60)
            ? 2
            : 1;
    return width;
}

} // namespace

// With the Chinese translation installed, --help is Chinese (the setting texts of the
// SettingSpec table too) and still wraps to the terminal, though Chinese has no spaces.
void TestConfig::helpIsTranslated()
{
    const auto restore = qScopeGuard([] { installTranslations(u"en"_s); });
    QVERIFY(installTranslations(u"zh_CN"_s));
    Scratch scratch;
    const QString help = loadConfig(scratch.sources({ u"--help"_s })).helpText;
    QVERIFY2(help.startsWith(u"用法：mygpt [选项]\n"_s), qPrintable(help));
    QVERIFY2(help.contains(u"显示此帮助并退出。"_s), qPrintable(help));
    QVERIFY2(help.contains(u"\n  PORT（默认：8000）\n      监听端口（1-65535）。\n"_s),
        qPrintable(help));
    QVERIFY2(help.contains(u"\n  OPENAI_API_KEY（默认：未设置）\n"_s), qPrintable(help));
    QVERIFY(!help.contains(u"Show this help"_s));
    const auto unwrapped = [](QString text) { return text.remove(u'\n').remove(u' '); };
    for (const SettingSpec &spec : settingSpecs()) {
        QVERIFY2(unwrapped(help).contains(unwrapped(spec.shownHelp())), spec.help);
        QVERIFY2(spec.shownHelp() != QLatin1StringView(spec.help), spec.help); // translated
    }
    // Option names and placeholders are what the user types: never translated.
    for (const QString &option : { u"--port PORT"_s, u"--env-file PATH"_s, u"-h, --help"_s })
        QVERIFY2(help.contains(option), qPrintable(option));
    for (const QStringView line : QStringView(help).split(u'\n'))
        QVERIFY2(displayWidth(line) <= 80, qPrintable(line.toString()));
}

// The pieces of an error (setting, value, source, what is wrong) read as one Chinese sentence.
void TestConfig::errorsAreTranslated_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("error");
    QTest::newRow("port from the environment")
        << QStringList() << QStringList { u"PORT=99999"_s }
        << uR"(mygpt: PORT "99999"（来源：环境变量）不是有效的端口号（1-65535）)"_s;
    QTest::newRow("base url from the command line")
        << QStringList { u"--base-url"_s, u"ftp://x.example"_s } << QStringList()
        << uR"(mygpt: --base-url "ftp://x.example"（来源：命令行）必须以 http:// 或 https:// 开头)"_s;
    QTest::newRow("unknown option") << QStringList { u"--bogus"_s } << QStringList()
                                    << u"mygpt: 未知选项 --bogus（参见 mygpt --help）"_s;
    QTest::newRow("missing env file")
        << QStringList { u"--env-file"_s, u"%DIR%/none.env"_s } << QStringList()
        << u"mygpt: 无法读取 --env-file %DIR%/none.env：文件或目录不存在"_s;
    QTest::newRow("network host")
        << QStringList { u"--host"_s, u"0.0.0.0"_s } << QStringList()
        << u"mygpt: HOST 0.0.0.0 会接受来自网络的连接；请设置 "
           u"MYGPT_ACCESS_KEY，使只有知道它的客户端才能使用您的 API 密钥"_s;
}

void TestConfig::errorsAreTranslated()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, env);
    QFETCH(QString, error);
    const auto restore = qScopeGuard([] { installTranslations(u"en"_s); });
    QVERIFY(installTranslations(u"zh_CN"_s));
    Scratch scratch;
    const ConfigResult result = loadConfig(scratch.sources(scratch.expand(args), env));
    QCOMPARE(result.error, scratch.expand(error));
    QCOMPARE(result.exitCode, 2);
}
