// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/analyzedcommit.h"
#include "history/nextversionreport.h"
#include "history/releasetag.h"
#include "history/tagindex.h"
#include "history/tagstyle.h"
#include "project/package.h"
#include "util/progress.h"

#include <QHash>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace git {
class CommitStore;
class PathChanges;
class Repository;
} // namespace git

namespace rd {

// One release of the history: its tag and the release it follows.
struct Release
{
    ReleaseTag tag;
    // Index in ReleaseHistory::releases() of the release it is compared with, -1 for the first.
    // A final release follows the highest final release below it, so its commits are all the
    // changes since that release (its pre-releases' included); a pre-release follows the
    // highest release of any kind below it.
    qsizetype previous = -1;

    bool isPreRelease() const { return tag.version.isPreRelease(); }
};

// The release history of a repository, or of one package of a monorepo: the releases (tags of
// the package's pattern, highest version first) and, on demand, the commits each one brings:
// those reachable from its tag and not from the previous release's, that change the package's
// folders. Tags are resolved once, each range is walked once and only as far as it goes, and
// every commit is read once whatever the number of ranges it is in.
//
// Holds the repository's commits read so far; like the Repository, used on one thread at a
// time, and must not outlive it.
class ReleaseHistory
{
public:
    // Reads the package's tags. An empty repository has no releases (nextVersion() says so).
    static Result<ReleaseHistory> open(const git::Repository &repository,
                                       const ProjectSettings &settings,
                                       const Package &package,
                                       Progress *progress = nullptr);
    ReleaseHistory(ReleaseHistory &&) noexcept;
    ReleaseHistory &operator=(ReleaseHistory &&) noexcept;
    ~ReleaseHistory();

    const Package &package() const { return m_package; }
    // The project's settings with the package's tag pattern and initial version; without a
    // configured pattern, the pattern read from the tags (see tagStyle()).
    const ProjectSettings &settings() const { return m_settings; }
    // How the release tags are named and why: configured, inferred or the default.
    const TagStyle &tagStyle() const { return m_style; }
    const QList<Release> &releases() const { return m_releases; }
    const QList<SkippedTag> &skippedTags() const { return m_tags.skipped(); }
    // The release named by a version ("1.2.0", "v1.2.0") or a tag name; -1 when none.
    qsizetype find(const QString &versionOrTag) const;

    // The releases a changelog shows: every final release, and the pre-releases of versions
    // not released as finals yet (a finished 1.3.0 already holds what 1.3.0-rc.1 had).
    QList<qsizetype> changelogReleases() const;

    // The commits release `index` brings, newest first (each after its children).
    Result<QList<qsizetype>> commits(qsizetype index, Progress *progress = nullptr);
    // Those commits read and classified as one range.
    Result<QList<AnalyzedCommit>> analyze(qsizetype index, Progress *progress = nullptr);
    QList<AnalyzedCommit> analyze(const QList<qsizetype> &nodes) const;

    // The commits of several releases, analysed, handed to `consume(index, commits)` in the
    // order of `indices`. Commits are read on the calling thread while the releases read
    // before are analysed and consumed on a second thread, so on two cores reading the history
    // and the work on its messages overlap. `consume` runs on that second thread, one release
    // at a time; it must not use this history. Returns once every release is consumed, or
    // with the first error (the remaining releases are then not consumed).
    Status analyzeReleases(const QList<qsizetype> &indices,
                           const std::function<void(qsizetype, QList<AnalyzedCommit> &&)> &consume,
                           Progress *progress = nullptr);

    // Where HEAD stands and what comes next. The current version is the highest release
    // reachable from HEAD. The last final release is the highest final release at or below it,
    // reachable or not: a patch release tagged on a maintenance branch that was never merged
    // back counts for main too. The commits since are those reachable from HEAD and from no
    // final release up to the last one; they are classified and decide the next version.
    Result<NextVersionReport> nextVersion(const NextVersionOptions &options = {},
                                          Progress *progress = nullptr);

    // The commits read so far (ids, messages, authors by node).
    git::CommitStore &store() { return *m_store; }
    const git::CommitStore &store() const { return *m_store; }

private:
    ReleaseHistory(const git::Repository &repository, ProjectSettings settings, Package package);
    Result<QList<qsizetype>> filtered(QList<qsizetype> nodes, Progress *progress);
    // Commits reachable from `head` and from no final release up to release `last` (-1: all).
    Result<QList<qsizetype>> unreleased(const git::Oid &head, qsizetype last, Progress *progress);
    // A lightweight tag's date is its commit's, read on first need (see TagIndex::scan).
    Status fillDate(qsizetype index);

    const git::Repository *m_repository;
    ProjectSettings m_settings;
    Package m_package;
    std::unique_ptr<git::CommitStore> m_store;
    std::unique_ptr<git::PathChanges> m_paths;
    TagStyle m_style;
    TagIndex m_tags;
    QList<Release> m_releases;
    QHash<qsizetype, QList<qsizetype>> m_commits; // by release index
};

} // namespace rd
