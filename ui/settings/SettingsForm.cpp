#include "settings/SettingsForm.h"

#include "viewer/DetailStyle.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "config/ConfigSchema.h"

using namespace Qt::StringLiterals;

namespace mygpt::ui {

namespace {

QLabel *smallLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    label->hide();
    return label;
}

QString sourceWords(const QString &source, const QString &setting)
{
    if (source == "environment"_L1)
        return SettingsForm::tr("the environment variable %1").arg(setting);
    if (source == ".env"_L1)
        return SettingsForm::tr("the .env file");
    if (source == "command line"_L1)
        return SettingsForm::tr("the command line");
    return {};
}

} // namespace

SettingsForm::SettingsForm(QWidget *page)
    : QObject(page)
    , m_layout(new QFormLayout(page))
{
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
}

QLabel *SettingsForm::addRow(QWidget *editor, const QString &setting, Check check)
{
    auto *parent = m_layout->parentWidget();
    auto *cell = new QWidget(parent);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins({});
    column->setSpacing(2);
    column->addWidget(editor);
    const QString name = editor->objectName();
    QLabel *error = smallLabel(cell, name + u"Error"_s);
    setToneText(error, Tone::Bad);
    QLabel *note = smallLabel(cell, name + u"Note"_s);
    note->setEnabled(false);
    column->addWidget(error);
    column->addWidget(note);

    auto *label = new QLabel(parent);
    label->setObjectName(name + u"Label"_s);
    label->setBuddy(editor);
    m_layout->addRow(label, cell);
    m_rows.append({ setting, editor, error, note, std::move(check) });
    watch(editor);
    return label;
}

void SettingsForm::watch(QWidget *widget)
{
    // Any edit may change another row's verdict (the host decides whether the access key is
    // required), so every change re-checks every row; there are a dozen at most.
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        connect(line, &QLineEdit::textChanged, this, &SettingsForm::revalidate);
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        connect(combo, &QComboBox::currentTextChanged, this, &SettingsForm::revalidate);
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
        connect(spin, &QAbstractSpinBox::editingFinished, this, &SettingsForm::revalidate);
    else if (auto *button = qobject_cast<QAbstractButton *>(widget))
        connect(button, &QAbstractButton::toggled, this, &SettingsForm::revalidate);
    // A composite editor: watch its line edits and combo boxes.
    for (QLineEdit *line : widget->findChildren<QLineEdit *>(Qt::FindDirectChildrenOnly))
        connect(line, &QLineEdit::textChanged, this, &SettingsForm::revalidate);
    for (QComboBox *combo : widget->findChildren<QComboBox *>(Qt::FindDirectChildrenOnly))
        connect(combo, &QComboBox::currentTextChanged, this, &SettingsForm::revalidate);
}

void SettingsForm::revalidate()
{
    bool valid = true;
    for (const Row &row : std::as_const(m_rows)) {
        const QString problem = row.check && row.editor->isEnabled() ? row.check() : QString();
        row.error->setText(problem);
        row.error->setVisible(!problem.isEmpty());
        row.editor->setToolTip(problem);
        valid = valid && problem.isEmpty();
    }
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}

QString SettingsForm::errorOf(const QString &editorName) const
{
    for (const Row &row : m_rows) {
        if (row.editor->objectName() == editorName)
            return row.error->text();
    }
    return {};
}

void SettingsForm::showSources(const QHash<QString, QString> &sourceOf)
{
    for (const Row &row : std::as_const(m_rows)) {
        const SettingSpec *spec = row.setting.isEmpty() ? nullptr : findSetting(row.setting);
        const QString words = spec
            ? sourceWords(sourceOf.value(spec->field.toString()), row.setting)
            : QString();
        row.note->setText(words.isEmpty()
                ? QString()
                : tr("In use: the value from %1. What you save here applies once that is "
                     "removed.")
                      .arg(words));
        row.note->setVisible(!words.isEmpty());
    }
}

} // namespace mygpt::ui
