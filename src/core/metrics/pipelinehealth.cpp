// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelinehealth.h"

#include "git/repository.h"

#include "metrics/metricswindow.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace rd {

namespace {

std::optional<qint64> queueOf(const PipelineRun &run)
{
    if (!run.started.isValid())
        return std::nullopt;
    QDateTime first;
    for (const PipelineJob &job : run.jobs) {
        if (job.started.isValid() && (!first.isValid() || job.started < first))
            first = job.started;
    }
    if (!first.isValid())
        return std::nullopt;
    return std::max<qint64>(0, run.started.secsTo(first));
}

bool isDone(RunState state)
{
    return state == RunState::Success || state == RunState::Failed;
}

QList<FlakyJob> flakyJobs(const QList<const PipelineRun *> &runs)
{
    // Per commit, the runs in order; a job name that failed in one run and passed in a later
    // one of the same commit is flaky.
    QMap<QString, QList<const PipelineRun *>> bySha;
    for (const PipelineRun *run : runs)
        bySha[run->sha].append(run);
    QList<FlakyJob> flaky;
    for (auto it = bySha.cbegin(); it != bySha.cend(); ++it) {
        const QList<const PipelineRun *> &attempts = it.value();
        QHash<QString, qint64> failedIn; // job name → first run it failed in
        QSet<QString> reported;
        for (const PipelineRun *run : attempts) {
            for (const PipelineJob &job : run->jobs) {
                if (job.state == RunState::Failed && !failedIn.contains(job.name))
                    failedIn.insert(job.name, run->id);
                else if (job.state == RunState::Success && failedIn.contains(job.name)
                         && failedIn.value(job.name) != run->id && !reported.contains(job.name)) {
                    reported.insert(job.name);
                    flaky.append({job.name, it.key(), failedIn.value(job.name), run->id});
                }
            }
        }
    }
    return flaky;
}

QList<RedSpell> redSpells(const QList<const PipelineRun *> &runs, const QString &branch)
{
    QList<RedSpell> spells;
    bool red = false;
    for (const PipelineRun *run : runs) {
        if (run->ref != branch || !isDone(run->state))
            continue;
        const QDateTime end = run->finished.isValid() ? run->finished : run->started;
        if (run->state == RunState::Failed && !red) {
            red = true;
            spells.append({run->id, 0, end, {}});
        } else if (run->state == RunState::Success && red) {
            red = false;
            spells.last().greenRun = run->id;
            spells.last().green = end;
        }
    }
    return spells;
}

QDate mondayOf(const QDateTime &time)
{
    const QDate date = time.toUTC().date();
    return date.addDays(1 - date.dayOfWeek());
}

} // namespace

std::optional<double> WorkflowHealth::successRate() const
{
    if (succeeded + failed == 0)
        return std::nullopt;
    return double(succeeded) / double(succeeded + failed);
}

PipelineHealth PipelineHealth::of(const QList<PipelineRun> &runs,
                                  const QString &defaultBranch,
                                  const MetricsWindow *window)
{
    QMap<QString, QList<const PipelineRun *>> byWorkflow;
    for (const PipelineRun &run : runs) {
        if (window && (!run.started.isValid() || !window->contains(run.started)))
            continue;
        byWorkflow[run.workflow].append(&run);
    }
    PipelineHealth health;
    if (byWorkflow.isEmpty()) {
        health.noData = runs.isEmpty()
                                ? QCoreApplication::translate("rd::PipelineHealth",
                                                              "no pipeline runs were given")
                                : QCoreApplication::translate("rd::PipelineHealth",
                                                              "none of the pipeline runs (%1 "
                                                              "given) started in the window")
                                          .arg(runs.size());
        return health;
    }
    for (auto it = byWorkflow.begin(); it != byWorkflow.end(); ++it) {
        QList<const PipelineRun *> &list = it.value();
        std::stable_sort(list.begin(), list.end(), [](const PipelineRun *a, const PipelineRun *b) {
            if (a->started != b->started)
                return a->started < b->started;
            return a->id < b->id;
        });
        WorkflowHealth workflow;
        workflow.workflow = it.key();
        QList<qint64> durations;
        QList<qint64> queues;
        QMap<QDate, QList<const PipelineRun *>> weeks;
        for (const PipelineRun *run : std::as_const(list)) {
            HealthRun item;
            item.id = run->id;
            item.ref = run->ref;
            item.sha = run->sha;
            item.state = run->state;
            item.started = run->started;
            item.url = run->url;
            if (isDone(run->state) && run->finished.isValid())
                item.durationSeconds = run->durationSeconds();
            item.queueSeconds = queueOf(*run);
            if (run->state == RunState::Success)
                ++workflow.succeeded;
            else if (run->state == RunState::Failed)
                ++workflow.failed;
            if (item.durationSeconds)
                durations.append(*item.durationSeconds);
            if (item.queueSeconds)
                queues.append(*item.queueSeconds);
            if (run->started.isValid())
                weeks[mondayOf(run->started)].append(run);
            workflow.runs.append(item);
        }
        workflow.duration = Distribution::of(durations);
        workflow.queue = Distribution::of(queues);
        workflow.flaky = flakyJobs(list);
        workflow.redSpells = redSpells(list, defaultBranch);
        QList<qint64> toGreen;
        for (const RedSpell &spell : std::as_const(workflow.redSpells)) {
            if (spell.greenRun != 0)
                toGreen.append(spell.red.secsTo(spell.green));
        }
        workflow.timeToGreen = Distribution::of(toGreen);
        for (auto week = weeks.cbegin(); week != weeks.cend(); ++week) {
            HealthWeek entry;
            entry.monday = week.key();
            QList<qint64> weekDurations;
            for (const PipelineRun *run : week.value()) {
                ++entry.runs;
                entry.succeeded += run->state == RunState::Success ? 1 : 0;
                entry.failed += run->state == RunState::Failed ? 1 : 0;
                if (isDone(run->state) && run->finished.isValid())
                    weekDurations.append(run->durationSeconds().value_or(0));
            }
            entry.duration = Distribution::of(weekDurations);
            workflow.weeks.append(entry);
        }
        health.workflows.append(std::move(workflow));
    }
    return health;
}

QString PipelineHealth::defaultBranchOf(const git::Repository &repository)
{
    QString branch = repository.defaultBranch();
    if (branch.isEmpty())
        branch = repository.currentBranch();
    return branch.isEmpty() ? QStringLiteral("main") : branch;
}

} // namespace rd
