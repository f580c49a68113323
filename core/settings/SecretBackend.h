#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

namespace mygpt {

// One place that keeps secrets by name: the system keychain, or an in-memory one for tests.
// Asynchronous, as keychains are: the callback runs later, in the backend's thread.
class SecretBackend : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound, // read or remove of a name that was never written
        Unavailable, // no keychain in this session: use the file fallback
        Failed, // the keychain is there but refused (locked, access denied...)
    };
    struct Result
    {
        Status status = Status::Ok;
        QByteArray value; // read only
        QString error; // for the user; never holds the secret
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    // For messages: "Secret Service", "macOS Keychain", "test keychain"...
    virtual QString displayName() const = 0;
    virtual void read(const QString &name, Callback done) = 0;
    virtual void write(const QString &name, const QByteArray &value, Callback done) = 0;
    virtual void remove(const QString &name, Callback done) = 0;
};

// The test backend: a map, answering on the next event-loop turn like a real keychain.
class MemorySecretBackend final : public SecretBackend
{
    Q_OBJECT

public:
    using SecretBackend::SecretBackend;

    // An unavailable backend answers every call with Unavailable (a bare Linux session).
    void setAvailable(bool available) { m_available = available; }
    QHash<QString, QByteArray> contents() const { return m_secrets; }
    int calls() const { return m_calls; }

    QString displayName() const override;
    void read(const QString &name, Callback done) override;
    void write(const QString &name, const QByteArray &value, Callback done) override;
    void remove(const QString &name, Callback done) override;

private:
    void answer(Callback done, Result result);

    QHash<QString, QByteArray> m_secrets;
    bool m_available = true;
    int m_calls = 0;
};

// The system keychain through QtKeychain (Secret Service / KWallet, macOS Keychain, Windows
// Credential Manager), or, built without it, a backend that is never available.
class KeychainBackend final : public SecretBackend
{
    Q_OBJECT

public:
    explicit KeychainBackend(const QString &service, QObject *parent = nullptr);

    QString displayName() const override;
    void read(const QString &name, Callback done) override;
    void write(const QString &name, const QByteArray &value, Callback done) override;
    void remove(const QString &name, Callback done) override;

private:
    QString m_service;
};

} // namespace mygpt
