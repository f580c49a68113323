#pragma once

#include "store/StoreTypes.h"
#include "viewer/RecordExport.h"
#include "viewer/TimeRange.h"

#include <QTimer>
#include <QToolBar>

class QComboBox;
class QLineEdit;
class QToolButton;
class QAction;

namespace mygpt::ui {

// The log window's toolbar: search, filters (model, status, endpoint, streaming, time range
// with a custom span), live/paused, clear, export and the log folder.
class FilterBar final : public QToolBar
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    // The filter as chosen now ("last hour" is worked out again on each call).
    RequestFilter filter() const;
    void setChoices(const QStringList &models, const QStringList &endpoints);
    void setSearchText(const QString &text);
    void setTimeRange(viewer::TimeRange range, const viewer::TimeSpan &custom = {});
    void setPendingCount(int count);
    bool isLive() const;
    void retranslate();

    QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    void filterChanged();
    void liveToggled(bool live);
    void clearRequested();
    void exportRequested(mygpt::viewer::ExportFormat format, bool selectionOnly);
    void openFolderRequested();

private:
    void timeRangeChosen();
    void fillStatic();

    QLineEdit *m_search;
    QComboBox *m_model;
    QComboBox *m_status;
    QComboBox *m_endpoint;
    QComboBox *m_stream;
    QComboBox *m_time;
    QToolButton *m_live;
    QToolButton *m_export;
    QAction *m_clear;
    QAction *m_folder;
    QList<QAction *> m_exportActions;
    static constexpr int MinTypedSearch = 3; // the full-text index works on trigrams
    QTimer m_typing; // a search runs when typing pauses
    QString m_searchText; // the search in effect (the field may hold a shorter, unconfirmed one)
    viewer::TimeSpan m_custom;
    viewer::TimeRange m_lastRange = viewer::TimeRange::All;
    int m_pending = 0;
};

} // namespace mygpt::ui
