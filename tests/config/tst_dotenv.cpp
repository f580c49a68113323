#include "config/DotEnv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using mygpt::DotEnvFile;
using mygpt::DotEnvResult;

namespace {

// "line:KEY=value" and "line:message": one string per item keeps the data tables readable.
QStringList entriesOf(const DotEnvResult &result)
{
    QStringList out;
    for (const auto &entry : result.entries)
        out << u"%1:%2=%3"_s.arg(QString::number(entry.line), entry.key, entry.value);
    return out;
}

QStringList errorsOf(const DotEnvResult &result)
{
    QStringList out;
    for (const auto &error : result.errors)
        out << u"%1:%2"_s.arg(QString::number(error.line), error.message);
    return out;
}

const QString noEquals = u"missing '=' (expected KEY=value)"_s;
const QString badKey = u"invalid variable name (use letters, digits and _)"_s;
const QString unterminated = u"unterminated quote"_s;
const QString afterQuote = u"unexpected text after the closing quote"_s;

} // namespace

class TestDotEnv final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void garbageNeverCrashes_data();
    void garbageNeverCrashes();
    void hugeInputsAreFast_data();
    void hugeInputsAreFast();
    void loadFile_data();
    void loadFile();
    void unreadableFile();
};

void TestDotEnv::parse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QStringList>("errors");
    const QStringList none;

    QTest::newRow("empty") << QByteArray() << none << none;
    QTest::newRow("plain") << "KEY=value\n"_ba << QStringList { u"1:KEY=value"_s } << none;
    QTest::newRow("no final newline")
        << "A=1\nB=2"_ba << QStringList { u"1:A=1"_s, u"2:B=2"_s } << none;
    QTest::newRow("lowercase and digits") << "a_1=x"_ba << QStringList { u"1:a_1=x"_s } << none;
    QTest::newRow("export") << "export KEY=v"_ba << QStringList { u"1:KEY=v"_s } << none;
    QTest::newRow("export with tabs")
        << "export\t KEY = v"_ba << QStringList { u"1:KEY=v"_s } << none;
    QTest::newRow("key named export")
        << "export=1\nexport = 2"_ba << QStringList { u"1:export=1"_s, u"2:export=2"_s } << none;
    QTest::newRow("spaces around =")
        << "  KEY \t=  value  \n"_ba << QStringList { u"1:KEY=value"_s } << none;
    QTest::newRow("comments and blanks")
        << "# c\n\n   # indented\n\t\nK=v\n#K=w\n"_ba << QStringList { u"5:K=v"_s } << none;
    QTest::newRow("crlf") << "A=1\r\nB=\"x\"\r\n\r\nC=3\r\n"_ba
                          << QStringList { u"1:A=1"_s, u"2:B=x"_s, u"4:C=3"_s } << none;
    QTest::newRow("bom") << "\xEF\xBB\xBFKEY=v\r\n"_ba << QStringList { u"1:KEY=v"_s } << none;
    QTest::newRow("bom only at start")
        << "A=x\xEF\xBB\xBF"_ba << QStringList { u"1:A=x\uFEFF"_s } << none;
    QTest::newRow("equals in value") << "K=a=b==c"_ba << QStringList { u"1:K=a=b==c"_s } << none;
    QTest::newRow("utf-8 value") << "K=grüß 日本"_ba << QStringList { u"1:K=grüß 日本"_s } << none;
    QTest::newRow("inner spaces kept")
        << "K=a  b\tc  "_ba << QStringList { u"1:K=a  b\tc"_s } << none;

    QTest::newRow("empty value") << "K=\nL=   \n"_ba << QStringList { u"1:K="_s, u"2:L="_s }
                                 << none;
    QTest::newRow("empty quotes") << "K=\"\"\nL=''"_ba << QStringList { u"1:K="_s, u"2:L="_s }
                                  << none;

    QTest::newRow("inline comment")
        << "K=value # comment"_ba << QStringList { u"1:K=value"_s } << none;
    QTest::newRow("inline comment tab")
        << "K=value\t#c"_ba << QStringList { u"1:K=value"_s } << none;
    QTest::newRow("hash without space kept") << "K=a#b"_ba << QStringList { u"1:K=a#b"_s } << none;
    QTest::newRow("value starting with hash") << "K=#b"_ba << QStringList { u"1:K=#b"_s } << none;
    QTest::newRow("only a comment") << "K= # c"_ba << QStringList { u"1:K="_s } << none;

    QTest::newRow("single quotes literal")
        << R"(K='a\nb "c" # d \\')"_ba << QStringList { uR"(1:K=a\nb "c" # d \\)"_s } << none;
    QTest::newRow("single quotes multiline")
        << "K='a\nb'\nL=1"_ba << QStringList { u"1:K=a\nb"_s, u"3:L=1"_s } << none;
    QTest::newRow("double quote escapes")
        << R"(K="a\nb\tc\"d\\e")"_ba << QStringList { u"1:K=a\nb\tc\"d\\e"_s } << none;
    QTest::newRow("unknown escape kept")
        << R"(K="a\xb\$c\'")"_ba << QStringList { uR"(1:K=a\xb\$c\')"_s } << none;
    QTest::newRow("double quotes keep hash and quote")
        << R"(K="a # b 'c'")"_ba << QStringList { u"1:K=a # b 'c'"_s } << none;
    QTest::newRow("double quotes multiline")
        << "A=\"line1\nline2\n\"\nB=2\n"_ba << QStringList { u"1:A=line1\nline2\n"_s, u"4:B=2"_s }
        << none;
    QTest::newRow("multiline crlf becomes lf")
        << "A=\"x\r\ny\"\r\nB=2"_ba << QStringList { u"1:A=x\ny"_s, u"3:B=2"_s } << none;
    QTest::newRow("quoted then comment")
        << "K=\"v\"  # c\nL='w'#c"_ba << QStringList { u"1:K=v"_s, u"2:L=w"_s } << none;
    QTest::newRow("quoted then blanks") << "K=\"v\"  \t"_ba << QStringList { u"1:K=v"_s } << none;
    QTest::newRow("quoted keeps spaces")
        << "K=\"  v  \""_ba << QStringList { u"1:K=  v  "_s } << none;
    QTest::newRow("duplicates kept in order")
        << "K=1\nK=2"_ba << QStringList { u"1:K=1"_s, u"2:K=2"_s } << none;

    QTest::newRow("no equals") << "A=1\nsk-not-a-line\nB=2"_ba
                               << QStringList { u"1:A=1"_s, u"3:B=2"_s }
                               << QStringList { u"2:"_s + noEquals };
    QTest::newRow("export without equals")
        << "export KEY"_ba << none << QStringList { u"1:"_s + noEquals };
    QTest::newRow("space in key") << "MY KEY=1"_ba << none << QStringList { u"1:"_s + noEquals };
    QTest::newRow("colon syntax") << "KEY: value"_ba << none << QStringList { u"1:"_s + noEquals };
    QTest::newRow("digit first") << "\n1KEY=1"_ba << none << QStringList { u"2:"_s + badKey };
    QTest::newRow("dash in key") << "MY-KEY=1"_ba << none << QStringList { u"1:"_s + badKey };
    QTest::newRow("empty key") << "=1"_ba << none << QStringList { u"1:"_s + badKey };
    QTest::newRow("non-ascii key") << "KÉY=1"_ba << none << QStringList { u"1:"_s + badKey };
    QTest::newRow("unterminated double")
        << "A=1\nB=2\nC=\"abc\nD=4\n"_ba << QStringList { u"1:A=1"_s, u"2:B=2"_s }
        << QStringList { u"3:"_s + unterminated };
    QTest::newRow("unterminated single")
        << "A='abc"_ba << none << QStringList { u"1:"_s + unterminated };
    QTest::newRow("trailing backslash")
        << "A=\"abc\\"_ba << none << QStringList { u"1:"_s + unterminated };
    QTest::newRow("escaped closing quote")
        << R"(A="abc\")"_ba << none << QStringList { u"1:"_s + unterminated };
    QTest::newRow("text after quote")
        << "A=\"x\"y\nB=1"_ba << QStringList { u"2:B=1"_s } << QStringList { u"1:"_s + afterQuote };
    QTest::newRow("invalid utf-8") << "A=\xff\xfe\nB=ok"_ba << QStringList { u"2:B=ok"_s }
                                   << QStringList { u"1:value is not valid UTF-8"_s };
    QTest::newRow("several errors")
        << "x\nA=1\n-=2\n  y z\n"_ba << QStringList { u"2:A=1"_s }
        << QStringList { u"1:"_s + noEquals, u"3:"_s + badKey, u"4:"_s + noEquals };
    QTest::newRow("line numbers after multiline error")
        << "A=\"1\n2\"\nbad\n"_ba << QStringList { u"1:A=1\n2"_s }
        << QStringList { u"3:"_s + noEquals };
}

void TestDotEnv::parse()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, entries);
    QFETCH(QStringList, errors);
    const DotEnvResult result = mygpt::parseDotEnv(text);
    QCOMPARE(entriesOf(result), entries);
    QCOMPARE(errorsOf(result), errors);
    QCOMPARE(result.ok(), errors.isEmpty());
}

void TestDotEnv::garbageNeverCrashes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("nul bytes") << QByteArray(1000, '\0');
    QTest::newRow("nul in value") << QByteArray("K=a\0b\nL=\"\0\"", 11);
    QTest::newRow("only quotes") << QByteArray(1001, '"');
    QTest::newRow("only backslashes") << "K=\""_ba + QByteArray(1001, '\\');
    QTest::newRow("only equals") << QByteArray(1000, '=');
    QTest::newRow("only cr") << QByteArray(1000, '\r');
    QTest::newRow("half bom") << "\xEF\xBB"_ba;
    QTest::newRow("lone surrogate utf-8") << "K=\xED\xA0\x80"_ba;
    QRandomGenerator random(20240601); // fixed seed: failures must reproduce
    for (int i = 0; i < 200; ++i) {
        QByteArray bytes(random.bounded(1, 4096), Qt::Uninitialized);
        const char alphabet[] = "AZ_az09 =\t\"'\\#\n\r\xff\xef\xbb\xbf"
                                "export";
        const bool small = i % 2 == 0; // dotenv syntax characters hit more paths than pure noise
        for (char &c : bytes)
            c = small ? alphabet[random.bounded(int(sizeof alphabet) - 1)]
                      : char(random.bounded(256));
        QTest::addRow("random %d", i) << bytes;
    }
}

void TestDotEnv::garbageNeverCrashes()
{
    QFETCH(QByteArray, text);
    const DotEnvResult result = mygpt::parseDotEnv(text);
    const int lines = int(text.count('\n')) + 1;
    QVERIFY(result.errors.size() <= 101);
    for (const auto &entry : result.entries) {
        QVERIFY(entry.line >= 1 && entry.line <= lines);
        QVERIFY(!entry.key.isEmpty());
    }
    for (const auto &error : result.errors)
        QVERIFY(error.line >= 1 && error.line <= lines);
}

void TestDotEnv::hugeInputsAreFast_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("entries");
    constexpr qsizetype size = 2 * 1024 * 1024; // twice the file cap; quadratic would take hours
    QTest::newRow("one long value") << "K="_ba + QByteArray(size, 'a') << 1;
    QTest::newRow("long value with spaces") << "K=a"_ba + QByteArray(size, ' ') + "b"_ba << 1;
    QTest::newRow("long quoted value") << "K=\""_ba + QByteArray(size, 'a') + "\""_ba << 1;
    QTest::newRow("unterminated escapes") << "K=\""_ba + QByteArray(size, '\\') << 0;
    QTest::newRow("unterminated newlines") << "K='"_ba + QByteArray(size, '\n') << 0;
    QTest::newRow("one long key") << QByteArray(size, 'K') + "=v"_ba << 1;
    QTest::newRow("many lines") << "K=v\n"_ba.repeated(size / 4) << int(size / 4);
    QTest::newRow("many bad lines") << "x\n"_ba.repeated(size / 2) << 0;
    QTest::newRow("many quotes") << QByteArray(size, '"') << 0;
    QTest::newRow("many hashes after blank") << "K=a"_ba + " #"_ba.repeated(size / 2) << 1;
    QTest::newRow("many crlf") << "\r\n"_ba.repeated(size / 2) << 0;
}

void TestDotEnv::hugeInputsAreFast()
{
    QFETCH(QByteArray, text);
    QFETCH(int, entries);
    QElapsedTimer timer;
    timer.start();
    const DotEnvResult result = mygpt::parseDotEnv(text);
    QCOMPARE(result.entries.size(), entries);
    // Linear work on 2 MiB takes a fraction of a second even unoptimised; under ASan (a
    // Debug build, every allocation instrumented) "many lines" took 16 s on a busy 2-core
    // machine, twice its 1 MiB time: still linear. Quadratic would take hours either way.
#if defined(__SANITIZE_ADDRESS__)
    constexpr qint64 budgetMs = 60000;
#else
    constexpr qint64 budgetMs = 5000;
#endif
    QVERIFY2(timer.elapsed() < budgetMs, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
}

void TestDotEnv::loadFile_data()
{
    QTest::addColumn<QByteArray>("content"); // null: no file; "<dir>": a directory
    QTest::addColumn<DotEnvFile::Status>("status");
    QTest::addColumn<QString>("errorString");
    QTest::addColumn<int>("entries");
    QTest::addColumn<int>("errors");
    QTest::newRow("missing") << QByteArray() << DotEnvFile::Status::NotFound
                             << u"No such file or directory"_s << 0 << 0;
    QTest::newRow("directory") << "<dir>"_ba << DotEnvFile::Status::Unreadable
                               << u"Is a directory"_s << 0 << 0;
    QTest::newRow("empty") << ""_ba << DotEnvFile::Status::Loaded << QString() << 0 << 0;
    QTest::newRow("loaded") << "A=1\nB=2\n"_ba << DotEnvFile::Status::Loaded << QString() << 2 << 0;
    QTest::newRow("malformed") << "A=1\nB\n"_ba << DotEnvFile::Status::Malformed << QString() << 1
                               << 1;
    QTest::newRow("too large") << QByteArray(mygpt::maxDotEnvFileSize + 1, '#')
                               << DotEnvFile::Status::Unreadable
                               << u"larger than 1 MiB, which is not a .env file"_s << 0 << 0;
}

void TestDotEnv::loadFile()
{
    QFETCH(QByteArray, content);
    QFETCH(DotEnvFile::Status, status);
    QFETCH(QString, errorString);
    QFETCH(int, entries);
    QFETCH(int, errors);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u".env"_s);
    if (content == "<dir>") {
        QVERIFY(QDir(dir.path()).mkdir(u".env"_s));
    } else if (!content.isNull()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }
    const DotEnvFile file = mygpt::loadDotEnvFile(path);
    QCOMPARE(file.status, status);
    QCOMPARE(file.path, path);
    QCOMPARE(file.errorString, errorString);
    QCOMPARE(file.result.entries.size(), entries);
    QCOMPARE(file.result.errors.size(), errors);
}

void TestDotEnv::unreadableFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u".env"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("A=1\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::WriteOwner));
    if (QFile(path).open(QIODevice::ReadOnly))
        QSKIP("running with privileges that read any file (root?)");
    const DotEnvFile loaded = mygpt::loadDotEnvFile(path);
    QCOMPARE(loaded.status, DotEnvFile::Status::Unreadable);
    QCOMPARE(loaded.errorString, u"Permission denied"_s);
}

QTEST_GUILESS_MAIN(TestDotEnv)
#include "tst_dotenv.moc"
