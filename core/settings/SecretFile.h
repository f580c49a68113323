#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace mygpt {

// The fallback where no keychain is available: a small JSON file that only the user may
// read (0600 on Unix; on Windows the profile folder is already private to the user). The
// settings window says so whenever a secret lives here.
class SecretFile final
{
public:
    // AppConfigLocation + "/secrets.json".
    static QString defaultPath();

    explicit SecretFile(QString path = defaultPath())
        : m_path(std::move(path))
    { }

    QString path() const { return m_path; }
    // Empty when the file or the name does not exist.
    QByteArray read(const QString &name) const;
    // Writes atomically, readable by the owner only; false with *error set on failure.
    bool write(const QString &name, const QByteArray &value, QString *error = nullptr);
    // Removes the name, and the file once it holds nothing.
    bool remove(const QString &name, QString *error = nullptr);
    // True when the file exists and others than the owner may read or write it.
    bool isExposed() const;

private:
    QHash<QString, QByteArray> readAll() const;
    bool writeAll(const QHash<QString, QByteArray> &secrets, QString *error);

    QString m_path;
};

} // namespace mygpt
