// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/oid.h"
#include "metrics/deliverymetrics.h"

#include <QHash>

namespace rd {

// What the git-only change-failure rules look at.
struct ChangeFailureInput
{
    ReleaseHistory &history;
    git::Oid head;                                       // null in an empty repository
    const QList<qsizetype> &judged;                      // release indices, oldest tag time first
    const QHash<qsizetype, QList<qsizetype>> &commitsOf; // release index → its commits (P..D)
    const QList<QDateTime> &tagTime; // by release index; invalid for pre-releases
    const QList<qint64> &tagSeconds; // the same in seconds since the epoch
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
Result<QHash<qsizetype, QList<FailureReason>>> findChangeFailures(const ChangeFailureInput &input,
                                                                  Progress *progress);

} // namespace rd
