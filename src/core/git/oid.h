// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QString>

#include <git2/oid.h>

#include <optional>

namespace git {

// An object id (SHA-1). A value type; the null id is all zeros.
class Oid
{
public:
    Oid() = default;
    explicit Oid(const git_oid &raw)
        : m_raw(raw)
    {}

    // Full 40-digit hex only; nullopt otherwise.
    static std::optional<Oid> fromString(QStringView hex);

    bool isNull() const;
    QString toString() const; // 40 hex digits
    QString toShortString(int length = 7) const;
    const git_oid *raw() const { return &m_raw; }

    friend bool operator==(const Oid &a, const Oid &b);
    friend bool operator<(const Oid &a, const Oid &b);

private:
    git_oid m_raw{};
};

size_t qHash(const Oid &oid, size_t seed = 0);

} // namespace git
