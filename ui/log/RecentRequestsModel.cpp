#include "log/RecentRequestsModel.h"

#include <QLocale>

#include "store/RequestStore.h"

using namespace Qt::StringLiterals;

namespace mygpt::ui {

namespace {

constexpr int refreshDelayMs = 200;

} // namespace

RecentRequestsModel::RecentRequestsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(refreshDelayMs);
    connect(&m_refresh, &QTimer::timeout, this, &RecentRequestsModel::reload);
}

void RecentRequestsModel::setStore(RequestStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store) {
        const auto later = [this] { m_refresh.start(); };
        connect(store, &RequestStore::recordsAdded, this, later);
        connect(store, &RequestStore::recordsUpdated, this, later);
        connect(store, &RequestStore::recordsRemoved, this, later);
        connect(store, &RequestStore::cleared, this, later);
    }
    reload();
}

void RecentRequestsModel::reload()
{
    beginResetModel();
    m_rows = m_store && m_store->isOpen() ? m_store->page({}, maxRows) : QList<RecordSummary>();
    endResetModel();
}

int RecentRequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecentRequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecentRequestsModel::statusText(const RecordSummary &record)
{
    if (record.inFlight)
        return tr("running");
    if (record.cancelled)
        return tr("cancelled");
    return record.status > 0 ? QString::number(record.status) : QString();
}

QString RecentRequestsModel::durationText(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

QVariant RecentRequestsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordSummary &record = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == Status || index.column() == Duration;
        return QVariant::fromValue(
            (number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && !record.error.isEmpty())
        return record.error;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Time: {
        const QDateTime local = record.received.toLocalTime();
        return local.date() == QDate::currentDate()
            ? local.toString(u"HH:mm:ss"_s)
            : local.toString(u"yyyy-MM-dd HH:mm:ss"_s);
    }
    case Id:
        return QString::fromLatin1(record.id);
    case Endpoint:
        return QString(QString::fromLatin1(record.method) + u' ' + QString::fromUtf8(record.endpoint));
    case Model:
        return record.model;
    case Status:
        return statusText(record);
    case Duration:
        return durationText(record.durationMs);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RecentRequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Id:
        return tr("ID");
    case Endpoint:
        return tr("Endpoint");
    case Model:
        return tr("Model");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace mygpt::ui
