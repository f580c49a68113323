#include "config/ConfigSchema.h"
#include "tst_config.h"

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
        const QString line = u"\n  "_s + spec.name + u" (default: "_s + spec.defaultText + u")\n"_s;
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
