#include "log/RecentRequestsWindow.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "app/Icons.h"
#include "log/RecentRequestsModel.h"
#include "store/RequestStore.h"

using namespace Qt::StringLiterals;

namespace mygpt::ui {

RecentRequestsView::RecentRequestsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new RecentRequestsModel(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(u"recentRequests"_s);
    m_table->setObjectName(u"recentRequestsTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(RecentRequestsModel::Endpoint,
        QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(
        RecentRequestsModel::Model, QHeaderView::ResizeToContents);
    m_empty->setObjectName(u"recentRequestsEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // greyed: it is a hint, not content

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_table);
    layout->addWidget(m_empty);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecentRequestsView::retranslate);
    retranslate();
}

void RecentRequestsView::setStore(RequestStore *store)
{
    m_model->setStore(store);
}

void RecentRequestsView::retranslate()
{
    const RequestStore *store = m_model->store();
    if (!store)
        m_empty->setText(tr("The request store is off (MYGPT_STORE=off), so no requests are "
                            "kept."));
    else if (!store->isOpen())
        m_empty->setText(tr("The request store cannot be opened: %1").arg(store->errorString()));
    else
        m_empty->setText(tr("No requests yet. Point your tools at the endpoint URL and they "
                            "appear here."));
    m_empty->setVisible(m_model->rowCount() == 0);
}

RecentRequestsWindow::RecentRequestsWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_view(new RecentRequestsView(this))
{
    setObjectName(u"requestLogWindow"_s);
    setWindowIcon(appIcon());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    resize(760, 420);
    retranslate();
}

void RecentRequestsWindow::retranslate()
{
    setWindowTitle(tr("Request Log — MyGPT"));
    m_view->retranslate();
    // Header texts come from the model.
    Q_EMIT m_view->model()->headerDataChanged(Qt::Horizontal, 0, RecentRequestsModel::ColumnCount - 1);
}

} // namespace mygpt::ui
