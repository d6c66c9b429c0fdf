// SPDX-License-Identifier: GPL-3.0-or-later
#include "filevalidatorcache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace rd::net {

FileValidatorCache::FileValidatorCache(QString directory)
    : m_directory(std::move(directory))
{}

QString FileValidatorCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
           + u"/releasedesk/http";
}

QString FileValidatorCache::pathFor(const QString &key) const
{
    return m_directory + u'/'
           + QString::fromLatin1(
                   QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex())
           + u".json";
}

std::optional<CachedResponse> FileValidatorCache::find(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    QFile file(pathFor(key));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    // A hash collision or a foreign file is a miss, not someone else's body.
    if (object.value(u"key").toString() != key)
        return std::nullopt;
    CachedResponse response;
    response.etag = object.value(u"etag").toString().toLatin1();
    response.lastModified = object.value(u"last-modified").toString().toLatin1();
    response.body = QByteArray::fromBase64(object.value(u"body").toString().toLatin1());
    const QJsonObject headers = object.value(u"headers").toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        response.headers.append({it.key().toLatin1(), it.value().toString().toLatin1()});
    if (response.etag.isEmpty() && response.lastModified.isEmpty())
        return std::nullopt;
    return response;
}

void FileValidatorCache::store(const QString &key, const CachedResponse &response)
{
    QMutexLocker lock(&m_mutex);
    QJsonObject headers;
    for (const auto &[name, value] : response.headers)
        headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    const QJsonObject object{{QStringLiteral("key"), key},
                             {QStringLiteral("etag"), QString::fromLatin1(response.etag)},
                             {QStringLiteral("last-modified"),
                              QString::fromLatin1(response.lastModified)},
                             {QStringLiteral("headers"), headers},
                             {QStringLiteral("body"),
                              QString::fromLatin1(response.body.toBase64())}};
    // A cache that cannot be written only costs a full answer next time.
    if (!QDir().mkpath(m_directory))
        return;
    QSaveFile file(pathFor(key));
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    file.commit();
}

} // namespace rd::net
