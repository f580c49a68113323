#include "settings/SecretStore.h"

#include <QDir>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace mygpt {

Q_LOGGING_CATEGORY(lcSecrets, "mygpt.settings.secrets", QtInfoMsg)

// One readAll() or writeAll() in progress: the names left, what was read, what went wrong.
struct SecretStore::Job
{
    QStringList names;
    Secrets secrets;
    QStringList warnings;
    bool ok = true;
    ReadCallback readDone;
    WriteCallback writeDone;
};

SecretStore::SecretStore(AppSettings *settings, std::unique_ptr<SecretBackend> keychain,
    const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keychain(std::move(keychain))
    , m_file(filePath)
{
    m_keychain->setParent(nullptr); // owned here, not by a QObject parent
}

SecretStore::~SecretStore() = default;

void SecretStore::readAll(const QStringList &names, ReadCallback done)
{
    auto job = std::make_shared<Job>();
    job->names = names;
    job->readDone = std::move(done);
    readNext(job);
}

void SecretStore::readNext(std::shared_ptr<Job> job)
{
    if (job->names.isEmpty()) {
        job->readDone(job->secrets, job->warnings.join(u' '));
        return;
    }
    const QString name = job->names.takeFirst();
    switch (m_settings->secretLocation(name)) {
    case SecretLocation::None:
        readNext(std::move(job));
        return;
    case SecretLocation::File:
        if (const QByteArray value = m_file.read(name); !value.isEmpty())
            job->secrets.insert(name, value);
        readNext(std::move(job));
        return;
    case SecretLocation::Keychain:
        break;
    }
    m_keychain->read(name, [this, job, name](const SecretBackend::Result &result) {
        if (result.status == SecretBackend::Status::Ok) {
            job->secrets.insert(name, result.value);
        } else if (result.status != SecretBackend::Status::NotFound) {
            job->warnings.append(tr("%1 could not be read from the %2: %3")
                    .arg(name, m_keychain->displayName(), result.error));
            qCWarning(lcSecrets).noquote() << job->warnings.constLast();
        }
        readNext(job);
    });
}

void SecretStore::writeAll(const Secrets &secrets, WriteCallback done)
{
    auto job = std::make_shared<Job>();
    job->names = secrets.keys();
    job->names.sort(); // a stable order for tests and logs
    job->secrets = secrets;
    job->writeDone = std::move(done);
    writeNext(job);
}

void SecretStore::writeNext(std::shared_ptr<Job> job)
{
    if (job->names.isEmpty()) {
        finishWrite(job);
        return;
    }
    const QString name = job->names.takeFirst();
    const QByteArray value = job->secrets.value(name);
    if (value.isEmpty()) {
        // Forget it everywhere; a keychain without the entry is not an error.
        m_file.remove(name);
        m_settings->setSecretLocation(name, SecretLocation::None);
        m_keychain->remove(name, [this, job](const SecretBackend::Result &) { writeNext(job); });
        return;
    }
    m_keychain->write(name, value, [this, job, name, value](const SecretBackend::Result &result) {
        if (result.status == SecretBackend::Status::Ok) {
            m_settings->setSecretLocation(name, SecretLocation::Keychain);
            m_file.remove(name); // a keychain that appeared since takes over from the file
            writeNext(job);
        } else {
            writeToFile(job, name, value, result.error);
        }
    });
}

void SecretStore::writeToFile(const std::shared_ptr<Job> &job, const QString &name,
    const QByteArray &value, const QString &keychainError)
{
    qCWarning(lcSecrets).noquote() << u"The %1 is not available (%2); %3 goes to %4"_s.arg(
        m_keychain->displayName(), keychainError, name, m_file.path());
    QString error;
    if (m_file.write(name, value, &error)) {
        m_settings->setSecretLocation(name, SecretLocation::File);
    } else {
        job->ok = false;
        job->warnings.append(tr("%1 could not be saved: %2").arg(name, error));
    }
    writeNext(job);
}

void SecretStore::finishWrite(const std::shared_ptr<Job> &job)
{
    m_settings->sync();
    const QStringList all = job->secrets.keys();
    if (job->ok && usesFileFallback(all))
        job->warnings.append(fileWarning());
    job->writeDone(job->ok, job->warnings.join(u' '));
}

SecretStore::Secrets SecretStore::readAllBlocking(
    const QStringList &names, int timeoutMs, QString *warning)
{
    // Shared with the callback, which may still come after a timeout, once we are gone.
    struct Outcome
    {
        Secrets secrets;
        QString warning;
        bool finished = false;
    };
    const auto outcome = std::make_shared<Outcome>();
    QEventLoop loop;
    const QPointer<QEventLoop> waiting(&loop);
    readAll(names, [outcome, waiting](const Secrets &read, const QString &why) {
        *outcome = { read, why, true };
        if (waiting)
            waiting->quit();
    });
    if (!outcome->finished) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (warning) {
        *warning = outcome->finished
            ? outcome->warning
            : tr("The %1 did not answer in time.").arg(m_keychain->displayName());
    }
    return outcome->secrets;
}

void SecretStore::checkKeychain(std::function<void(bool available)> done)
{
    m_keychain->read(u"MyGPT-probe"_s, [done = std::move(done)](const SecretBackend::Result &result) {
        done(result.status != SecretBackend::Status::Unavailable);
    });
}

bool SecretStore::usesFileFallback(const QStringList &names) const
{
    for (const QString &name : names) {
        if (m_settings->secretLocation(name) == SecretLocation::File)
            return true;
    }
    return false;
}

QString SecretStore::fileDisplayPath() const
{
    const QString path = QDir::cleanPath(m_file.path());
#ifndef Q_OS_WIN
    const QString home = QDir::homePath();
    if (path.startsWith(home + u'/'))
        return u"~"_s + path.mid(home.size());
#endif
    return QDir::toNativeSeparators(path);
}

QString SecretStore::fileWarning() const
{
    return tr("No keychain is available in this session, so your keys are kept in %1, "
              "readable only by your user account.")
        .arg(fileDisplayPath());
}

} // namespace mygpt
