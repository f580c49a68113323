#include "log/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace mygpt {

Q_LOGGING_CATEGORY(lcI18n, "mygpt.i18n", QtInfoMsg)

namespace {

constexpr auto resourceDir = ":/i18n"_L1;

// Owned by the application object; QPointer in case it went away between two calls.
QPointer<QTranslator> ourTranslator;
QPointer<QTranslator> qtTranslator;

void removeInstalled()
{
    for (QPointer<QTranslator> *t : { &ourTranslator, &qtTranslator }) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }
}

QTranslator *load(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, u"_"_s, directory)
        && QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace

QStringList availableTranslations()
{
    QStringList languages;
    const QStringList files = QDir(resourceDir).entryList({ u"mygpt_*.qm"_s }, QDir::Files);
    for (const QString &file : files)
        languages.append(file.mid(6, file.size() - 9)); // between "mygpt_" and ".qm"
    return languages;
}

bool installTranslations(const QString &language)
{
    if (!QCoreApplication::instance())
        return false;
    removeInstalled();
    const bool system = language.isEmpty() || language == "system"_L1;
    const QLocale locale = system ? QLocale::system() : QLocale(language);
    // English is the source text; its .qm only brings the plural forms.
    ourTranslator = load(locale, u"mygpt"_s, resourceDir);
    // A system in the C locale reads English; a name QLocale does not know does not.
    const bool english
        = locale.language() == QLocale::English || (system && locale.language() == QLocale::C);
    if (!ourTranslator) {
        if (!english)
            qCDebug(lcI18n) << "No translation for" << locale.name() << "- English is used";
        ourTranslator = load(QLocale(QLocale::English), u"mygpt"_s, resourceDir);
        return english;
    }
    if (!english) {
        qtTranslator
            = load(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    return true;
}

} // namespace mygpt
