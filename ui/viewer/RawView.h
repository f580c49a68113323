#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace mygpt::ui {

// The Raw tab: monospace text with a find bar (Enter: next, Shift+Enter: previous; every
// match highlighted).
class RawView final : public QWidget
{
    Q_OBJECT

public:
    explicit RawView(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    void find(const QString &needle, bool backwards = false);
    int matchCount() const { return m_matches; }
    void retranslate();

protected:
    void changeEvent(QEvent *event) override;

private:
    void highlightAll();

    QPlainTextEdit *m_text;
    QLineEdit *m_search;
    QLabel *m_count;
    int m_matches = 0;
};

} // namespace mygpt::ui
