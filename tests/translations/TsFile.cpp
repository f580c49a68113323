#include "TsFile.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace mygpt::test {

QString TsMessage::key() const
{
    return context + u'\x1f' + source + u'\x1f' + comment;
}

QString TsMessage::describe() const
{
    QString text = context + u": \""_s + source + u'"';
    if (!comment.isEmpty())
        text += u" ("_s + comment + u')';
    return text;
}

namespace {

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "comment"_L1) {
            message.comment = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.type = xml.attributes().value("type"_L1).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == "numerusform"_L1)
                        message.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations.append(xml.readElementText());
            }
        } else {
            xml.skipCurrentElement(); // location, extracomment, translatorcomment...
        }
    }
    return message;
}

} // namespace

QList<TsMessage> readTsFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    if (xml.readNextStartElement() && xml.name() == "TS"_L1) {
        while (xml.readNextStartElement()) {
            if (xml.name() != "context"_L1) {
                xml.skipCurrentElement();
                continue;
            }
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == "name"_L1)
                    context = xml.readElementText();
                else if (xml.name() == "message"_L1)
                    messages.append(readMessage(xml, context));
                else
                    xml.skipCurrentElement();
            }
        }
    } else {
        xml.raiseError(u"not a Qt Linguist file"_s);
    }
    if (xml.hasError()) {
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return {};
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(u"%(?:n|L?[1-9][0-9]?)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : marker.globalMatch(text))
        found.append(match.captured().remove(u'L')); // %L1 is %1 with the locale's digits
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace mygpt::test
