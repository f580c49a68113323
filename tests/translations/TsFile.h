#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mygpt::test {

// One <message> of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment; // the disambiguation of tr(source, comment)
    bool numerus = false;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one, or one per numerus form

    // What identifies the message to QTranslator.
    QString key() const;
    // "Context: source" (and the comment), for failure messages.
    QString describe() const;
};

// The messages of a .ts file; an empty list and `error` set when it cannot be read.
QList<TsMessage> readTsFile(const QString &path, QString *error);

// The %1..%99 and %n markers of a text, sorted, without repeats.
QStringList placeholders(const QString &text);

} // namespace mygpt::test
