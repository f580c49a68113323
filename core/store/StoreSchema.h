#pragma once

#include <QSqlDatabase>
#include <QString>

namespace mygpt::storeschema {

// PRAGMA user_version of the layout this build writes. 1 was the first, metadata-and-bodies
// layout; 2 added the full-text index and split the bodies off the filtered columns.
inline constexpr int currentVersion = 2;

// Writer connection: file-level pragmas (auto_vacuum, WAL, synchronous), then every
// migration from the file's version to currentVersion, each in its own transaction.
bool prepare(QSqlDatabase &db, QString *error);

// Drops and recreates the full-text table and the delete trigger in their current form (a
// fast clear). A later schema that changes them must give migrateTo2 its own copy.
bool resetSearchIndex(QSqlDatabase &db);

// Used by prepare(); exposed for the migration test.
bool migrateTo1(QSqlDatabase &db);
bool migrateTo2(QSqlDatabase &db);

} // namespace mygpt::storeschema
