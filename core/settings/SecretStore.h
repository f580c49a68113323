#pragma once

#include "settings/AppSettings.h"
#include "settings/SecretBackend.h"
#include "settings/SecretFile.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <memory>

namespace mygpt {

// The API key and the access key: in the keychain when there is one, else in the user-only
// SecretFile. Where each one went is noted in AppSettings, so reading never has to guess
// (and `--headless` never touches a keychain for a secret that was never saved).
class SecretStore final : public QObject
{
    Q_OBJECT

public:
    using Secrets = QHash<QString, QByteArray>; // setting name -> value
    // warning: empty, or a sentence for the user (keys fell back to the file, a keychain
    // refused); never holds a secret.
    using ReadCallback = std::function<void(const Secrets &, const QString &warning)>;
    using WriteCallback = std::function<void(bool ok, const QString &warning)>;

    SecretStore(AppSettings *settings, std::unique_ptr<SecretBackend> keychain,
        const QString &filePath = SecretFile::defaultPath(), QObject *parent = nullptr);
    ~SecretStore() override;

    // Reads every name that has a saved location.
    void readAll(const QStringList &names, ReadCallback done);
    // Writes each name (an empty value removes it), one after the other.
    void writeAll(const Secrets &secrets, WriteCallback done);
    // Waits for readAll() in a local event loop: for `--headless`, before anything runs.
    Secrets readAllBlocking(const QStringList &names, int timeoutMs, QString *warning);

    // Whether the keychain answers at all in this session (false: keys would go to the file).
    void checkKeychain(std::function<void(bool available)> done);
    // True when some secret lives in the file fallback; the UI shows fileWarning() then.
    bool usesFileFallback(const QStringList &names) const;
    QString fileWarning() const;
    QString filePath() const { return m_file.path(); }
    // The same for messages: "~/.config/MyGPT/secrets.json" on Unix, native separators.
    QString fileDisplayPath() const;
    SecretBackend *keychain() const { return m_keychain.get(); }

private:
    struct Job;
    void readNext(std::shared_ptr<Job> job);
    void writeNext(std::shared_ptr<Job> job);
    void writeToFile(const std::shared_ptr<Job> &job, const QString &name,
        const QByteArray &value, const QString &keychainError);
    void finishWrite(const std::shared_ptr<Job> &job);

    AppSettings *m_settings;
    std::unique_ptr<SecretBackend> m_keychain;
    SecretFile m_file;
};

} // namespace mygpt
