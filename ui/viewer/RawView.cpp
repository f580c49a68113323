#include "viewer/RawView.h"

#include "viewer/DetailStyle.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mygpt::ui {

namespace {

constexpr int maxHighlights = 2000; // beyond that, counting is enough

// Shift+Enter in the find field goes back.
class FindField final : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;
    std::function<void(bool backwards)> onEnter;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && onEnter) {
            onEnter(event->modifiers() & Qt::ShiftModifier);
            return;
        }
        QLineEdit::keyPressEvent(event);
    }
};

} // namespace

RawView::RawView(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_search(new FindField(this))
    , m_count(new QLabel(this))
{
    m_text->setObjectName(u"rawText"_s);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_search->setObjectName(u"rawSearch"_s);
    m_search->setClearButtonEnabled(true);
    static_cast<FindField *>(m_search)->onEnter
        = [this](bool back) { find(m_search->text(), back); };
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        highlightAll();
        find(m_search->text());
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);
    retranslate();
}

void RawView::setText(const QString &text)
{
    m_text->setPlainText(text);
    highlightAll();
}

QString RawView::text() const
{
    return m_text->toPlainText();
}

void RawView::find(const QString &needle, bool backwards)
{
    if (needle.isEmpty())
        return;
    const QTextDocument::FindFlags flags
        = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!m_text->find(needle, flags)) { // wrap around
        QTextCursor start(m_text->document());
        if (backwards)
            start.movePosition(QTextCursor::End);
        m_text->setTextCursor(start);
        m_text->find(needle, flags);
    }
}

void RawView::highlightAll()
{
    const QString needle = m_search->text();
    QList<QTextEdit::ExtraSelection> marks;
    m_matches = 0;
    if (!needle.isEmpty()) {
        QTextCharFormat format;
        format.setBackground(
            blend(palette().color(QPalette::Base), palette().color(QPalette::Highlight), 0.4));
        QTextCursor at(m_text->document());
        while (!(at = m_text->document()->find(needle, at)).isNull()) {
            if (++m_matches <= maxHighlights)
                marks.append({ at, format });
        }
    }
    m_text->setExtraSelections(marks);
    m_count->setText(needle.isEmpty() ? QString() : tr("%n match(es)", nullptr, m_matches));
}

void RawView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) // light <-> dark: the marks' colour with it
        highlightAll();
}

void RawView::retranslate()
{
    m_search->setPlaceholderText(tr("Find in request and response…"));
    highlightAll();
}

} // namespace mygpt::ui
