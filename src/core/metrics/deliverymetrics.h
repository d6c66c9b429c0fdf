// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forge/pipelinerun.h"
#include "git/oid.h"
#include "history/releasetag.h"
#include "metrics/deploymentband.h"
#include "metrics/distribution.h"
#include "metrics/metricswindow.h"
#include "util/progress.h"

#include <QList>
#include <QString>

#include <optional>

namespace git {
class Repository;
}

namespace rd {

class ProjectConfig;
class ReleaseHistory;

struct MetricsOptions
{
    QDateTime since; // invalid: `days` days before `until`
    int days = 90;
    QDateTime until; // invalid: HEAD's commit date
    // Change-failure rules that git alone can answer, each can be switched off.
    bool fixReleaseRule = true; // the next release is a patch of fixes only, within N days
    int fixReleaseDays = 7;
    bool revertRule = true; // a later commit reverts a commit of the release
    // A run of a deploy workflow on the release's tag or commit failed. It needs the names of
    // the deploy workflows (forge: deploy-workflows: in .releasedesk.yml) and the CI runs (the
    // history database's, or fetched from the forge); without either it takes no part.
    bool failedDeployRule = true;
    QStringList deployWorkflows;
    std::optional<QList<PipelineRun>> runs;
    // A release that reached the remote and was undone by ReleaseDesk: read from the clone's
    // record of undone releases (history/undonereleases.h), whose tags git no longer has.
    bool undoneReleaseRule = true;
};

// The deploy workflows .releasedesk.yml names (forge: deploy-workflows:), for the failed-deploy
// rule; an error names the key when it is not a list of names.
Result<QStringList> deployWorkflowsOf(const ProjectConfig &config);

// A commit of a deployment and its lead time: the deployment's tag time minus the commit's
// committer date (negative when the commit is dated after the tag).
struct LeadCommit
{
    git::Oid id;
    QString header;
    qint64 committed = 0; // committer date, seconds since the epoch
    qint64 seconds = 0;

    QDateTime committedTime() const { return QDateTime::fromSecsSinceEpoch(committed, Qt::UTC); }
};

// A deployment: a final release tag of the package's tag pattern. `tag.date` is its tag time:
// the tagger date of an annotated tag, else the committer date of the tagged commit.
struct Deployment
{
    ReleaseTag tag;
    QString previous;          // the previous deployment's tag (P); empty for the first release
    QList<LeadCommit> commits; // P..D; empty without P
    Distribution leadTime;     // over `commits`
    // Undone by ReleaseDesk after it reached the remote: its tag is gone, it has no commits of
    // its own (they are delivered by the next release) and it counts as failed.
    bool undone = false;
};

enum class FailureRule {
    FixRelease,    // the next release is a patch of fixes only, within N days
    Revert,        // a later commit reverts one of its commits
    FailedDeploy,  // a failed deploy run for that version (needs the store)
    UndoneRelease, // a release undone by ReleaseDesk after it reached the remote
};
// "fix-release", "revert", "failed-deploy", "undone-release": stable, for JSON.
QString failureRuleName(FailureRule rule);

struct FailureReason
{
    FailureRule rule = FailureRule::FixRelease;
    QString text;     // in words, with the evidence
    QString evidence; // the fix release's tag, or the reverting commit's id
    QDateTime detected;
};

// A deployment counted as failed, why, and when service was restored: the tag time of the
// next deployment that is not failed itself (none yet: not restored).
struct DeploymentFailure
{
    QString tag;
    QDateTime deployed;
    QList<FailureReason> reasons;
    QString restoredBy;
    QDateTime restored;
    std::optional<qint64> restoreSeconds() const;
};

// Whether a failure rule took part, and why not when it did not.
struct FailureRuleStatus
{
    FailureRule rule = FailureRule::FixRelease;
    bool enabled = false;
    QString note; // the rule in words, or what it needs
};

// The git-only DORA keys of a repository or package over a window. Every figure keeps the
// items behind it: the deployments, their commits, the failed deployments and their reasons.
struct DeliveryMetrics
{
    MetricsWindow window;
    MetricsOptions options;
    QString package;    // empty for the repository
    QString tagPattern; // "v{version}"
    QString noData;     // non-empty: no deployment in the window, and why

    QList<Deployment> deployments; // in the window, oldest first
    double perWeek = 0;
    BandVerdict band;

    Distribution leadTime; // over every commit of every deployment in the window
    QString leadTimeNoData;

    QList<DeploymentFailure> failures; // the failed deployments of the window, oldest first
    QList<FailureRuleStatus> rules;
    Distribution restore; // over the restored failures
    QString restoreNoData;

    qsizetype deploymentCount() const { return deployments.size(); }
    qsizetype leadCommitCount() const;
    // failed / deployments; nullopt without deployments. Never above 1: a deployment counts
    // once whatever the number of its reasons.
    std::optional<double> failureRate() const;
    // The failure of a deployment of the window, when it failed (an undone release and a later
    // one under the same tag are two deployments).
    const DeploymentFailure *failureOf(const Deployment &deployment) const;

    // Computes over an open history (its package and tag pattern). Reads the tags' dates, the
    // commits of the deployments from the window's start on, and those after the newest one.
    static Result<DeliveryMetrics> compute(const git::Repository &repository,
                                           ReleaseHistory &history,
                                           const MetricsOptions &options,
                                           Progress *progress = nullptr);
};

} // namespace rd
