// Start at login: the XDG entry written and removed (XDG_CONFIG_HOME pointed at a temporary
// folder), and the text of every platform's entry.

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "desktop/Autostart.h"

using namespace Qt::StringLiterals;
using namespace mygpt;

class TestAutostart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writtenAndRemoved();
    void disabledByTheDesktop();
    void execQuoting_data();
    void execQuoting();
    void launchAgent();
    void windowsCommand();

private:
    QTemporaryDir m_config;
};

void TestAutostart::initTestCase()
{
    QVERIFY(m_config.isValid());
    // Read by QStandardPaths::GenericConfigLocation on every call.
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
}

void TestAutostart::writtenAndRemoved()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    Autostart autostart(u"/opt/My GPT/bin/mygpt"_s);
    const QString path = m_config.filePath(u"autostart/app.mygpt.MyGPT.desktop"_s);
    QCOMPARE(autostart.location(), path);
    QVERIFY(!autostart.isEnabled());

    QString error;
    QVERIFY2(autostart.setEnabled(true, &error), qPrintable(error));
    QVERIFY(autostart.isEnabled());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("[Desktop Entry]\n"));
    QVERIFY(text.contains("\nExec=\"/opt/My GPT/bin/mygpt\"\n"));
    QVERIFY(text.contains("\nType=Application\n"));
    QVERIFY(text.contains("\nIcon=app.mygpt.MyGPT\n"));
    file.close();

    QVERIFY(autostart.setEnabled(false, &error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!autostart.isEnabled());
    QVERIFY(autostart.setEnabled(false, &error)); // removing twice is fine
#else
    QSKIP("XDG autostart is the Linux one");
#endif
}

void TestAutostart::disabledByTheDesktop()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    Autostart autostart(u"/usr/bin/mygpt"_s);
    QVERIFY(autostart.setEnabled(true));
    QFile file(autostart.location());
    QVERIFY(file.open(QIODevice::Append));
    file.write("Hidden=true\n");
    file.close();
    QVERIFY(!autostart.isEnabled()); // the desktop's own switch is respected
    QVERIFY(autostart.setEnabled(true));
    QVERIFY(autostart.isEnabled());
    QVERIFY(autostart.setEnabled(false));
#else
    QSKIP("XDG autostart is the Linux one");
#endif
}

void TestAutostart::execQuoting_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("exec");
    QTest::newRow("plain") << u"/usr/bin/mygpt"_s << u"/usr/bin/mygpt"_s;
    QTest::newRow("space") << u"/opt/My GPT/mygpt"_s << u"\"/opt/My GPT/mygpt\""_s;
    // Inside quotes $ takes a backslash, which the string escaping then doubles.
    QTest::newRow("dollar") << u"/opt/a$b/mygpt"_s << u"\"/opt/a\\\\$b/mygpt\""_s;
    QTest::newRow("percent") << u"/opt/100%/mygpt"_s << u"/opt/100%%/mygpt"_s;
    QTest::newRow("backslash") << u"/opt/a\\b"_s << u"\"/opt/a\\\\\\\\b\""_s;
}

void TestAutostart::execQuoting()
{
    QFETCH(QString, program);
    QFETCH(QString, exec);
    QCOMPARE(Autostart::desktopExecQuoted(program), exec);
}

void TestAutostart::launchAgent()
{
    const QString plist = Autostart::launchAgentPlist(u"/Applications/My & GPT.app/Contents/MacOS/mygpt"_s);
    QVERIFY(plist.contains(u"<key>Label</key>\n    <string>app.mygpt.MyGPT</string>"_s));
    QVERIFY(plist.contains(u"<string>/Applications/My &amp; GPT.app/Contents/MacOS/mygpt</string>"_s));
    QVERIFY(plist.contains(u"<key>RunAtLoad</key>\n    <true/>"_s));
}

void TestAutostart::windowsCommand()
{
    QCOMPARE(Autostart::windowsRunCommand(u"C:\\Program Files\\MyGPT\\mygpt.exe"_s),
        u"\"C:\\Program Files\\MyGPT\\mygpt.exe\""_s);
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
