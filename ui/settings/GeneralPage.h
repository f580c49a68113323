#pragma once

#include "settings/SettingsPage.h"

class QCheckBox;
class QComboBox;
class QLabel;

namespace mygpt::ui {

// The app itself: language, start at login, start the server at launch.
class GeneralPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit GeneralPage(QWidget *parent = nullptr);

    QString title() const override;
    void load(const SavedSettings &saved) override;
    void store(SavedSettings &saved) const override;
    void retranslate() override;

    // Not a saved setting: the login session's own autostart entry is.
    void setStartAtLogin(bool enabled);
    bool startAtLogin() const;

private:
    QComboBox *m_language;
    QCheckBox *m_startAtLogin;
    QCheckBox *m_startServer;
    QLabel *m_languageLabel;
    QLabel *m_startLabel;
};

} // namespace mygpt::ui
