// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/sourcesettings.h"
#include "sources/versionsource.h"

#include <QMap>

namespace rd {

// How a source stands against the reference version.
enum class SourceStatus {
    Agrees,      // the same version (in the source's own ordering)
    Behind,      // older than the reference
    Ahead,       // newer than the reference
    Unparseable, // the text is not a version of the source's scheme (or no reference)
    Dynamic,     // computed elsewhere: nothing to compare here
    Missing,     // a configured source whose file or key is absent
};

QString toString(SourceStatus status); // "agrees", "behind", ...

// A source's role and key as a person reads them (translated); toString() stays for machines.
QString displayRole(SourceRole role);
QString displayKey(const QString &key);

struct SourceEntry
{
    VersionSource source;
    SourceStatus status = SourceStatus::Agrees;
    bool isReference = false;
    // Values of later columns (registries: "pypi", "npm", "oci"...), keyed by column id. The
    // grid shows one column per key any entry has; empty until a registry check fills them.
    QMap<QString, QString> extra;
};

// How many version sources a report holds and how many disagree with its reference: the one
// count the sources grid, `status` and the pre-flight give, so they never tell different numbers.
// Every entry counts (the release tag, files, read-only and dynamic ones); dynamic ones do not
// disagree.
struct SourceTally
{
    qsizetype sources = 0;
    qsizetype disagreeing = 0;
    std::optional<Version> reference;
    QString referenceName;

    // "All 3 version sources agree with 1.1.0 (tag v1.1.0)." and its siblings, translated.
    QString sentence() const;
};

// Every version source of a project compared with one reference: the latest release tag, or
// the configured primary source (sources.primary). This is what `status` prints and what the
// GUI's grid shows.
struct SourceReport
{
    QString root;
    std::optional<Version> reference;
    QString referenceName;      // "tag v3.2.0", "pyproject.toml#[project] version"
    QList<SourceEntry> entries; // the tag first, then files by depth, path, line
    QStringList warnings;

    // True when some source is behind, ahead, unparseable or missing (dynamic ones are not).
    bool hasMismatch() const;
    qsizetype count(SourceStatus status) const;
    SourceTally tally() const;

    // Compares sources with the reference: the source whose id() is `primary` when given
    // (error sources.primary-not-found when none has that id), else the "tag" source, else the
    // first project source that has a version. Pure: no files, no git.
    static Result<SourceReport> compare(QList<VersionSource> sources, const QString &primary = {});
};

namespace errc {
inline constexpr QStringView primaryNotFound = u"sources.primary-not-found";
}

} // namespace rd
