// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace rd {

// One vocabulary for GitHub Actions and GitLab CI.
enum class RunState { Queued, Running, Success, Failed, Cancelled, Skipped };

// "queued", "running", "success", "failed", "cancelled", "skipped"
QString runStateName(RunState state);
// Still going: queued or running.
inline bool isPending(RunState state)
{
    return state == RunState::Queued || state == RunState::Running;
}

struct PipelineJob
{
    qint64 id = 0;
    QString name;
    RunState state = RunState::Queued;
    QDateTime started;
    QDateTime finished;
    QUrl url;
    // Seconds from start to finish (to now while running); nullopt before it starts.
    std::optional<qint64> durationSeconds() const;
};

// A GitHub workflow run or a GitLab pipeline.
struct PipelineRun
{
    qint64 id = 0;
    QString workflow;     // the workflow's name (GitLab: the pipeline's name or its source)
    QString workflowPath; // .github/workflows/ci.yml; empty on GitLab
    QString ref;          // branch or tag
    QString sha;
    QString event; // push, workflow_dispatch, schedule, ...
    QString actor; // the login of who started it (empty when the forge does not say)
    RunState state = RunState::Queued;
    QUrl url; // the run's web page
    QDateTime started;
    QDateTime finished;
    QList<PipelineJob> jobs; // filled by Forge::jobs()
    std::optional<qint64> durationSeconds() const;
};

} // namespace rd
