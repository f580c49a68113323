#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace mygpt {

struct DotEnvEntry final
{
    QString key;
    QString value;
    int line = 0; // 1-based line the entry starts on
};

struct DotEnvError final
{
    int line = 0;
    QString message; // never quotes the line: it may hold a key pasted in the wrong place
};

struct DotEnvResult final
{
    QList<DotEnvEntry> entries; // in file order; a repeated key appears twice, the last wins
    QList<DotEnvError> errors;
    bool ok() const { return errors.isEmpty(); }
};

// Parses python-dotenv style text. Never asserts and runs in linear time on any input.
DotEnvResult parseDotEnv(QByteArrayView text);

struct DotEnvFile final
{
    enum class Status { Loaded, NotFound, Unreadable, Malformed };
    Status status = Status::NotFound;
    QString path; // absolute
    QString errorString; // why NotFound/Unreadable, e.g. "No such file or directory"
    DotEnvResult result; // for Loaded and Malformed
};

// Files over this size are refused as Unreadable: a .env is a few lines, not a log.
inline constexpr qint64 maxDotEnvFileSize = 1024 * 1024;

DotEnvFile loadDotEnvFile(const QString &path);

} // namespace mygpt
