#pragma once

#include <QWidget>

#include "settings/SettingsForm.h"
#include "settings/SettingsStore.h"

namespace mygpt::ui {

// One tab of the settings dialog: fills its editors from the saved settings and writes
// them back; its SettingsForm knows whether everything on it can be saved.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget *parent = nullptr)
        : QWidget(parent)
        , m_form(new SettingsForm(this))
    { }

    virtual QString title() const = 0;
    virtual void load(const SavedSettings &saved) = 0;
    virtual void store(SavedSettings &saved) const = 0;
    virtual void retranslate() = 0;

    SettingsForm *form() const { return m_form; }

private:
    SettingsForm *m_form;
};

} // namespace mygpt::ui
