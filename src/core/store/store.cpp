// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "schema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace rd::store {

namespace {

QAtomicInt instances;
std::atomic<quint64> threads{0};
// A number per thread for connection names: thread pointers are reused after a thread ends.
thread_local const quint64 threadNumber = ++threads;

constexpr int busyTimeoutMs = 3000;

QString tr(const char *text)
{
    return QCoreApplication::translate("rd::store::Store", text);
}

} // namespace

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + u"/releasedesk/history.sqlite";
}

Store::Store(QString path)
    : m_path(std::move(path))
    , m_instance(instances.fetchAndAddRelaxed(1) + 1)
{
    auto opened = openFile();
    if (opened) {
        m_schemaVersion = *opened;
        m_persistent = true;
        return;
    }
    Error problem = opened.error();
    if (problem.is(errc::storeCorrupt)) {
        // Keep the damaged file for whoever wants to look at it, and start a fresh one: the
        // history is rebuilt from the forge as the watch goes on.
        const QString aside = m_path + u".corrupt-"
                              + QDateTime::currentDateTimeUtc().toString(
                                      QStringLiteral("yyyyMMddThhmmss"));
        releaseThreadConnection();
        if (QFile::rename(m_path, aside)) {
            QFile::remove(m_path + u"-wal");
            QFile::remove(m_path + u"-shm");
            problem.message += u' '
                               + tr("It was moved aside to %1 and a new one was started; the "
                                    "run history is read again from the forge.")
                                         .arg(QDir::toNativeSeparators(aside));
            opened = openFile();
            if (opened) {
                m_schemaVersion = *opened;
                m_persistent = true;
                m_problem = problem;
                return;
            }
            problem = opened.error();
        }
    }
    releaseThreadConnection();
    problem.message += u' '
                       + tr("ReleaseDesk keeps this session's history in memory; notifications "
                            "already sent may be sent again after a restart.");
    m_problem = problem;
    openMemory();
}

Store::~Store()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
}

Result<int> Store::openFile()
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(errc::storeUnavailable,
                    tr("The folder for the history database cannot be created; check its "
                       "permissions."),
                    QDir::toNativeSeparators(info.absolutePath()));
    m_databaseName = info.absoluteFilePath();
    QSqlDatabase database = connection();
    if (!database.isOpen())
        return fail(schema::sqlError(database.lastError(), m_path));
    // Read first, change nothing yet: a damaged, locked or newer file is reported as it is.
    auto version = schema::version(database);
    if (!version)
        return fail(version.error());
    if (*version > schema::currentVersion())
        return fail(schema::tooNew(*version, m_path));
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return fail(schema::sqlError(query.lastError(), m_path));
    if (query.value(0).toString() != u"ok")
        return fail(errc::storeCorrupt,
                    tr("The history database is damaged (%1).").arg(query.value(0).toString()),
                    m_path);
    // WAL: readers (the GUI) never wait for the writer (the watcher).
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
        return fail(schema::sqlError(query.lastError(), m_path));
    if (query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
        return fail(errc::storeUnavailable,
                    tr("The history database cannot use write-ahead logging (journal mode "
                       "\"%1\"); is it on a network file system?")
                            .arg(query.value(0).toString()),
                    m_path);
    query.finish(); // no statement may be open while the migration commits
    if (auto migrated = schema::migrate(database, m_path); !migrated)
        return fail(migrated.error());
    return schema::version(database);
}

void Store::openMemory()
{
    m_persistent = false;
    // A named shared-cache memory database: every thread's connection sees the same data as
    // long as one connection (this thread's, kept until the store ends) is open.
    m_databaseName = QStringLiteral("file:releasedesk-store-%1-%2?mode=memory&cache=shared")
                             .arg(QCoreApplication::applicationPid())
                             .arg(m_instance);
    QSqlDatabase database = connection();
    if (schema::migrate(database, m_databaseName))
        m_schemaVersion = schema::currentVersion();
}

QString Store::connectionName() const
{
    return QStringLiteral("releasedesk-store-%1-thread-%2").arg(m_instance).arg(threadNumber);
}

QSqlDatabase Store::addConnection(const QString &name) const
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    database.setDatabaseName(m_databaseName);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (m_databaseName.startsWith(u"file:"))
        options += u";QSQLITE_OPEN_URI";
    database.setConnectOptions(options);
    if (database.open()) {
        QSqlQuery query(database);
        query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    QMutexLocker lock(&m_mutex);
    m_connections.append(name);
    return database;
}

QSqlDatabase Store::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    return addConnection(name);
}

void Store::releaseThreadConnection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
    QMutexLocker lock(&m_mutex);
    m_connections.removeAll(name);
}

Error Store::queryError(const QSqlQuery &query) const
{
    return schema::sqlError(query.lastError(), m_path);
}

Status Store::exec(QSqlQuery &query) const
{
    if (!query.exec())
        return fail(queryError(query));
    return {};
}

Status Store::exec(const QString &statement) const
{
    QSqlQuery query(connection());
    if (!query.exec(statement))
        return fail(queryError(query));
    return {};
}

Status Store::transaction(const std::function<Status()> &work) const
{
    QSqlDatabase database = connection();
    QSqlQuery begin(database);
    // IMMEDIATE takes the write lock at once, so two writers wait for each other (busy
    // timeout) instead of failing halfway.
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(queryError(begin));
    Status done = work();
    QSqlQuery end(database);
    if (!done) {
        end.exec(QStringLiteral("ROLLBACK"));
        return done;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        Error error = queryError(end);
        QSqlQuery(database).exec(QStringLiteral("ROLLBACK"));
        return fail(error);
    }
    return {};
}

} // namespace rd::store
