// SPDX-License-Identifier: GPL-3.0-or-later
#include "storevalidatorcache.h"

#include "store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace rd::store {

std::optional<net::CachedResponse> StoreValidatorCache::find(const QString &key)
{
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral(
            "SELECT etag, last_modified, body, headers FROM http_cache WHERE key = ?"));
    query.addBindValue(key);
    if (!m_store.exec(query) || !query.next())
        return std::nullopt;
    net::CachedResponse response;
    response.etag = query.value(0).toByteArray();
    response.lastModified = query.value(1).toByteArray();
    response.body = query.value(2).toByteArray();
    const QJsonArray headers = QJsonDocument::fromJson(query.value(3).toByteArray()).array();
    for (const QJsonValue &pair : headers)
        response.headers.append({pair.toArray().at(0).toString().toLatin1(),
                                 pair.toArray().at(1).toString().toLatin1()});
    if (response.etag.isEmpty() && response.lastModified.isEmpty())
        return std::nullopt;
    return response;
}

void StoreValidatorCache::store(const QString &key, const net::CachedResponse &response)
{
    QJsonArray headers;
    for (const auto &[name, value] : response.headers)
        headers.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
    QSqlQuery query(m_store.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO http_cache (key, etag, last_modified, "
                                 "body, headers, stored_at) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(key);
    query.addBindValue(response.etag);
    query.addBindValue(response.lastModified);
    query.addBindValue(response.body);
    query.addBindValue(QJsonDocument(headers).toJson(QJsonDocument::Compact));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    // A cache that cannot be written only costs a full answer next time.
    (void) m_store.exec(query);
}

} // namespace rd::store
