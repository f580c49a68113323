// What the table shows in each cell: text, tooltips, alignment, the status kind to colour by.
#include "viewer/CellText.h"
#include "viewer/RequestTableModel.h"

using namespace Qt::StringLiterals;

namespace mygpt::viewer {

namespace {

RequestTableModel::StatusKind kindOf(const RecordSummary &s)
{
    using Kind = RequestTableModel::StatusKind;
    if (s.inFlight)
        return Kind::InFlight;
    switch (s.statusClass) {
    case StatusClass::Ok:
        return Kind::Ok;
    case StatusClass::ClientError:
        return Kind::ClientError;
    case StatusClass::UpstreamError:
        return Kind::UpstreamError;
    case StatusClass::Cancelled:
        return Kind::Cancelled;
    }
    return Kind::Ok;
}

bool isNumeric(Column c)
{
    return c == Column::Status || c == Column::Duration || c == Column::FirstToken
        || c == Column::TokensIn || c == Column::TokensOut;
}

} // namespace

QVariant RequestTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? int(Qt::AlignRight | Qt::AlignVCenter)
                                 : int(Qt::AlignLeft | Qt::AlignVCenter);
    case IdRole:
        return row.summary.id;
    case StatusKindRole:
        return int(kindOf(row.summary));
    case InFlightRole:
        return row.summary.inFlight;
    case SortValueRole:
        return requestorder::valueOf(row.summary, sortKeyOf(column));
    default:
        return {};
    }
}

QVariant RequestTableModel::display(const Row &row, Column column) const
{
    const RecordSummary &s = row.summary;
    switch (column) {
    case Column::Time:
        return celltext::time(s.received);
    case Column::RequestId:
        return QString::fromLatin1(s.id);
    case Column::Endpoint:
        return QString::fromLatin1(s.endpoint);
    case Column::Model:
        return s.model;
    case Column::Stream:
        return s.stream ? tr("yes") : tr("no");
    case Column::Status:
        if (s.inFlight)
            return tr("streaming…");
        if (s.cancelled)
            return tr("cancelled");
        return s.status > 0 ? QString::number(s.status) : tr("no answer");
    case Column::Duration:
        return celltext::duration(s.durationMs);
    case Column::FirstToken:
        return celltext::duration(s.firstTokenMs);
    case Column::TokensIn:
        return celltext::count(s.usage.promptTokens);
    case Column::TokensOut:
        if (s.inFlight && s.usage.completionTokens < 0)
            return row.tokensSoFar >= 0 ? tr("~%1…").arg(celltext::count(row.tokensSoFar))
                                        : tr("…");
        return celltext::count(s.usage.completionTokens);
    case Column::Client:
        return s.clientAddress;
    case Column::Count:
        break;
    }
    return {};
}

QVariant RequestTableModel::toolTip(const Row &row, Column column) const
{
    const RecordSummary &s = row.summary;
    switch (column) {
    case Column::Time:
        return s.received.toLocalTime().toString(Qt::ISODateWithMs);
    case Column::RequestId:
        return s.upstreamRequestId.isEmpty()
            ? QVariant()
            : tr("Upstream request ID: %1").arg(QString::fromLatin1(s.upstreamRequestId));
    case Column::Endpoint:
        return QString::fromLatin1(s.method + ' ' + s.path);
    case Column::Status:
        if (!s.error.isEmpty())
            return s.error;
        return s.finishReason.isEmpty() ? QVariant() : tr("Finish reason: %1").arg(s.finishReason);
    case Column::TokensOut:
        if (s.inFlight)
            return tr("About %n token(s) streamed so far", nullptr, int(row.tokensSoFar));
        return s.usage.reasoningTokens > 0
            ? tr("%1 of them reasoning").arg(celltext::count(s.usage.reasoningTokens))
            : QVariant();
    case Column::TokensIn:
        return s.usage.cachedPromptTokens > 0
            ? tr("%1 cached").arg(celltext::count(s.usage.cachedPromptTokens))
            : QVariant();
    case Column::Client:
        return s.userAgent.isEmpty() ? QVariant() : s.userAgent;
    default:
        return {};
    }
}

QVariant RequestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnTotal)
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(Column(section));
    if (role == Qt::ToolTipRole && Column(section) == Column::FirstToken)
        return tr("Time to first token");
    if (role == Qt::TextAlignmentRole)
        return isNumeric(Column(section)) ? int(Qt::AlignRight | Qt::AlignVCenter)
                                          : int(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

} // namespace mygpt::viewer
