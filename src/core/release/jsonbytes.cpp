// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonbytes.h"

#include <QCryptographicHash>

namespace rd {

QString JsonBytes::sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonValue JsonBytes::encode(const std::optional<QByteArray> &bytes)
{
    if (!bytes)
        return QJsonValue(QJsonValue::Null);
    return QString::fromLatin1(bytes->toBase64());
}

std::optional<QByteArray> JsonBytes::decode(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    return QByteArray::fromBase64(value.toString().toLatin1());
}

QJsonValue JsonBytes::oid(const git::Oid &id)
{
    if (id.isNull())
        return QJsonValue(QJsonValue::Null);
    return id.toString();
}

std::optional<git::Oid> JsonBytes::oid(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    return git::Oid::fromString(value.toString());
}

QJsonObject JsonBytes::identity(const git::Signature &signature)
{
    return QJsonObject{{QStringLiteral("name"), signature.name},
                       {QStringLiteral("email"), signature.email}};
}

git::Signature JsonBytes::identity(const QJsonObject &object)
{
    return git::Signature{object.value(QLatin1String("name")).toString(),
                          object.value(QLatin1String("email")).toString(),
                          {}};
}

} // namespace rd
