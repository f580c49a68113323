#include "settings/AppSettings.h"

#include "config/ConfigSchema.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {

constexpr int currentVersion = 1;
constexpr qsizetype maxHistory = 10;

const QString versionKey = u"version"_s;
const QString proxyGroup = u"proxy"_s;
const QString secretsGroup = u"secrets"_s;
const QString languageKey = u"gui/language"_s;
const QString startServerKey = u"gui/startServerAtLaunch"_s;
const QString historyKey = u"gui/baseUrlHistory"_s;

bool isSecret(const QString &name)
{
    const SettingSpec *spec = findSetting(name);
    return spec && spec->secret;
}

} // namespace

QString AppSettings::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + u"/settings.ini"_s;
}

AppSettings::AppSettings(const QString &path, QObject *parent)
    : QObject(parent)
    , m_settings(path, QSettings::IniFormat)
{
    migrate();
}

void AppSettings::migrate()
{
    const int version = m_settings.value(versionKey, 0).toInt();
    // A new (or absent) file stays untouched: `--headless` reads settings, never writes them.
    if (version >= currentVersion || m_settings.allKeys().isEmpty())
        return;
    // Version 0 is a new file: nothing to convert yet. Belt and braces: a secret that
    // reached the proxy group by some older path is removed, never carried forward.
    m_settings.beginGroup(proxyGroup);
    const QStringList names = m_settings.childKeys();
    for (const QString &name : names) {
        if (isSecret(name))
            m_settings.remove(name);
    }
    m_settings.endGroup();
    m_settings.setValue(versionKey, currentVersion);
}

QVariantMap AppSettings::proxyValues() const
{
    QVariantMap values;
    // QSettings::beginGroup is not const; a read-only copy would re-read the file.
    const QStringList keys = m_settings.allKeys();
    const QString prefix = proxyGroup + u'/';
    for (const QString &key : keys) {
        if (!key.startsWith(prefix))
            continue;
        const QString name = key.mid(prefix.size());
        if (!isSecret(name))
            values.insert(name, m_settings.value(key).toString());
    }
    return values;
}

void AppSettings::setProxyValues(const QVariantMap &values)
{
    m_settings.setValue(versionKey, currentVersion);
    m_settings.remove(proxyGroup);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString text = it.value().toString().trimmed();
        if (isSecret(it.key()) || text.isEmpty())
            continue;
        m_settings.setValue(proxyGroup + u'/' + it.key(), text);
    }
    Q_EMIT changed(proxyGroup);
}

SecretLocation AppSettings::secretLocation(const QString &name) const
{
    const QString value = m_settings.value(secretsGroup + u'/' + name).toString();
    if (value == "keychain"_L1)
        return SecretLocation::Keychain;
    if (value == "file"_L1)
        return SecretLocation::File;
    return SecretLocation::None;
}

void AppSettings::setSecretLocation(const QString &name, SecretLocation location)
{
    const QString key = secretsGroup + u'/' + name;
    switch (location) {
    case SecretLocation::None:
        m_settings.remove(key);
        break;
    case SecretLocation::Keychain:
        m_settings.setValue(key, u"keychain"_s);
        break;
    case SecretLocation::File:
        m_settings.setValue(key, u"file"_s);
        break;
    }
    Q_EMIT changed(key);
}

QString AppSettings::language() const
{
    return m_settings.value(languageKey, u"system"_s).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    setValue(languageKey, language);
}

bool AppSettings::startServerAtLaunch() const
{
    return m_settings.value(startServerKey, true).toBool();
}

void AppSettings::setStartServerAtLaunch(bool start)
{
    setValue(startServerKey, start);
}

QStringList AppSettings::baseUrlHistory() const
{
    return m_settings.value(historyKey).toStringList();
}

void AppSettings::setBaseUrlHistory(const QStringList &urls)
{
    setValue(historyKey, urls.mid(0, maxHistory));
}

void AppSettings::setValue(const QString &key, const QVariant &value)
{
    if (m_settings.value(key) == value)
        return;
    m_settings.setValue(key, value);
    Q_EMIT changed(key);
}

} // namespace mygpt
