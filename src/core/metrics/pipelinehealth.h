// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forge/pipelinerun.h"
#include "metrics/distribution.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace git {
class Repository;
}

namespace rd {

struct MetricsWindow;

// A run as the health figures saw it: the item behind each number.
struct HealthRun
{
    qint64 id = 0;
    QString ref;
    QString sha;
    RunState state = RunState::Queued;
    QDateTime started;
    std::optional<qint64> durationSeconds; // finished runs (success or failed)
    std::optional<qint64> queueSeconds;    // from the run's start to its first job's start
    QUrl url;
};

// A job that failed, then passed on a re-run of the same commit.
struct FlakyJob
{
    QString job;
    QString sha;
    qint64 failedRun = 0;
    qint64 passedRun = 0;
};

// From a red default branch to the next green run of the same workflow.
struct RedSpell
{
    qint64 failedRun = 0;
    qint64 greenRun = 0; // 0: still red
    QDateTime red;       // the failed run's finish
    QDateTime green;     // the green run's finish
};

// One week (Monday, UTC) of a workflow: its runs, their success rate and median duration.
struct HealthWeek
{
    QDate monday;
    qsizetype runs = 0;
    qsizetype succeeded = 0;
    qsizetype failed = 0;
    Distribution duration;
};

struct WorkflowHealth
{
    QString workflow;
    QList<HealthRun> runs; // oldest first
    qsizetype succeeded = 0;
    qsizetype failed = 0;
    // Of the finished runs that passed or failed (cancelled and skipped runs left out);
    // nullopt when there are none.
    std::optional<double> successRate() const;
    Distribution duration;
    Distribution queue;
    QList<FlakyJob> flaky;
    QList<RedSpell> redSpells;
    Distribution timeToGreen; // over the spells that ended
    QList<HealthWeek> weeks;  // oldest first, weeks without runs left out
};

// Pipeline health per workflow, computed from a plain list of runs (with their jobs for the
// queue time and the flaky jobs) however they were obtained: fetched from a forge now, or
// read back from a store. Runs outside `window` (by their start) are left out when it is set.
// The default branch's runs give the time from red to green.
struct PipelineHealth
{
    QList<WorkflowHealth> workflows; // by name
    QString noData;                  // why there is nothing, when there is nothing

    static PipelineHealth of(const QList<PipelineRun> &runs,
                             const QString &defaultBranch,
                             const MetricsWindow *window = nullptr);
    // The branch whose runs give the time from red to green: the remote's default branch,
    // else the branch checked out, else "main".
    static QString defaultBranchOf(const git::Repository &repository);
};

} // namespace rd
