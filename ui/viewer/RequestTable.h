#pragma once

#include <QPersistentModelIndex>
#include <QTableView>

namespace mygpt::viewer {
class RequestTableModel;
}

namespace mygpt::ui {

// The request table: sortable by any column, widths and order remembered in QSettings,
// status coloured, and when live rows arrive above what the user is reading, the rows on
// screen stay put (only a view at the very top follows the new rows).
class RequestTable final : public QTableView
{
    Q_OBJECT

public:
    explicit RequestTable(QWidget *parent = nullptr);
    ~RequestTable() override;

    void setRequestModel(viewer::RequestTableModel *model);
    viewer::RequestTableModel *requestModel() const { return m_model; }
    QByteArray currentId() const;
    QList<QByteArray> selectedIds() const; // in table order
    void selectId(const QByteArray &id);

    void saveState() const;
    void restoreState();
    // What the empty table says (no requests yet, nothing matches...).
    void setEmptyText(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void rowsAboutToBeInserted();
    void rowsInserted();

    viewer::RequestTableModel *m_model = nullptr;
    QPersistentModelIndex m_anchor; // the top visible row while rows are inserted
    int m_anchorOffset = 0;
    QString m_emptyText;
};

} // namespace mygpt::ui
