#pragma once

#include "record/ExchangeRecord.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace mygpt {

// Inserts or updates one record (its row, its content row and its full-text row) with
// statements prepared once. The caller owns the transaction.
class RecordWriter final
{
public:
    explicit RecordWriter(QSqlDatabase &db);

    bool isValid() const { return m_valid; }

    // One transaction around many writes: a commit per batch, not per record.
    bool begin();
    bool commit(); // rolls back when the commit fails

    enum class Outcome { Added, Updated, Failed };
    Outcome write(const ExchangeRecord &record);

    // Recomputes the endpoint and the full-text rows of every record from its stored
    // content: after a migration, or when the extraction rules change.
    static bool reindexAll(QSqlDatabase &db);

private:
    bool prepare(QSqlQuery &q, const QString &sql);

    QSqlDatabase m_db;
    QSqlQuery m_find;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_content;
    QSqlQuery m_ftsDelete;
    QSqlQuery m_ftsInsert;
    bool m_valid = true;
};

} // namespace mygpt
