#include "viewer/DetailPane.h"

#include "store/RequestStore.h"
#include "stream/AnswerJson.h"
#include "viewer/DetailHtml.h"
#include "viewer/DetailStyle.h"
#include "viewer/RawText.h"
#include "viewer/RawView.h"
#include "viewer/TimelineWidget.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mygpt::ui {

namespace {

QPushButton *button(QWidget *parent, const QString &name)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    return b;
}

// Keeps the reading position while a page is filled again (a stream that grows).
void setHtmlKeepingScroll(QTextBrowser *browser, const QString &html)
{
    const int position = browser->verticalScrollBar()->value();
    const bool atEnd = position > 0 && position == browser->verticalScrollBar()->maximum();
    browser->setHtml(html);
    browser->verticalScrollBar()->setValue(
        atEnd ? browser->verticalScrollBar()->maximum() : position);
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_conversation(browser(u"conversationPage"_s))
    , m_answer(browser(u"answerPage"_s))
    , m_raw(new RawView(this))
    , m_headers(browser(u"headersPage"_s))
    , m_timeline(new TimelineWidget(this))
    , m_timing(browser(u"timingPage"_s))
    , m_curl(button(this, u"copyCurlButton"_s))
    , m_copyAnswer(button(this, u"copyAnswerButton"_s))
    , m_copyId(button(this, u"copyIdButton"_s))
    , m_replay(button(this, u"replayButton"_s))
    , m_exportOne(button(this, u"exportOneButton"_s))
{
    setObjectName(u"detailPane"_s);
    m_title->setObjectName(u"detailTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(u"detailTabs"_s);
    m_raw->setObjectName(u"rawPage"_s);
    auto *timing = new QWidget(this);
    auto *timingLayout = new QVBoxLayout(timing);
    timingLayout->addWidget(m_timeline);
    timingLayout->addWidget(m_timing, 1);
    m_tabs->addTab(m_conversation, QString());
    m_tabs->addTab(m_answer, QString());
    m_tabs->addTab(m_raw, QString());
    m_tabs->addTab(m_headers, QString());
    m_tabs->addTab(timing, QString());

    auto *actions = new QHBoxLayout;
    for (QPushButton *b : { m_curl, m_copyAnswer, m_copyId, m_replay, m_exportOne })
        actions->addWidget(b);
    actions->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(actions);

    connect(m_curl, &QPushButton::clicked, this, &DetailPane::copyCurlRequested);
    connect(m_replay, &QPushButton::clicked, this, &DetailPane::replayRequested);
    connect(m_exportOne, &QPushButton::clicked, this, &DetailPane::exportRequested);
    connect(m_copyId, &QPushButton::clicked, this,
        [this] { copy(QString::fromLatin1(m_id), tr("the request ID")); });
    connect(m_copyAnswer, &QPushButton::clicked, this, [this] {
        if (!m_record)
            return;
        AssembledAnswer a = m_record->answer;
        if (a.content.isEmpty())
            a = answerFromJson(m_record->responseBody);
        copy(a.content, tr("the answer"));
    });
    retranslate();
    render();
}

QTextBrowser *DetailPane::browser(const QString &name)
{
    auto *b = new QTextBrowser(this);
    b->setObjectName(name);
    b->setOpenLinks(false);
    b->document()->setDefaultStyleSheet(detailStyleSheet(palette()));
    return b;
}

QTextBrowser *DetailPane::page(Tab tab) const
{
    switch (tab) {
    case Conversation:
        return m_conversation;
    case Answer:
        return m_answer;
    case Headers:
        return m_headers;
    case Timing:
        return m_timing;
    case Raw:
        break;
    }
    return nullptr;
}

void DetailPane::setStore(RequestStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store)
        connect(store, &RequestStore::recordsUpdated, this, &DetailPane::recordsUpdated);
    showRecord({});
}

void DetailPane::showRecord(const QByteArray &id)
{
    m_id = id;
    m_record = (m_store && !id.isEmpty()) ? m_store->load(id) : std::nullopt;
    render();
}

void DetailPane::recordsUpdated(const QList<QByteArray> &ids)
{
    if (!m_id.isEmpty() && ids.contains(m_id)) {
        m_record = m_store->load(m_id);
        render();
    }
}

void DetailPane::render()
{
    const bool has = m_record.has_value();
    for (QPushButton *b : { m_curl, m_copyAnswer, m_copyId, m_replay, m_exportOne })
        b->setEnabled(has);
    m_tabs->setEnabled(has);
    if (!has) {
        m_title->setText(m_id.isEmpty()
                ? tr("Select a request to see what was sent and what came back.")
                : tr("Request %1 is no longer stored.").arg(QString::fromLatin1(m_id)));
        for (QTextBrowser *b : { m_conversation, m_answer, m_headers, m_timing })
            b->clear();
        m_raw->setText({});
        m_timeline->setMilestones({});
        return;
    }
    const ExchangeRecord &r = *m_record;
    m_title->setText(
        u"<b>%1</b> · %2 %3 · %4"_s.arg(QString::fromLatin1(r.id), QString::fromLatin1(r.method),
            QString::fromLatin1(r.endpoint()).toHtmlEscaped(), r.model.toHtmlEscaped()));
    setHtmlKeepingScroll(m_conversation, viewer::detailhtml::conversation(r));
    setHtmlKeepingScroll(m_answer, viewer::detailhtml::answer(r));
    m_raw->setText(viewer::rawText(r));
    setHtmlKeepingScroll(m_headers, viewer::detailhtml::headers(r));
    setHtmlKeepingScroll(m_timing, viewer::detailhtml::timing(r));
    m_timeline->setMilestones(viewer::milestonesOf(r));
}

void DetailPane::copy(const QString &text, const QString &what)
{
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT message(tr("Copied %1").arg(what));
}

void DetailPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) { // light <-> dark
        for (QTextBrowser *b : { m_conversation, m_answer, m_headers, m_timing })
            b->document()->setDefaultStyleSheet(detailStyleSheet(palette()));
        render();
    }
}

void DetailPane::retranslate()
{
    m_tabs->setTabText(Conversation, tr("Conversation"));
    m_tabs->setTabText(Answer, tr("Answer"));
    m_tabs->setTabText(Raw, tr("Raw"));
    m_tabs->setTabText(Headers, tr("Headers"));
    m_tabs->setTabText(Timing, tr("Timing && usage"));
    m_curl->setText(tr("Copy as curl"));
    m_curl->setToolTip(tr("A curl command that sends this request again through MyGPT; "
                          "the key is read from $MYGPT_KEY"));
    m_copyAnswer->setText(tr("Copy answer"));
    m_copyId->setText(tr("Copy ID"));
    m_replay->setText(tr("Replay"));
    m_replay->setToolTip(tr("Send this request again through MyGPT"));
    m_exportOne->setText(tr("Export…"));
    m_exportOne->setToolTip(tr("Save this exchange as JSON"));
    m_raw->retranslate();
    render();
}

} // namespace mygpt::ui
