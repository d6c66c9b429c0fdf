// SPDX-License-Identifier: GPL-3.0-or-later
#include "oid.h"

#include <cstring>

namespace git {

std::optional<Oid> Oid::fromString(QStringView hex)
{
    if (hex.size() != GIT_OID_HEXSZ)
        return std::nullopt;
    const QByteArray latin = hex.toLatin1();
    git_oid raw;
    if (git_oid_fromstrn(&raw, latin.constData(), size_t(latin.size())) != 0)
        return std::nullopt;
    return Oid(raw);
}

bool Oid::isNull() const
{
    return git_oid_is_zero(&m_raw);
}

QString Oid::toString() const
{
    char buffer[GIT_OID_HEXSZ + 1];
    git_oid_tostr(buffer, sizeof buffer, &m_raw);
    return QString::fromLatin1(buffer, GIT_OID_HEXSZ);
}

QString Oid::toShortString(int length) const
{
    return toString().left(length);
}

bool operator==(const Oid &a, const Oid &b)
{
    return git_oid_equal(&a.m_raw, &b.m_raw);
}

bool operator<(const Oid &a, const Oid &b)
{
    return git_oid_cmp(&a.m_raw, &b.m_raw) < 0;
}

size_t qHash(const Oid &oid, size_t seed)
{
    // The id is already a hash: its first bytes are as good as any.
    size_t value;
    std::memcpy(&value, oid.raw()->id, sizeof value);
    return value ^ seed;
}

} // namespace git
