// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QHashFunctions>
#include <QString>
#include <QStringList>

namespace rd {

// A Semantic Versioning 2.0.0 version.
//
// Equality (==) is identity, build metadata included; ordering (compare(), <) is the spec's
// precedence, where build metadata is ignored. So 1.0.0+a and 1.0.0+b are neither equal nor
// ordered: compare() returns 0.
//
// major, minor and patch are quint64: a larger number is a parse error, not a wrap-around.
// Numeric pre-release identifiers have no size limit (the spec sets none); they are kept as text
// and still compare numerically.
class Version
{
public:
    Version() = default; // 0.0.0
    // Takes the identifiers as given (no validation): pass identifiers that parse() would accept,
    // e.g. from parsePreRelease(), or toString() writes text that does not parse back.
    Version(quint64 major,
            quint64 minor,
            quint64 patch,
            QStringList preRelease = {},
            QStringList build = {});

    // Strict SemVer 2.0.0: no leading "v", no leading zeros in numeric identifiers, no empty
    // identifiers, only [0-9A-Za-z-]. The error message quotes the input and names the rule.
    static Result<Version> parse(QStringView text);
    static bool isValid(QStringView text) { return parse(text).has_value(); }
    // Dot-separated pre-release identifiers on their own ("rc.1", "beta"), checked with parse()'s
    // rules and messages; for pre-release names that come from settings rather than a version.
    static Result<QStringList> parsePreRelease(QStringView text);

    quint64 major() const { return m_major; }
    quint64 minor() const { return m_minor; }
    quint64 patch() const { return m_patch; }
    const QStringList &preRelease() const { return m_preRelease; }
    const QStringList &build() const { return m_build; }
    bool isPreRelease() const { return !m_preRelease.isEmpty(); }

    // major.minor.patch only.
    Version core() const { return Version(m_major, m_minor, m_patch); }

    QString toString() const;

    // Precedence per SemVer 2.0.0 §11: <0, 0 or >0.
    int compare(const Version &other) const;

    friend bool operator==(const Version &a, const Version &b) = default;
    friend bool operator<(const Version &a, const Version &b) { return a.compare(b) < 0; }
    friend bool operator>(const Version &a, const Version &b) { return a.compare(b) > 0; }
    friend bool operator<=(const Version &a, const Version &b) { return a.compare(b) <= 0; }
    friend bool operator>=(const Version &a, const Version &b) { return a.compare(b) >= 0; }

private:
    quint64 m_major = 0;
    quint64 m_minor = 0;
    quint64 m_patch = 0;
    QStringList m_preRelease;
    QStringList m_build;
};

size_t qHash(const Version &version, size_t seed = 0);

namespace errc {
inline constexpr QStringView invalidVersion = u"semver.invalid";
}

} // namespace rd
