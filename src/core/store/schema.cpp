// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace rd::store::schema {

namespace {

// Version 1: what a watch needs (repositories, runs, jobs, their state changes, releases made
// from ReleaseDesk, notifications sent).
const char *const version1[] = {
        "CREATE TABLE repositories (id INTEGER PRIMARY KEY, forge TEXT NOT NULL, "
        "api TEXT NOT NULL, project TEXT NOT NULL, pinned INTEGER NOT NULL DEFAULT 1, "
        "added_at TEXT NOT NULL, UNIQUE (forge, api, project))",
        "CREATE TABLE runs (repository_id INTEGER NOT NULL REFERENCES repositories(id) "
        "ON DELETE CASCADE, run_id INTEGER NOT NULL, workflow TEXT NOT NULL, ref TEXT NOT NULL, "
        "sha TEXT NOT NULL, event TEXT NOT NULL, state TEXT NOT NULL, url TEXT NOT NULL, "
        "started_at TEXT, finished_at TEXT, seen_at TEXT NOT NULL, "
        "PRIMARY KEY (repository_id, run_id))",
        "CREATE TABLE jobs (repository_id INTEGER NOT NULL, run_id INTEGER NOT NULL, "
        "job_id INTEGER NOT NULL, name TEXT NOT NULL, state TEXT NOT NULL, url TEXT NOT NULL, "
        "started_at TEXT, finished_at TEXT, PRIMARY KEY (repository_id, job_id), "
        "FOREIGN KEY (repository_id, run_id) REFERENCES runs(repository_id, run_id) "
        "ON DELETE CASCADE)",
        "CREATE TABLE state_changes (id INTEGER PRIMARY KEY, repository_id INTEGER NOT NULL, "
        "run_id INTEGER NOT NULL, from_state TEXT, to_state TEXT NOT NULL, at TEXT NOT NULL)",
        "CREATE TABLE releases (id INTEGER PRIMARY KEY, repository_id INTEGER NOT NULL "
        "REFERENCES repositories(id) ON DELETE CASCADE, tag TEXT NOT NULL, sha TEXT NOT NULL, "
        "made_at TEXT NOT NULL, UNIQUE (repository_id, tag))",
        "CREATE TABLE notifications (key TEXT PRIMARY KEY, repository_id INTEGER NOT NULL, "
        "run_id INTEGER NOT NULL, summary TEXT NOT NULL, sent_at TEXT NOT NULL)",
};

// Version 2: the net layer's validator cache moves in from loose files, a notification keeps
// the daemon's id (so the run's next one replaces it), notification settings per repository.
const char *const version2[] = {
        "ALTER TABLE notifications ADD COLUMN server_id INTEGER",
        "CREATE INDEX notifications_run ON notifications (repository_id, run_id)",
        "CREATE INDEX state_changes_run ON state_changes (repository_id, run_id)",
        "CREATE TABLE http_cache (key TEXT PRIMARY KEY, etag BLOB, last_modified BLOB, "
        "body BLOB, headers TEXT NOT NULL, "
        "stored_at TEXT NOT NULL)",
        "CREATE TABLE notify_settings (repository_id INTEGER PRIMARY KEY REFERENCES "
        "repositories(id) ON DELETE CASCADE, enabled INTEGER NOT NULL DEFAULT 1, "
        "failures_only INTEGER NOT NULL DEFAULT 0, release_tags_only INTEGER NOT NULL DEFAULT 0, "
        "my_runs_only INTEGER NOT NULL DEFAULT 0, my_login TEXT NOT NULL DEFAULT '')",
};

// Version 3: what the background watch follows besides releases made here: the default branch
// and the latest release tag a repository had when it was last opened in ReleaseDesk, and when
// (the "all recent repositories" setting).
const char *const version3[] = {
        "ALTER TABLE repositories ADD COLUMN default_branch TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE repositories ADD COLUMN latest_tag TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE repositories ADD COLUMN opened_at TEXT",
};

struct Migration
{
    const char *const *begin;
    const char *const *end;
};

const Migration migrations[] = {
        {std::begin(version1), std::end(version1)},
        {std::begin(version2), std::end(version2)},
        {std::begin(version3), std::end(version3)},
};

} // namespace

Error sqlError(const QSqlError &error, const QString &where)
{
    const QString native = error.nativeErrorCode();
    // SQLite's primary codes: 5 busy, 6 locked, 11 corrupt, 26 not a database.
    if (native == u"5" || native == u"6")
        return {errc::storeLocked.toString(),
                QCoreApplication::translate("rd::store::Store",
                                            "The history database is locked by another "
                                            "program (%1).")
                        .arg(error.text()),
                where};
    if (native == u"11" || native == u"26")
        return {errc::storeCorrupt.toString(),
                QCoreApplication::translate("rd::store::Store",
                                            "The history database is damaged (%1).")
                        .arg(error.text()),
                where};
    return {errc::storeQuery.toString(),
            QCoreApplication::translate("rd::store::Store",
                                        "The history database could not be read or written: %1")
                    .arg(error.text()),
            where};
}

Error tooNew(int version, const QString &where)
{
    return {errc::storeTooNew.toString(),
            QCoreApplication::translate("rd::store::Store",
                                        "The history database has schema version %1, newer "
                                        "than this ReleaseDesk knows (%2). It is left alone; "
                                        "update ReleaseDesk to use it.")
                    .arg(version)
                    .arg(currentVersion()),
            where};
}

int currentVersion()
{
    return int(std::size(migrations));
}

Result<int> version(QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail(sqlError(query.lastError(), database.databaseName()));
    return query.value(0).toInt();
}

Status migrate(QSqlDatabase &database, const QString &where)
{
    QSqlQuery query(database);
    // IMMEDIATE: two processes opening an old file at once migrate it one after the other.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(sqlError(query.lastError(), where));
    auto rollback = [&](const QSqlError &error) {
        QSqlQuery(database).exec(QStringLiteral("ROLLBACK"));
        return fail(sqlError(error, where));
    };
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return rollback(query.lastError());
    const int from = query.value(0).toInt();
    if (from > currentVersion()) {
        QSqlQuery(database).exec(QStringLiteral("ROLLBACK"));
        return fail(tooNew(from, where));
    }
    for (int version = from; version < currentVersion(); ++version) {
        for (auto statement = migrations[version].begin; statement != migrations[version].end;
             ++statement) {
            if (!query.exec(QString::fromLatin1(*statement)))
                return rollback(query.lastError());
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(currentVersion())))
        return rollback(query.lastError());
    if (!query.exec(QStringLiteral("COMMIT")))
        return rollback(query.lastError());
    return {};
}

} // namespace rd::store::schema
