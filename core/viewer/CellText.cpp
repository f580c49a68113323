#include "viewer/CellText.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mygpt::viewer::celltext {

QString duration(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return QCoreApplication::translate("CellText", "%1 ms").arg(ms);
    if (ms < 60'000)
        return QCoreApplication::translate("CellText", "%1 s")
            .arg(QLocale().toString(double(ms) / 1000.0, 'f', ms < 10'000 ? 2 : 1));
    return QCoreApplication::translate("CellText", "%1 min %2 s")
        .arg(ms / 60'000)
        .arg(ms % 60'000 / 1000);
}

QString count(qint64 n)
{
    return n < 0 ? QString() : QLocale().toString(n);
}

QString compact(qint64 n)
{
    if (n < 1000)
        return QString::number(qMax<qint64>(0, n));
    if (n < 1'000'000)
        return QLocale().toString(double(n) / 1e3, 'f', n < 10'000 ? 1 : 0) + u'k';
    return QLocale().toString(double(n) / 1e6, 'f', n < 10'000'000 ? 1 : 0) + u'M';
}

QString time(const QDateTime &utc, const QDateTime &now)
{
    const QDateTime local = utc.toLocalTime();
    const QDate today = now.toLocalTime().date();
    if (local.date() == today)
        return local.toString(u"HH:mm:ss"_s);
    return local.toString(
        local.date().year() == today.year() ? u"MM-dd HH:mm:ss"_s : u"yyyy-MM-dd HH:mm"_s);
}

} // namespace mygpt::viewer::celltext
