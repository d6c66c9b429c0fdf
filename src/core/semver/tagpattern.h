// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "semver/version.h"

#include <optional>

namespace rd {

// Maps tag names to versions and back. A pattern is literal text with one "{version}"
// placeholder: "v{version}" (the default), "{version}", "pkg@{version}", "pkg/v{version}".
// Tag names are not versions: "v1.2.3" is the tag, 1.2.3 the version.
class TagPattern
{
public:
    TagPattern(); // "v{version}"

    // Error ("tag-pattern.invalid") unless the pattern holds exactly one "{version}" and the
    // literal parts are valid in a ref name.
    static Result<TagPattern> parse(const QString &pattern);

    const QString &pattern() const { return m_pattern; }
    const QString &prefix() const { return m_prefix; }
    const QString &suffix() const { return m_suffix; }

    // True when the tag has the pattern's literal prefix and suffix (whatever is between).
    bool matchesShape(QStringView tagName) const;

    // The version a tag names: nullopt when the shape does not match. When the shape matches
    // but the middle is not SemVer ("v1.2", "v1.2.3.4") the result holds the error saying so,
    // so callers can list such tags as skipped, with the reason.
    std::optional<Result<Version>> match(QStringView tagName) const;

    // The tag name for a version: "v{version}" + 1.2.3 → "v1.2.3".
    QString format(const Version &version) const;

private:
    QString m_pattern;
    QString m_prefix;
    QString m_suffix;
};

namespace errc {
inline constexpr QStringView invalidTagPattern = u"tag-pattern.invalid";
}

} // namespace rd
