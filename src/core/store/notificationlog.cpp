// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationlog.h"

#include "store.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace rd::store {

Result<bool> NotificationLog::claim(const QString &key,
                                    qint64 repository,
                                    qint64 runId,
                                    const QString &summary) const
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral(
            "INSERT INTO notifications (key, repository_id, run_id, summary, sent_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING"));
    query.addBindValue(key);
    query.addBindValue(repository);
    query.addBindValue(runId);
    query.addBindValue(summary);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (auto done = m_store.exec(query); !done)
        return fail(done.error());
    return query.numRowsAffected() == 1;
}

Status NotificationLog::setServerId(const QString &key, quint32 serverId) const
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("UPDATE notifications SET server_id = ? WHERE key = ?"));
    query.addBindValue(serverId);
    query.addBindValue(key);
    return m_store.exec(query);
}

Result<quint32> NotificationLog::lastServerId(qint64 repository, qint64 runId) const
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral(
            "SELECT server_id FROM notifications WHERE repository_id = ? AND run_id = ? AND "
            "server_id IS NOT NULL ORDER BY sent_at DESC, rowid DESC LIMIT 1"));
    query.addBindValue(repository);
    query.addBindValue(runId);
    if (auto done = m_store.exec(query); !done)
        return fail(done.error());
    return query.next() ? query.value(0).toUInt() : 0u;
}

Result<int> NotificationLog::sentFor(qint64 repository, qint64 runId) const
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM notifications WHERE repository_id = ? AND run_id = ?"));
    query.addBindValue(repository);
    query.addBindValue(runId);
    if (auto done = m_store.exec(query); !done)
        return fail(done.error());
    return query.next() ? query.value(0).toInt() : 0;
}

Result<NotifySettings> NotificationLog::settings(qint64 repository) const
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("SELECT enabled, failures_only, release_tags_only, "
                                 "my_runs_only, my_login FROM notify_settings "
                                 "WHERE repository_id = ?"));
    query.addBindValue(repository);
    if (auto done = m_store.exec(query); !done)
        return fail(done.error());
    NotifySettings settings;
    if (query.next()) {
        settings.enabled = query.value(0).toBool();
        settings.failuresOnly = query.value(1).toBool();
        settings.releaseTagsOnly = query.value(2).toBool();
        settings.myRunsOnly = query.value(3).toBool();
        settings.myLogin = query.value(4).toString();
    }
    return settings;
}

Status NotificationLog::setSettings(qint64 repository, const NotifySettings &settings) const
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO notify_settings (repository_id, enabled, failures_only, "
            "release_tags_only, my_runs_only, my_login) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(repository),
                                  QVariant(int(settings.enabled)),
                                  QVariant(int(settings.failuresOnly)),
                                  QVariant(int(settings.releaseTagsOnly)),
                                  QVariant(int(settings.myRunsOnly)),
                                  QVariant(settings.myLogin)})
        query.addBindValue(value);
    return m_store.exec(query);
}

} // namespace rd::store
