#pragma once

#include "settings/AppSettings.h"
#include "settings/SecretStore.h"

#include <QObject>
#include <QVariantMap>
#include <functional>
#include <memory>

namespace mygpt {

// Everything the settings window edits, in one value.
struct SavedSettings final
{
    // Setting name ("PORT", "OPENAI_API_KEY"...) -> text, as ConfigSources::saved wants
    // it. The secrets are in here too, in memory only.
    QVariantMap values;
    QString language = QStringLiteral("system");
    bool startServerAtLaunch = true;
    QStringList baseUrlHistory;

    QString value(QStringView name) const { return values.value(name.toString()).toString(); }
    void setValue(QStringView name, const QString &text) { values.insert(name.toString(), text); }
};

// Loads and saves SavedSettings: plain values in AppSettings, secrets in the SecretStore.
class SettingsStore final : public QObject
{
    Q_OBJECT

public:
    using LoadCallback = std::function<void(const SavedSettings &, const QString &warning)>;
    using SaveCallback = std::function<void(bool ok, const QString &warning)>;

    // The real thing: AppSettings::defaultPath(), the system keychain, SecretFile's default.
    static std::unique_ptr<SettingsStore> createDefault(QObject *parent = nullptr);

    SettingsStore(std::unique_ptr<AppSettings> settings, std::unique_ptr<SecretStore> secrets,
        QObject *parent = nullptr);
    ~SettingsStore() override;

    void load(LoadCallback done);
    void save(const SavedSettings &settings, SaveCallback done);
    // For `--headless`: waits at most timeoutMs for the keychain.
    SavedSettings loadBlocking(int timeoutMs, QString *warning);
    // ConfigSources::saved for `--headless`, from the default files and keychain. The
    // keychain is asked only for keys the settings window saved there.
    static QVariantMap savedValues(int timeoutMs, QString *warning);

    AppSettings *settings() const { return m_settings.get(); }
    SecretStore *secrets() const { return m_secrets.get(); }
    // The names of the secret settings (from ConfigSchema): OPENAI_API_KEY, MYGPT_ACCESS_KEY.
    static QStringList secretNames();

Q_SIGNALS:
    // After a successful save(): listeners re-read the configuration.
    void saved();

private:
    SavedSettings plainValues() const;

    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
};

} // namespace mygpt
