// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forge/forgelocation.h"
#include "forge/pipelinerun.h"

#include <QDateTime>
#include <QMetaType>

#include <optional>

namespace rd::notify {

// Something a watch saw happen to the runs of a ref, a commit or a tag, in the words a
// release manager uses. The watcher makes them; notifications, the CLI's lines and the
// Activity list tell them.
struct RunEvent
{
    enum class Kind {
        Started,      // a run was queued or started
        Succeeded,    // a run passed
        Failed,       // a run failed
        Fixed,        // a run passed where the workflow's previous run on the ref failed
        StillFailing, // a run failed again
        Cancelled,    // a run was cancelled
        AllFinished,  // every run of what is watched has finished
    };

    Kind kind = Kind::Started;
    ForgeLocation location;
    qint64 repository = 0; // the store's id of the repository
    QString target;        // what is watched: "v1.4.0", "main", a commit id
    bool targetIsTag = false;
    PipelineRun run;                      // the run (for AllFinished: empty)
    std::optional<PipelineJob> failedJob; // the first failed job of a failed run

    // AllFinished: the runs and how they ended.
    QList<PipelineRun> runs;
    QDateTime at;
    // Every run had finished before the watch began: worth a line, not a notification.
    bool isHistory = false;

    // "started", "succeeded", "failed", "fixed", "still-failing", "cancelled", "all-finished"
    static QString kindName(Kind kind);
    bool isFailure() const;
    // One key per state change, the same in every process: notifications are sent once per
    // key (see store::NotificationLog).
    QString key() const;
    // AllFinished: the runs that passed, failed (or were cancelled), and the wall time from the
    // first start to the last finish in seconds.
    int passedCount() const;
    int failedCount() const;
    qint64 wallSeconds() const;
    // The first failed run of an AllFinished event (with its failed job when known).
    std::optional<PipelineRun> firstFailedRun() const;

    // "v1.4.0: 6 pipelines passed in 7 min 12 s", "CI failed on main", ...
    QString summary() const;
    // The second line: project, the failed job and its link, the duration.
    QString body() const;
};

// "7 min 12 s", "45 s", "1 h 2 min".
QString durationText(qint64 seconds);

} // namespace rd::notify

// Queued across the watcher's thread.
Q_DECLARE_METATYPE(rd::notify::RunEvent)
