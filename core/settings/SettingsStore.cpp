#include "settings/SettingsStore.h"

#include "config/ConfigSchema.h"

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {

// The keychain entries are "MyGPT/OPENAI_API_KEY" and so on.
constexpr auto keychainService = "MyGPT"_L1;

void mergeSecrets(SavedSettings &settings, const SecretStore::Secrets &secrets)
{
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        settings.values.insert(it.key(), QString::fromUtf8(it.value()));
}

} // namespace

std::unique_ptr<SettingsStore> SettingsStore::createDefault(QObject *parent)
{
    auto settings = std::make_unique<AppSettings>();
    auto secrets = std::make_unique<SecretStore>(
        settings.get(), std::make_unique<KeychainBackend>(keychainService));
    return std::make_unique<SettingsStore>(std::move(settings), std::move(secrets), parent);
}

SettingsStore::SettingsStore(
    std::unique_ptr<AppSettings> settings, std::unique_ptr<SecretStore> secrets, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_secrets(std::move(secrets))
{ }

SettingsStore::~SettingsStore() = default;

QStringList SettingsStore::secretNames()
{
    QStringList names;
    for (const SettingSpec &spec : settingSpecs()) {
        if (spec.secret)
            names.append(spec.name.toString());
    }
    return names;
}

SavedSettings SettingsStore::plainValues() const
{
    SavedSettings settings;
    settings.values = m_settings->proxyValues();
    settings.language = m_settings->language();
    settings.startServerAtLaunch = m_settings->startServerAtLaunch();
    settings.baseUrlHistory = m_settings->baseUrlHistory();
    return settings;
}

void SettingsStore::load(LoadCallback done)
{
    m_secrets->readAll(secretNames(),
        [settings = plainValues(), done = std::move(done)](
            const SecretStore::Secrets &secrets, const QString &warning) mutable {
            mergeSecrets(settings, secrets);
            done(settings, warning);
        });
}

SavedSettings SettingsStore::loadBlocking(int timeoutMs, QString *warning)
{
    SavedSettings settings = plainValues();
    mergeSecrets(settings, m_secrets->readAllBlocking(secretNames(), timeoutMs, warning));
    return settings;
}

QVariantMap SettingsStore::savedValues(int timeoutMs, QString *warning)
{
    return createDefault()->loadBlocking(timeoutMs, warning).values;
}

void SettingsStore::save(const SavedSettings &settings, SaveCallback done)
{
    m_settings->setProxyValues(settings.values); // drops the secrets
    m_settings->setLanguage(settings.language);
    m_settings->setStartServerAtLaunch(settings.startServerAtLaunch);
    m_settings->setBaseUrlHistory(settings.baseUrlHistory);
    m_settings->sync();

    SecretStore::Secrets secrets;
    for (const QString &name : secretNames())
        secrets.insert(name, settings.value(name).trimmed().toUtf8());
    m_secrets->writeAll(secrets, [this, done = std::move(done)](bool ok, const QString &warning) {
        if (ok)
            Q_EMIT saved();
        done(ok, warning);
    });
}

} // namespace mygpt
