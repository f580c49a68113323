#include "settings/SecretFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace mygpt {

namespace {

constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto noteKey = "_note"_L1;

} // namespace

QString SecretFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + u"/secrets.json"_s;
}

QHash<QString, QByteArray> SecretFile::readAll() const
{
    QHash<QString, QByteArray> secrets;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return secrets;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != noteKey)
            secrets.insert(it.key(), it.value().toString().toUtf8());
    }
    return secrets;
}

QByteArray SecretFile::read(const QString &name) const
{
    return readAll().value(name);
}

bool SecretFile::write(const QString &name, const QByteArray &value, QString *error)
{
    QHash<QString, QByteArray> secrets = readAll();
    secrets.insert(name, value);
    return writeAll(secrets, error);
}

bool SecretFile::remove(const QString &name, QString *error)
{
    QHash<QString, QByteArray> secrets = readAll();
    if (!secrets.remove(name))
        return true;
    if (secrets.isEmpty()) {
        if (QFile::remove(m_path) || !QFile::exists(m_path))
            return true;
        if (error)
            *error = QFile(m_path).errorString();
        return false;
    }
    return writeAll(secrets, error);
}

bool SecretFile::isExposed() const
{
    const QFileInfo info(m_path);
    if (!info.exists())
        return false;
    constexpr auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther;
    return (info.permissions() & others) != 0;
}

bool SecretFile::writeAll(const QHash<QString, QByteArray> &secrets, QString *error)
{
    QJsonObject object { { noteKey,
        u"MyGPT keeps its keys here because no system keychain was available. "
        u"Only your user account may read this file."_s } };
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        object.insert(it.key(), QString::fromUtf8(it.value()));

    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        if (error)
            *error = u"cannot create the folder of %1"_s.arg(m_path);
        return false;
    }
    QSaveFile file(m_path);
    // The permissions go on the temporary file before a byte of the secret is written.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly)
        || file.write(QJsonDocument(object).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace mygpt
