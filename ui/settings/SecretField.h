#pragma once

#include <QLineEdit>

class QAction;

namespace mygpt::ui {

// A password field with an eye button that shows and hides what is typed.
class SecretField final : public QLineEdit
{
    Q_OBJECT

public:
    explicit SecretField(const QString &objectName, QWidget *parent = nullptr);

    QAction *showAction() const { return m_show; }
    void setRevealed(bool revealed);
    bool isRevealed() const { return echoMode() == QLineEdit::Normal; }
    void retranslate();

private:
    QAction *m_show;
};

} // namespace mygpt::ui
