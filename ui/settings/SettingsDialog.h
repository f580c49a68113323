#pragma once

#include <QDialog>
#include <QHash>

#include "settings/SettingsStore.h"

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace mygpt::ui {

class GeneralPage;
class LoggingPage;
class NetworkPage;
class ServerPage;
class SettingsPage;
class UpstreamPage;

// What the dialog edits: the saved settings, and start at login (kept by the OS).
struct SettingsValues final
{
    SavedSettings saved;
    bool startAtLogin = false;
};

// The settings window, one tab per page. Invalid input is shown at its field and keeps Save
// disabled; Save writes through the SettingsStore (the keys to the keychain) and then says
// so with saved(), on which the app applies the new settings.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(SettingsStore *store, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // ConfigResult::sourceOf, to say which values the environment or .env overrides.
    void setValues(const SettingsValues &values, const QHash<QString, QString> &sourceOf = {});
    SettingsValues values() const;
    bool isValid() const;
    void setKeyStorageWarning(const QString &warning);

    // What the Save button does; asynchronous (the keychain answers later).
    void save();
    void retranslate();

    UpstreamPage *upstreamPage() const { return m_upstream; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *saveButton() const { return m_save; }

Q_SIGNALS:
    void saved(const mygpt::ui::SettingsValues &values, const QString &warning);

private:
    void validityChanged();
    void saveFinished(const SettingsValues &values, bool ok, const QString &warning);
    QList<SettingsPage *> pages() const;

    SettingsStore *m_store;
    SettingsValues m_values;
    QTabWidget *m_tabs;
    UpstreamPage *m_upstream;
    ServerPage *m_server;
    NetworkPage *m_network;
    LoggingPage *m_logging;
    GeneralPage *m_general;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    bool m_saving = false;
};

} // namespace mygpt::ui
