// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/projectconfig.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd {

enum class ChangelogFormat {
    Conventional,   // conventional-changelog / release-please Markdown (the default)
    KeepAChangelog, // Keep a Changelog 1.1.0 Markdown
    Json,
};

// "md", "conventional", "keepachangelog" (also "keep-a-changelog", "kac"), "json".
std::optional<ChangelogFormat> changelogFormatFromString(QStringView text);
QString toString(ChangelogFormat format); // "conventional", "keepachangelog", "json"

// How a commit's scope shows in an entry.
enum class ScopeDisplay {
    Bold,   // "**api:** add x" (conventional-changelog)
    Plain,  // "api: add x"
    Hidden, // "add x"
};

// How release notes look, from the `changelog` section of .releasedesk.yml. Which types are in
// which section, and which are hidden, comes from `types` (CommitRules); this adds:
//
//   changelog:
//     format: keepachangelog      # conventional (default) | keepachangelog | json
//     sections: [Bug Fixes, Features]   # section order by title; others follow as in `types`
//     hidden: [perf]              # types left out of the notes (they still bump the version)
//     scopes: bold                # bold (default) | plain | hidden
//     authors: false              # name each entry's authors (and Co-authored-by)
//     breaking-title: "⚠ BREAKING CHANGES"
//     template: .github/changelog.mustache   # a Mustache template instead of the format
//     keep-a-changelog:           # type → Keep a Changelog section (Added, Changed,
//       perf: Changed             #   Deprecated, Removed, Fixed, Security)
struct ChangelogSettings
{
    ChangelogFormat format = ChangelogFormat::Conventional;
    QStringList sectionOrder;
    QStringList hiddenTypes; // lower-case
    ScopeDisplay scopes = ScopeDisplay::Bold;
    bool authors = false;
    QString breakingTitle = QStringLiteral("⚠ BREAKING CHANGES");
    QString templateFile;                           // relative to the repository root; empty: none
    QHash<QString, QString> keepAChangelogSections; // overrides of the defaults, by type

    // The Keep a Changelog section of a type: feat → Added, fix → Fixed, deprecate →
    // Deprecated, remove → Removed, security → Security, anything else → Changed, unless
    // configured.
    QString keepAChangelogSection(const QString &type) const;
    bool isHidden(QStringView type) const;

    // Errors name the key and line.
    static Result<ChangelogSettings> fromConfig(const ProjectConfig &config);
};

} // namespace rd
