// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/oid.h"
#include "metrics/deliverymetrics.h"

#include <QHash>

#include <vector>

namespace rd {

struct AnalyzedCommit;
struct ConventionalCommit;
struct Release;

// A revert among the commits the metrics read.
struct RevertCommit
{
    git::Oid id;
    QString header;
    QString revertedCommit; // the id it names (7 or more hex digits), else empty
    QString revertedHeader;
    QDateTime time;       // its committer date
    qsizetype owner = -1; // the release it came with; -1: not released yet
};

// One deployment's commits (P..D), read and analysed once.
struct DeploymentCommits
{
    bool read = false;
    QList<LeadCommit> commits; // newest first, lead times against the tag time
    qsizetype fixes = 0;       // version-bumping commits that are fixes or reverts
    bool onlyFixes = false;    // every version-bumping commit is one of those (and there is one)
    QList<RevertCommit> reverts;

    // Fills the above from the analysed commits of release `index`, tagged at `deployed`.
    void take(qsizetype index, qint64 deployed, const QList<AnalyzedCommit> &analyzed);
};

// The revert a commit message makes, when it is one.
bool isRevert(const ConventionalCommit &parsed);

// What the git-only change-failure rules look at.
struct ChangeFailureInput
{
    const QList<Release> &releases;
    const QList<qsizetype> &judged;                // release indices, oldest tag time first
    const std::vector<DeploymentCommits> &commits; // by release index
    const QList<RevertCommit> &unreleased;         // reverts after the newest deployment
    const QList<QDateTime> &tagTime;               // by release index; invalid for pre-releases
    const QList<qint64> &tagSeconds;               // the same in seconds since the epoch
    const MetricsOptions &options;
};

// The judged deployments that failed by the enabled rules, each with every reason found:
// - fix release: a release whose previous release is this one, with the same major and minor
//   version and a higher patch, tagged within options.fixReleaseDays, whose commits that bump
//   the version are all `fix` commits or reverts (and at least one);
// - revert: a commit of a later release, or one not released yet, reverts a commit of this
//   one (by the id in "This reverts commit <id>", else by the reverted header: the newest
//   release before the revert with a commit of that header). A revert within the same release
//   undoes something never deployed and does not count.
QHash<qsizetype, QList<FailureReason>> findChangeFailures(const ChangeFailureInput &input);

} // namespace rd
