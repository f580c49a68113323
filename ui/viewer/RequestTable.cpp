#include "viewer/RequestTable.h"

#include "viewer/DetailStyle.h"
#include "viewer/RequestTableModel.h"

#include <QHeaderView>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;

namespace mygpt::ui {

namespace {

using viewer::Column;
using viewer::RequestTableModel;

const QString headerKey = u"viewer/tableHeader"_s;

// Colours the status cell by its kind; the rest of the row stays in the palette's colours.
class StatusDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        using Kind = RequestTableModel::StatusKind;
        const Kind kind = Kind(index.data(RequestTableModel::StatusKindRole).toInt());
        const Tone tone = kind == Kind::Ok ? Tone::Good
            : kind == Kind::ClientError    ? Tone::Warning
            : kind == Kind::UpstreamError  ? Tone::Bad
            : kind == Kind::InFlight       ? Tone::Busy
                                           : Tone::Muted;
        option->palette.setColor(QPalette::Text, toneColor(tone, option->palette));
        option->font.setBold(kind != Kind::Ok && kind != Kind::Cancelled);
    }
};

} // namespace

RequestTable::RequestTable(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(u"requestTable"_s);
    setSelectionBehavior(SelectRows);
    setSelectionMode(ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setShowGrid(false);
    setCornerButtonEnabled(false);
    setVerticalScrollMode(ScrollPerPixel);
    setTabKeyNavigation(false); // Tab leaves the table for the detail pane
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSortIndicator(int(Column::Time), Qt::DescendingOrder);
    setItemDelegateForColumn(int(Column::Status), new StatusDelegate(this));
}

RequestTable::~RequestTable() = default;

void RequestTable::setRequestModel(RequestTableModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
        &RequestTable::rowsAboutToBeInserted);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RequestTable::rowsInserted);
    const QFontMetrics fm = fontMetrics();
    const auto width = [&](Column c, const QString &sample) {
        setColumnWidth(int(c), fm.horizontalAdvance(sample) + 24);
    };
    width(Column::Time, u"05-01 14:03:07"_s);
    width(Column::RequestId, u"0badcafe0"_s);
    width(Column::Endpoint, u"/v1/chat/completions"_s);
    width(Column::Model, u"deepseek-reasoner"_s);
    width(Column::Stream, u"Stream"_s);
    width(Column::Status, u"streaming…"_s);
    width(Column::Duration, u"12.34 s"_s);
    width(Column::FirstToken, u"1,234 ms"_s);
    width(Column::TokensIn, u"Tokens in"_s);
    width(Column::TokensOut, u"Tokens out"_s);
    restoreState();
    setSortingEnabled(true); // after the indicator: newest first, as the model starts
}

QByteArray RequestTable::currentId() const
{
    return currentIndex().isValid() ? currentIndex().data(RequestTableModel::IdRole).toByteArray()
                                    : QByteArray();
}

QList<QByteArray> RequestTable::selectedIds() const
{
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    std::sort(rows.begin(), rows.end());
    QList<QByteArray> ids;
    for (const QModelIndex &i : std::as_const(rows))
        ids.append(i.data(RequestTableModel::IdRole).toByteArray());
    return ids;
}

void RequestTable::selectId(const QByteArray &id)
{
    const int row = m_model ? m_model->rowOf(id) : -1;
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

void RequestTable::rowsAboutToBeInserted()
{
    // At the very top the user is watching the newest rows: let them come in.
    if (verticalScrollBar()->value() == 0) {
        m_anchor = QPersistentModelIndex();
        return;
    }
    const QModelIndex top = indexAt(QPoint(0, 0));
    m_anchor = top;
    m_anchorOffset = top.isValid() ? visualRect(top).top() : 0;
}

void RequestTable::rowsInserted()
{
    if (!m_anchor.isValid())
        return;
    // Rows above the anchor pushed it down: scroll by as much, so the screen does not move.
    updateGeometries(); // the scroll range, before the value moves past its old end
    const int moved = visualRect(m_anchor).top() - m_anchorOffset;
    if (moved != 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + moved);
    m_anchor = QPersistentModelIndex();
}

void RequestTable::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

void RequestTable::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (!model() || model()->rowCount() > 0 || m_emptyText.isEmpty())
        return;
    QPainter p(viewport());
    p.setPen(palette().color(QPalette::PlaceholderText));
    const int margin = fontMetrics().height() * 2;
    p.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin),
        Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
}

void RequestTable::saveState() const
{
    QSettings().setValue(headerKey, horizontalHeader()->saveState());
}

void RequestTable::restoreState()
{
    const QByteArray state = QSettings().value(headerKey).toByteArray();
    if (!state.isEmpty())
        horizontalHeader()->restoreState(state);
    // The model always starts newest first, whatever order was saved.
    horizontalHeader()->setSortIndicator(int(Column::Time), Qt::DescendingOrder);
}

} // namespace mygpt::ui
