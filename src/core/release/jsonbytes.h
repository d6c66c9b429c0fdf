// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/oid.h"
#include "git/signature.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace rd {

// The small conversions plans and journals need between bytes, ids and JSON.
class JsonBytes
{
public:
    static QString sha256(const QByteArray &bytes);                   // lowercase hex
    static QJsonValue encode(const std::optional<QByteArray> &bytes); // base64, null when absent
    static std::optional<QByteArray> decode(const QJsonValue &value);
    static QJsonValue oid(const git::Oid &id); // hex, null for the null id
    static std::optional<git::Oid> oid(const QJsonValue &value);
    static QJsonObject identity(const git::Signature &signature); // name + email
    static git::Signature identity(const QJsonObject &object);    // `when` left invalid
};

} // namespace rd
