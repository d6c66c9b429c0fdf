// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/releasetag.h"
#include "semver/tagpattern.h"

#include <QHash>
#include <QList>

namespace git {
class CommitStore;
class Repository;
} // namespace git

namespace rd {

// Every release tag of a repository under one tag pattern, resolved once: names, versions,
// commits and dates. Tags of other shapes are ignored; tags of this shape that are not SemVer
// or do not point at a commit are kept in skipped() with the reason.
class TagIndex
{
public:
    static Result<TagIndex> scan(const git::Repository &repository, const TagPattern &pattern);
    // The same through a commit store, which keeps the tagged commits for the walks to come.
    // Only tags of the pattern's shape are read. Without `dates`, a lightweight tag's date (its
    // commit's) is left invalid unless the store has read that commit already: the caller fills
    // it in when it reads the commit anyway.
    static Result<TagIndex> scan(git::CommitStore &store,
                                 const TagPattern &pattern,
                                 bool dates = true);
    // Tags of several styles of one version line ("44.39.2" and the older "v11.35.4"). When two
    // tags name the same version, the one of the earlier pattern is the release and the other is
    // skipped, with the reason.
    static Result<TagIndex> scan(git::CommitStore &store,
                                 const QList<TagPattern> &patterns,
                                 bool dates = true);

    // The first pattern: the one new tags are named by.
    const TagPattern &pattern() const { return m_patterns.first(); }
    const QList<TagPattern> &patterns() const { return m_patterns; }
    // Highest version first.
    const QList<ReleaseTag> &releases() const { return m_releases; }
    const QList<SkippedTag> &skipped() const { return m_skipped; }
    // The release tags on a commit (usually none or one).
    QList<ReleaseTag> tagsOn(const git::Oid &commit) const;
    const ReleaseTag *find(const Version &version) const;
    const ReleaseTag *findByName(const QString &name) const;

private:
    QList<TagPattern> m_patterns{TagPattern()};
    QList<ReleaseTag> m_releases;
    QList<SkippedTag> m_skipped;
    QMultiHash<git::Oid, qsizetype> m_byCommit;
};

} // namespace rd
