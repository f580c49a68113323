#include "store/StoreSchema.h"

#include "store/RecordWriter.h"
#include "store/StoreDatabase.h"
#include "store/StoreLog.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mygpt::storeschema {

namespace {

using storedb::exec;
using storedb::scalar;

bool execAll(QSqlDatabase &db, std::initializer_list<QString> statements)
{
    for (const QString &sql : statements) {
        if (!exec(db, sql))
            return false;
    }
    return true;
}

bool filePragmas(QSqlDatabase &db, QString *error)
{
    // auto_vacuum only takes effect on a file without tables, or through a VACUUM.
    if (scalar(db, u"PRAGMA auto_vacuum"_s).toInt() != 2) {
        const bool hasTables = scalar(db, u"SELECT count(*) FROM sqlite_master"_s).toInt() > 0;
        if (!exec(db, u"PRAGMA auto_vacuum = INCREMENTAL"_s)
            || (hasTables && !exec(db, u"VACUUM"_s))) {
            *error = u"cannot enable incremental auto_vacuum"_s;
            return false;
        }
    }
    if (scalar(db, u"PRAGMA journal_mode = WAL"_s).toString() != u"wal"_s) {
        *error = u"cannot switch to WAL"_s;
        return false;
    }
    // NORMAL in WAL mode: a commit survives a crash of the process (not of the machine).
    // A larger page cache than the 2 MiB default: index merges and retention re-read pages.
    return execAll(db,
        { u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA journal_size_limit = 67108864"_s,
            u"PRAGMA cache_size = -32768"_s });
}

struct Migration
{
    int to;
    bool (*run)(QSqlDatabase &);
};

constexpr Migration migrations[] = { { 1, &migrateTo1 }, { 2, &migrateTo2 } };

} // namespace

bool prepare(QSqlDatabase &db, QString *error)
{
    // A newer file is left exactly as it is: its owner may come back.
    const int version = scalar(db, u"PRAGMA user_version"_s).toInt();
    if (version > currentVersion) {
        *error = u"the request log was written by a newer MyGPT (schema %1)"_s.arg(version);
        return false;
    }
    if (!filePragmas(db, error))
        return false;
    for (const Migration &m : migrations) {
        if (m.to <= version)
            continue;
        if (version > 0) // not for a new file
            qCInfo(lcStore) << "migrating the request log from schema" << version << "to" << m.to;
        if (!db.transaction() || !m.run(db)
            || !exec(db, u"PRAGMA user_version = "_s + QString::number(m.to)) || !db.commit()) {
            db.rollback();
            *error = u"migration to schema %1 failed"_s.arg(m.to);
            return false;
        }
    }
    return true;
}

bool migrateTo1(QSqlDatabase &db)
{
    // The first layout: one wide table, ISO text times, -1 for unknown counts.
    return execAll(db,
        {
            u"CREATE TABLE requests (id TEXT PRIMARY KEY, received TEXT NOT NULL, method TEXT,"
            " path TEXT, model TEXT, stream INTEGER, status INTEGER, duration_ms INTEGER,"
            " client_address TEXT, error TEXT, prompt_tokens INTEGER, completion_tokens INTEGER,"
            " total_tokens INTEGER, request_headers TEXT, response_headers TEXT,"
            " request_body BLOB, response_body BLOB, answer TEXT)"_s,
            u"CREATE INDEX requests_received ON requests(received)"_s,
        });
}

namespace {

bool createVersion2(QSqlDatabase &db)
{
    // Bodies live apart from the filtered columns so that scans and counts read small rows.
    // `seq` aliases the rowid: the content and the index rows are keyed by it, and VACUUM
    // keeps it.
    const QString requests
        = u"CREATE TABLE requests ("
          "seq INTEGER PRIMARY KEY, id TEXT NOT NULL, received_ms INTEGER NOT NULL,"
          " endpoint TEXT, method TEXT, path TEXT, model TEXT,"
          " stream INTEGER NOT NULL DEFAULT 0, status INTEGER NOT NULL DEFAULT 0,"
          " status_class INTEGER NOT NULL DEFAULT 0,"
          " first_byte_ms INTEGER, first_token_ms INTEGER, duration_ms INTEGER,"
          " prompt_tokens INTEGER, completion_tokens INTEGER,"
          " total_tokens INTEGER, cached_tokens INTEGER, reasoning_tokens INTEGER,"
          " finish_reason TEXT, client_address TEXT, user_agent TEXT,"
          " upstream_request_id TEXT, cancelled INTEGER NOT NULL DEFAULT 0,"
          " in_flight INTEGER NOT NULL DEFAULT 0, error TEXT,"
          " bytes_in INTEGER NOT NULL DEFAULT 0, bytes_out INTEGER NOT NULL DEFAULT 0,"
          " UNIQUE (received_ms, id))"_s;
    const QString content = u"CREATE TABLE request_content ("
                            "seq INTEGER PRIMARY KEY, request_headers TEXT, response_headers TEXT,"
                            " request_body BLOB, response_body BLOB, raw_events BLOB,"
                            " answer_content TEXT, answer_reasoning TEXT, tool_calls TEXT,"
                            " compressed INTEGER NOT NULL DEFAULT 0)"_s;
    return execAll(db,
               { requests, content, u"CREATE INDEX requests_by_id ON requests(id)"_s,
                   u"CREATE INDEX requests_by_model ON requests(model, received_ms, id)"_s,
                   u"CREATE INDEX requests_by_endpoint ON requests(endpoint, received_ms, id)"_s,
                   u"CREATE INDEX requests_by_status_class"
                   " ON requests(status_class, received_ms, id)"_s })
        && resetSearchIndex(db);
}

} // namespace

bool resetSearchIndex(QSqlDatabase &db)
{
    // Trigram: substrings of any script, so Chinese needs no word segmentation.
    return execAll(db,
        {
            u"DROP TRIGGER IF EXISTS requests_delete"_s,
            u"DROP TABLE IF EXISTS requests_fts"_s,
            u"CREATE VIRTUAL TABLE requests_fts USING fts5(prompt, answer, tokenize = 'trigram')"_s,
            u"CREATE TRIGGER requests_delete AFTER DELETE ON requests BEGIN"
            " DELETE FROM request_content WHERE seq = old.seq;"
            " DELETE FROM requests_fts WHERE rowid = old.seq; END"_s,
        });
}

bool migrateTo2(QSqlDatabase &db)
{
    const auto unknown = [](const char *column) -> QString {
        const QString c = QString::fromLatin1(column);
        return u"CASE WHEN "_s + c + u" >= 0 THEN "_s + c + u" END"_s;
    };
    // received "2024-05-01T12:34:56.789Z" -> ms; cancelled did not exist, so neither did
    // StatusClass::Cancelled.
    const QString receivedMs = u"CAST(strftime('%s', received) AS INTEGER) * 1000"
                               " + CAST(substr(strftime('%f', received), 4) AS INTEGER)"_s;
    const QString statusClass = u"CASE WHEN status >= 500 OR COALESCE(status, 0) = 0 THEN 2"
                                " WHEN status >= 400 THEN 1 ELSE 0 END"_s;
    if (!execAll(db,
            { u"ALTER TABLE requests RENAME TO requests_v1"_s, u"DROP INDEX requests_received"_s }))
        return false;
    if (!createVersion2(db))
        return false;
    const QString copy = u"INSERT INTO requests (seq, id, received_ms, endpoint, method, path,"
                         " model, stream, status, status_class, duration_ms, prompt_tokens,"
                         " completion_tokens, total_tokens, client_address, error) SELECT rowid,"
                         " id, "_s
        + receivedMs + u", path, method, path, COALESCE(model, ''), COALESCE(stream, 0),"_s
        + u" COALESCE(status, 0), "_s + statusClass + u", "_s + unknown("duration_ms") + u", "_s
        + unknown("prompt_tokens") + u", "_s + unknown("completion_tokens") + u", "_s
        + unknown("total_tokens") + u", client_address, error FROM requests_v1"_s;
    const QString copyContent = u"INSERT INTO request_content (seq, request_headers,"
                                " response_headers, request_body, response_body, answer_content)"
                                " SELECT rowid, request_headers, response_headers, request_body,"
                                " response_body, answer FROM requests_v1"_s;
    // The endpoint and the full-text rows need the C++ extraction.
    return execAll(db, { copy, copyContent, u"DROP TABLE requests_v1"_s })
        && RecordWriter::reindexAll(db);
}

} // namespace mygpt::storeschema
