#pragma once

#include <QWidget>

namespace mygpt {
class RequestStore;
}

class QLabel;
class QTableView;

namespace mygpt::ui {

class RecentRequestsModel;

// A read-only list of the latest exchanges (time, id, endpoint, model, status, duration).
// Used as a window of its own ("Open request log") and inside the no-tray window.
class RecentRequestsView final : public QWidget
{
    Q_OBJECT

public:
    explicit RecentRequestsView(QWidget *parent = nullptr);

    void setStore(RequestStore *store);
    RecentRequestsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void retranslate();

private:
    RecentRequestsModel *m_model;
    QTableView *m_table;
    QLabel *m_empty; // why there is nothing to show
};

class RecentRequestsWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit RecentRequestsWindow(QWidget *parent = nullptr);

    RecentRequestsView *view() const { return m_view; }
    void retranslate();

private:
    RecentRequestsView *m_view;
};

} // namespace mygpt::ui
