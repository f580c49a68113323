#pragma once

#include "record/ExchangeRecord.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace mygpt {
class RequestStore;
}

namespace mygpt::ui {

class RawView;
class TimelineWidget;

// Beside the table: the chosen exchange in tabs (Conversation, Answer, Raw, Headers, Timing
// and usage) and its actions. A stream in flight is followed as it updates.
class DetailPane final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { Conversation, Answer, Raw, Headers, Timing };

    explicit DetailPane(QWidget *parent = nullptr);

    void setStore(RequestStore *store);
    // Loads the exchange from the store; an empty id shows nothing.
    void showRecord(const QByteArray &id);
    const std::optional<ExchangeRecord> &record() const { return m_record; }
    QTabWidget *tabs() const { return m_tabs; }
    QTextBrowser *page(Tab tab) const;
    RawView *rawView() const { return m_raw; }
    void retranslate();

Q_SIGNALS:
    void copyCurlRequested();
    void replayRequested();
    void exportRequested();
    // A line for the status bar ("Copied …").
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void recordsUpdated(const QList<QByteArray> &ids);
    void copy(const QString &text, const QString &what);
    QTextBrowser *browser(const QString &name);

    QPointer<RequestStore> m_store;
    std::optional<ExchangeRecord> m_record;
    QByteArray m_id;
    QLabel *m_title;
    QTabWidget *m_tabs;
    QTextBrowser *m_conversation;
    QTextBrowser *m_answer;
    RawView *m_raw;
    QTextBrowser *m_headers;
    TimelineWidget *m_timeline;
    QTextBrowser *m_timing;
    QPushButton *m_curl;
    QPushButton *m_copyAnswer;
    QPushButton *m_copyId;
    QPushButton *m_replay;
    QPushButton *m_exportOne;
};

} // namespace mygpt::ui
