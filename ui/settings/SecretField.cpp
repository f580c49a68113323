#include "settings/SecretField.h"

#include <QAction>

#include "app/Icons.h"

using namespace Qt::StringLiterals;

namespace mygpt::ui {

SecretField::SecretField(const QString &objectName, QWidget *parent)
    : QLineEdit(parent)
    , m_show(new QAction(this))
{
    setObjectName(objectName);
    setEchoMode(QLineEdit::Password);
    // No autocompletion or input-method history of the key.
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_show->setObjectName(objectName + u"Show"_s);
    m_show->setCheckable(true);
    addAction(m_show, QLineEdit::TrailingPosition);
    connect(m_show, &QAction::toggled, this, &SecretField::setRevealed);
    setRevealed(false);
}

void SecretField::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    if (m_show->isChecked() != revealed)
        m_show->setChecked(revealed);
    m_show->setIcon(showKeyIcon(revealed));
    retranslate();
}

void SecretField::retranslate()
{
    m_show->setText(isRevealed() ? tr("Hide") : tr("Show"));
    m_show->setToolTip(isRevealed() ? tr("Hide the key") : tr("Show the key"));
}

} // namespace mygpt::ui
