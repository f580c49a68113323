// The translations: every tr() string of the code is in mygpt_zh_CN.ts and translated there
// (lupdate is run on a copy of the committed file, as `--target update_translations` would
// run it on the file itself), the compiled translation is the one embedded in the binary, and
// Qt's own translation and the system's language are picked up.
#include "TsFile.h"
#include "log/Translations.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace mygpt;
using namespace mygpt::test;
using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { installTranslations(u"en"_s); }
    void committedFileIsComplete_data();
    void committedFileIsComplete();
    void everyStringOfTheCodeIsTranslated_data();
    void everyStringOfTheCodeIsTranslated();
    void embeddedTranslationMatchesTheFile();
    void qtOwnTranslationLoads();
    void systemLanguageIsFollowed();
};

namespace {

QString tsPath(const QString &language)
{
    return QStringLiteral(MYGPT_TRANSLATIONS_DIR) + u"/mygpt_"_s + language + u".ts"_s;
}

// English is the source language: only its plural forms need a translation.
bool needsTranslation(const QString &language, const TsMessage &message)
{
    return language != "en"_L1 || message.numerus;
}

QStringList problems(const QString &language, const TsMessage &message)
{
    QStringList found;
    const bool needed = needsTranslation(language, message);
    // unfinished (new or not yet translated), vanished or obsolete (no longer in the code)
    if (!message.type.isEmpty() && (message.type != "unfinished"_L1 || needed))
        found.append(u"%1 (type=\"%2\")"_s.arg(message.describe(), message.type));
    if (!needed)
        return found;
    for (const QString &translation : message.translations) {
        if (translation.isEmpty()) {
            found.append(u"%1: no translation"_s.arg(message.describe()));
        } else if (placeholders(translation) != placeholders(message.source)) {
            found.append(u"%1: \"%2\" does not have the same %-placeholders"_s.arg(
                    message.describe(), translation));
        }
    }
    if (message.translations.isEmpty())
        found.append(u"%1: no translation"_s.arg(message.describe()));
    return found;
}

QList<TsMessage> read(const QString &path)
{
    QString error;
    const QList<TsMessage> messages = readTsFile(path, &error);
    if (!error.isEmpty())
        qWarning().noquote() << error;
    return messages;
}

} // namespace

void TestTranslations::committedFileIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << u"zh_CN"_s;
    QTest::newRow("en") << u"en"_s;
}

void TestTranslations::committedFileIsComplete()
{
    QFETCH(QString, language);
    const QList<TsMessage> messages = read(tsPath(language));
    QVERIFY(!messages.isEmpty());
    QStringList found;
    for (const TsMessage &message : messages)
        found += problems(language, message);
    if (!found.isEmpty()) {
        qWarning().noquote() << u"Unfinished, stale or broken entries of %1:\n  %2"_s.arg(
                tsPath(language), found.join(u"\n  "_s));
        QFAIL(qPrintable(u"%1 entries to fix (listed above)"_s.arg(found.size())));
    }
}

void TestTranslations::everyStringOfTheCodeIsTranslated_data()
{
    committedFileIsComplete_data();
}

// lupdate on a copy of the committed file: a string new in the code comes in unfinished, a
// string gone from the code is dropped (-no-obsolete, as update_translations runs it).
void TestTranslations::everyStringOfTheCodeIsTranslated()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(u"mygpt_"_s + language + u".ts"_s);
    QVERIFY(QFile::copy(tsPath(language), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments = QStringLiteral(MYGPT_LUPDATE_OPTIONS).split(u'|', Qt::SkipEmptyParts);
    arguments << u"-silent"_s << u"@"_s + QStringLiteral(MYGPT_LUPDATE_LIST) << u"-ts"_s << copy;
    lupdate.start(QStringLiteral(MYGPT_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(60'000), qPrintable(lupdate.errorString()));
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(output));
    // A tr() lupdate cannot place in a class (a free tr() helper, a class without Q_OBJECT)
    // is filed under another context than the one it looks up at run time: never translated.
    QStringList misplaced;
    for (const QString &line : output.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.contains("lacks Q_OBJECT macro"_L1) || line.contains("Cannot invoke tr()"_L1)
            || line.contains("tr() cannot be called without context"_L1))
            misplaced.append(line.trimmed());
    }
    QVERIFY2(misplaced.isEmpty(),
             qPrintable(u"lupdate cannot tell the context of these tr() calls, so they would "
                        "never be translated; use a class with Q_OBJECT or "
                        "Q_DECLARE_TR_FUNCTIONS(Context) and Context::tr(), or "
                        "QCoreApplication::translate(\"Context\", ...):\n  %1"_s.arg(
                                misplaced.join(u"\n  "_s))));

    const QList<TsMessage> committed = read(tsPath(language));
    const QList<TsMessage> updated = read(copy);
    QVERIFY(!updated.isEmpty());
    QSet<QString> committedKeys;
    for (const TsMessage &message : committed)
        committedKeys.insert(message.key());
    QSet<QString> codeKeys;
    QStringList missing;
    for (const TsMessage &message : updated) {
        codeKeys.insert(message.key());
        if (!committedKeys.contains(message.key()) && needsTranslation(language, message))
            missing.append(message.describe());
    }
    QStringList stale;
    for (const TsMessage &message : committed) {
        if (!codeKeys.contains(message.key()))
            stale.append(message.describe());
    }
    // The lists go to the log in full: a test failure message is cut at 1 KB.
    if (!missing.isEmpty()) {
        qWarning().noquote() << u"Strings of the code missing from %1:\n  %2"_s.arg(
                tsPath(language), missing.join(u"\n  "_s));
    }
    if (!stale.isEmpty()) {
        qWarning().noquote() << u"Entries of %1 no longer in the code:\n  %2"_s.arg(
                tsPath(language), stale.join(u"\n  "_s));
    }
    const char *fix = "run `cmake --build <build dir> --target update_translations`, then "
                      "translate the unfinished entries (Qt Linguist, or edit the file)";
    QVERIFY2(missing.isEmpty() && stale.isEmpty(),
             qPrintable(u"%1 strings missing, %2 stale (listed above): %3"_s.arg(missing.size())
                                .arg(stale.size())
                                .arg(QLatin1StringView(fix))));
}

// What the app shows is the committed Chinese: every entry, through the embedded .qm.
void TestTranslations::embeddedTranslationMatchesTheFile()
{
    QVERIFY(availableTranslations().contains(u"zh_CN"_s));
    QVERIFY(installTranslations(u"zh_CN"_s));
    const QList<TsMessage> messages = read(tsPath(u"zh_CN"_s));
    QVERIFY(!messages.isEmpty());
    for (const TsMessage &message : messages) {
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        if (!message.type.isEmpty() || message.translations.value(0).isEmpty())
            continue; // unfinished: committedFileIsComplete reports it
        const int n = message.numerus ? 3 : -1;
        QString expected = message.translations.constFirst();
        if (message.numerus)
            expected.replace(u"%n"_s, u"3"_s);
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(),
                                             comment.isEmpty() ? nullptr : comment.constData(), n),
                 expected);
    }
}

// Qt's own strings (standard buttons, dialogs) come from qtbase_<lang>.qm of Qt's translations
// folder (Debian: qt6-translations-l10n; Windows and macOS: deployed with the app).
void TestTranslations::qtOwnTranslationLoads()
{
    const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_zh_CN.qm"_s;
    if (!QFile::exists(qtbase))
        QSKIP(qPrintable(u"%1 is not installed (qt6-translations-l10n)"_s.arg(qtbase)));
    QVERIFY(installTranslations(u"zh_CN"_s));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"取消"_s);
    QVERIFY(installTranslations(u"en"_s));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
}

// "system", the default setting, follows the system's language. ctest runs this function
// once more with LANG/LC_ALL/LANGUAGE set to Chinese (tst_translations_system_zh).
void TestTranslations::systemLanguageIsFollowed()
{
    const QString expected = qEnvironmentVariable("MYGPT_EXPECT_SYSTEM_LANGUAGE");
    if (expected.isEmpty())
        QSKIP("Runs in tst_translations_system_zh, with a Chinese environment");
    QCOMPARE(QLocale::system().name(), expected);
    QVERIFY(installTranslations(u"system"_s));
    const QList<TsMessage> messages = read(tsPath(expected));
    auto plain = std::find_if(messages.cbegin(), messages.cend(),
                              [](const TsMessage &m) { return !m.numerus && m.comment.isEmpty(); });
    QVERIFY(plain != messages.cend());
    QCOMPARE(QCoreApplication::translate(plain->context.toUtf8().constData(),
                                         plain->source.toUtf8().constData()),
             plain->translations.constFirst());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
