#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <functional>

class QFormLayout;
class QLabel;
class QWidget;

namespace mygpt::ui {

// The rows of a settings page: each editor gets an error line under it, shown while its
// check fails (so invalid input is shown at the field), and a note when the environment,
// .env or the command line overrides what is saved here.
class SettingsForm final : public QObject
{
    Q_OBJECT

public:
    // Returns the reason the value cannot be saved, or an empty string when it can.
    using Check = std::function<QString()>;

    explicit SettingsForm(QWidget *page);

    QFormLayout *layout() const { return m_layout; }
    // Adds a labelled row; `setting` is its name in ConfigSchema ("PORT"), empty for GUI-only
    // preferences. Returns the label, whose text the page sets in retranslate().
    QLabel *addRow(QWidget *editor, const QString &setting = {}, Check check = {});
    // Re-checks every row when this widget changes (editors of a row are watched already).
    void watch(QWidget *widget);

    void revalidate();
    bool isValid() const { return m_valid; }
    // The error shown under the editor with this objectName; empty when it is valid.
    QString errorOf(const QString &editorName) const;
    // ConfigResult::sourceOf: field -> "environment", ".env", "command line"...
    void showSources(const QHash<QString, QString> &sourceOf);

Q_SIGNALS:
    void validityChanged(bool valid);

private:
    struct Row
    {
        QString setting;
        QWidget *editor;
        QLabel *error;
        QLabel *note;
        Check check;
    };

    QFormLayout *m_layout;
    QList<Row> m_rows;
    bool m_valid = true;
};

} // namespace mygpt::ui
