#pragma once

#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace mygpt {

// Where a saved secret lives; stored in the settings file, the secret itself never is.
enum class SecretLocation { None, Keychain, File };

// The settings file written by the settings window (an INI file, the same on every
// platform): the proxy settings under their environment names, the GUI's own preferences,
// and where each secret is kept. Never a secret: setProxyValues() drops them.
class AppSettings final : public QObject
{
    Q_OBJECT

public:
    // AppConfigLocation + "/settings.ini".
    static QString defaultPath();

    explicit AppSettings(const QString &path = defaultPath(), QObject *parent = nullptr);

    QString path() const { return m_settings.fileName(); }
    // Brings a file of an older version up to date; called by the constructor.
    void migrate();

    // Non-secret proxy settings, keyed "PORT", "OPENAI_BASE_URL"...: ConfigSources::saved.
    QVariantMap proxyValues() const;
    // Replaces them all. Secret names are skipped, blank values are removed (so they fall
    // through to the default).
    void setProxyValues(const QVariantMap &values);

    SecretLocation secretLocation(const QString &name) const;
    void setSecretLocation(const QString &name, SecretLocation location);

    QString language() const; // "system", "en" or "zh_CN"
    void setLanguage(const QString &language);
    bool startServerAtLaunch() const;
    void setStartServerAtLaunch(bool start);
    // Base URLs the user typed that are not presets, most recent first.
    QStringList baseUrlHistory() const;
    void setBaseUrlHistory(const QStringList &urls);

    void sync() { m_settings.sync(); }

Q_SIGNALS:
    void changed(const QString &key);

private:
    void setValue(const QString &key, const QVariant &value);

    QSettings m_settings;
};

} // namespace mygpt
