// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changelog/changelogrelease.h"
#include "changelog/changelogsettings.h"

#include <QList>
#include <QString>

namespace rd {

// Release notes as Markdown, in one of two styles:
// - conventional-changelog (and release-please):
//     ## [1.2.0](compare-url) (2024-05-01)
//     ### ⚠ BREAKING CHANGES
//     * **api:** the breaking note
//     ### Features
//     * **api:** add x ([#12](issue-url)) ([abc1234](commit-url)), closes [#7](issue-url)
// - Keep a Changelog 1.1.0: "## [1.2.0] - 2024-05-01", then Added, Changed, Deprecated,
//   Removed, Fixed and Security sections of "- " entries; a whole file ends with the link
//   definitions of the version headings.
// Issue references in a description become links where the repository's links allow.
class MarkdownRenderer
{
public:
    // `format` must be Conventional or KeepAChangelog.
    MarkdownRenderer(ChangelogFormat format, ChangelogSettings settings);

    // One release, ending with a blank line: what ChangelogDocument::withNewRelease() inserts.
    QString section(const ChangelogRelease &release) const;
    // A new changelog file: the title and the style's introduction.
    QString header() const;
    // Keep a Changelog's "[1.2.0]: compare-url" line for a release (with a line ending); empty
    // in the conventional style or without a link.
    QString linkDefinition(const ChangelogRelease &release) const;
    // header(), every section, then the link definitions.
    QString document(const QList<ChangelogRelease> &releases) const;

    // One entry's line without the list marker ("**api:** add x ([abc1234](url))").
    QString entryText(const ChangelogEntry &entry) const;

private:
    void appendConventional(QString &out, const ChangelogRelease &release) const;
    void appendKeepAChangelog(QString &out, const ChangelogRelease &release) const;
    QString scoped(const ChangelogEntry &entry, const QString &text) const;

    ChangelogFormat m_format;
    ChangelogSettings m_settings;
};

} // namespace rd
