#include "viewer/RawText.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mygpt::viewer {

namespace {

QString heading(const QString &title)
{
    return u"── "_s + title + u" ──\n"_s;
}

} // namespace

QString prettyBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull())
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    return QString::fromUtf8(body);
}

QString rawText(const ExchangeRecord &r)
{
    QString out = heading(QCoreApplication::translate("RawText", "Request: %1 %2")
                              .arg(QString::fromLatin1(r.method), QString::fromLatin1(r.path)));
    out += r.requestBody.isEmpty() ? QCoreApplication::translate("RawText", "(no body)") + u'\n'
                                   : prettyBody(r.requestBody);
    out += u'\n';
    const QString status = r.inFlight ? QCoreApplication::translate("RawText", "streaming")
                                      : QString::number(r.status);
    if (!r.rawEvents.isEmpty()) {
        out += heading(
            QCoreApplication::translate("RawText", "Response: %1, server-sent events").arg(status));
        // Events as the client got them, blank line between, CRLF folded.
        QString events = QString::fromUtf8(r.rawEvents);
        events.replace(u"\r\n"_s, u"\n"_s);
        out += events;
    } else {
        out += heading(QCoreApplication::translate("RawText", "Response: %1").arg(status));
        out += r.responseBody.isEmpty()
            ? QCoreApplication::translate("RawText", "(no body recorded)") + u'\n'
            : prettyBody(r.responseBody);
    }
    return out;
}

QList<Milestone> milestonesOf(const ExchangeRecord &r)
{
    QList<Milestone> m { { QCoreApplication::translate("RawText", "received"), 0 } };
    if (r.firstByteMs >= 0)
        m.append({ QCoreApplication::translate("RawText", "first byte"), r.firstByteMs });
    if (r.firstTokenMs >= 0)
        m.append({ QCoreApplication::translate("RawText", "first token"), r.firstTokenMs });
    if (r.durationMs >= 0 && !r.inFlight)
        m.append({ r.cancelled ? QCoreApplication::translate("RawText", "cancelled")
                               : QCoreApplication::translate("RawText", "done"),
            r.durationMs });
    return m;
}

} // namespace mygpt::viewer
