// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

#include <optional>

class QSqlQuery;

namespace rd::store {

// ReleaseDesk's history database: SQLite through Qt Sql, in WAL mode so that readers never
// wait for the writer, with one connection per thread (Qt Sql connections must not cross
// threads). Opening never fails: a database that is locked by someone else or corrupt is
// reported through problem() (naming its file) and the store goes on in memory or in a fresh
// file, so the app still runs and rebuilds what it can from the forge.
class Store
{
public:
    // <XDG_DATA_HOME>/releasedesk/history.sqlite
    static QString defaultPath();

    explicit Store(QString path = defaultPath());
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // The file asked for, even when the store fell back to memory.
    const QString &path() const { return m_path; }
    // False when the file could not be used and the data lives in memory only.
    bool isPersistent() const { return m_persistent; }
    // What went wrong while opening (locked, corrupt, unwritable folder); nullopt when fine.
    const std::optional<Error> &problem() const { return m_problem; }
    // The schema version of the open database (currentSchemaVersion() once opened).
    int schemaVersion() const { return m_schemaVersion; }

    // The calling thread's connection, opened on its first use. A worker thread calls
    // releaseThreadConnection() before it ends.
    QSqlDatabase connection() const;
    void releaseThreadConnection() const;

    // Runs `query` (already prepared and bound); an error names the database.
    Status exec(QSqlQuery &query) const;
    // A statement without parameters.
    Status exec(const QString &statement) const;
    // Runs `work` in a transaction on this thread's connection; rolls back when it fails.
    Status transaction(const std::function<Status()> &work) const;

    Error queryError(const QSqlQuery &query) const;

private:
    Result<int> openFile();
    void openMemory();
    QSqlDatabase addConnection(const QString &name) const;
    QString connectionName() const;

    QString m_path;
    QString m_databaseName; // what the connections open: the file, or a shared memory URI
    bool m_persistent = false;
    int m_schemaVersion = 0;
    std::optional<Error> m_problem;
    int m_instance = 0;
    mutable QMutex m_mutex;
    mutable QStringList m_connections;
};

} // namespace rd::store

namespace rd::errc {
inline constexpr QStringView storeLocked = u"store.locked";
inline constexpr QStringView storeCorrupt = u"store.corrupt";
inline constexpr QStringView storeUnavailable = u"store.unavailable";
inline constexpr QStringView storeQuery = u"store.query";
inline constexpr QStringView storeTooNew = u"store.too-new";
} // namespace rd::errc
