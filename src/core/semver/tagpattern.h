// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "semver/version.h"

#include <optional>

namespace rd {

// Maps tag names to versions and back. A pattern is literal text with one "{version}"
// placeholder: "v{version}" (the default), "{version}", "pkg@{version}", "pkg/v{version}",
// "{version}-lts". Tag names are not versions: "v1.2.3" is the tag, 1.2.3 the version.
//
// The shape rule: a tag has a pattern's shape when it starts with the prefix, ends with the
// suffix, and the text between starts with an ASCII digit, as every version does. The digit is
// what tells a version attempt ("v1.2", "1.2.3.4", "2024-05") from another naming scheme sharing
// the prefix ("vite@1.2.3" under "v{version}", "create-vite@1.2.3" or "latest" under
// "{version}"): the former is reported with the reason it is not SemVer, the latter is simply
// not this pattern's tag. Matching is case-sensitive, as git ref names are.
class TagPattern
{
public:
    TagPattern(); // "v{version}"

    // Error ("tag-pattern.invalid") unless the pattern holds exactly one "{version}", no other
    // brace (a misspelt placeholder), and the literal parts keep every tag a valid ref name
    // (git check-ref-format): no space, control character, "~^:?*[\\", "..", "//", "@{", no
    // component starting with "." or ending with ".lock", no "-", "/" or "." at the start, no
    // "/" or "." at the end. "refs/tags/v{version}" is refused: a pattern names tags, not refs.
    static Result<TagPattern> parse(const QString &pattern);

    const QString &pattern() const { return m_pattern; }
    const QString &prefix() const { return m_prefix; }
    const QString &suffix() const { return m_suffix; }

    // True when the tag has the pattern's literal prefix and suffix and the text between starts
    // with a digit (see the shape rule above).
    bool matchesShape(QStringView tagName) const;

    // The version a tag names: nullopt when the shape does not match. When the shape matches
    // but the middle is not SemVer ("v1.2", "v1.2.3.4") the result holds the error saying so
    // (semver.invalid, naming the tag and the rule), so callers can list such tags as skipped,
    // with the reason.
    std::optional<Result<Version>> match(QStringView tagName) const;

    // The tag name for a version: "v{version}" + 1.2.3 → "v1.2.3".
    QString format(const Version &version) const;

    // The pattern a tag name has when it is read as literal text followed by a SemVer version
    // ("44.39.2" → "{version}", "release-v2.0.0" → "release-v{version}", "pkg2@1.0.0" →
    // "pkg2@{version}"): the first place a digit starts a valid version, after a non-digit.
    // nullopt when no such place exists or the text before it is no valid pattern prefix.
    // Versions with a text suffix ("1.2.3-lts") read as pre-releases: suffixes are not guessed.
    static std::optional<TagPattern> ofTag(QStringView tagName);

private:
    QString m_pattern;
    QString m_prefix;
    QString m_suffix;
};

namespace errc {
inline constexpr QStringView invalidTagPattern = u"tag-pattern.invalid";
}

} // namespace rd
