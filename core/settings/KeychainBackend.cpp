#include "settings/SecretBackend.h"

#include <QTimer>

#ifdef MYGPT_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::StringLiterals;

namespace mygpt {

KeychainBackend::KeychainBackend(const QString &service, QObject *parent)
    : SecretBackend(parent)
    , m_service(service)
{ }

QString KeychainBackend::displayName() const
{
#if defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#else
    return tr("Secret Service");
#endif
}

#ifdef MYGPT_HAVE_KEYCHAIN

namespace {

SecretBackend::Result resultOf(const QKeychain::Job &job)
{
    SecretBackend::Result result;
    switch (job.error()) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretBackend::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretBackend::Status::Unavailable;
        break;
    case QKeychain::OtherError:
        // Linux without a Secret Service nor KWallet on the session bus ends up here.
        result.status = SecretBackend::Status::Unavailable;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = SecretBackend::Status::Failed;
        break;
    }
    result.error = job.errorString();
    return result;
}

// Runs the job and hands its result to `done`; the job deletes itself afterwards.
template<typename Job, typename Extract>
void run(Job *job, const QString &name, SecretBackend::Callback done, Extract extract)
{
    job->setAutoDelete(true);
    job->setKey(name);
    QObject::connect(job, &QKeychain::Job::finished, job,
        [job, done = std::move(done), extract](QKeychain::Job *) {
            SecretBackend::Result result = resultOf(*job);
            if (result.status == SecretBackend::Status::Ok)
                extract(*job, result);
            done(result);
        });
    job->start();
}

} // namespace

void KeychainBackend::read(const QString &name, Callback done)
{
    run(new QKeychain::ReadPasswordJob(m_service, this), name, std::move(done),
        [](const QKeychain::ReadPasswordJob &job, Result &result) {
            result.value = job.binaryData();
        });
}

void KeychainBackend::write(const QString &name, const QByteArray &value, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setBinaryData(value);
    run(job, name, std::move(done), [](const QKeychain::WritePasswordJob &, Result &) { });
}

void KeychainBackend::remove(const QString &name, Callback done)
{
    run(new QKeychain::DeletePasswordJob(m_service, this), name, std::move(done),
        [](const QKeychain::DeletePasswordJob &, Result &) { });
}

#else // built without QtKeychain: every secret goes to the file fallback

namespace {

void unavailable(QObject *context, SecretBackend::Callback done)
{
    QTimer::singleShot(0, context, [done = std::move(done)] {
        done({ SecretBackend::Status::Unavailable, {},
            KeychainBackend::tr("MyGPT was built without keychain support") });
    });
}

} // namespace

void KeychainBackend::read(const QString &, Callback done)
{
    unavailable(this, std::move(done));
}

void KeychainBackend::write(const QString &, const QByteArray &, Callback done)
{
    unavailable(this, std::move(done));
}

void KeychainBackend::remove(const QString &, Callback done)
{
    unavailable(this, std::move(done));
}

#endif

} // namespace mygpt
