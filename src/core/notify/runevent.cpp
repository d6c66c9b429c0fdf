// SPDX-License-Identifier: GPL-3.0-or-later
#include "runevent.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace rd::notify {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rd::notify::RunEvent", text);
}

} // namespace

QString durationText(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 60)
        return QCoreApplication::translate("rd::notify::RunEvent", "%1 s").arg(seconds);
    if (seconds < 3600)
        return QCoreApplication::translate("rd::notify::RunEvent", "%1 min %2 s")
                .arg(seconds / 60)
                .arg(seconds % 60);
    return QCoreApplication::translate("rd::notify::RunEvent", "%1 h %2 min")
            .arg(seconds / 3600)
            .arg(seconds % 3600 / 60);
}

QString RunEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Started:
        return QStringLiteral("started");
    case Kind::Succeeded:
        return QStringLiteral("succeeded");
    case Kind::Failed:
        return QStringLiteral("failed");
    case Kind::Fixed:
        return QStringLiteral("fixed");
    case Kind::StillFailing:
        return QStringLiteral("still-failing");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::AllFinished:
        return QStringLiteral("all-finished");
    }
    return {};
}

bool RunEvent::isFailure() const
{
    switch (kind) {
    case Kind::Failed:
    case Kind::StillFailing:
    case Kind::Cancelled:
        return true;
    case Kind::AllFinished:
        return failedCount() > 0;
    default:
        return false;
    }
}

QString RunEvent::key() const
{
    const QString where = location.typeName() + u':' + location.api.toString() + u':'
                          + location.project;
    if (kind != Kind::AllFinished)
        return QStringLiteral("%1/run/%2/%3").arg(where).arg(run.id).arg(kindName(kind));
    // The same runs ending the same way are one event; a re-run that ends otherwise is another.
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const PipelineRun &each : runs)
        hash.addData(QStringLiteral("%1=%2;").arg(each.id).arg(runStateName(each.state)).toUtf8());
    return QStringLiteral("%1/all/%2/%3")
            .arg(where, target, QString::fromLatin1(hash.result().toHex().left(16)));
}

int RunEvent::passedCount() const
{
    return int(std::count_if(runs.begin(), runs.end(), [](const PipelineRun &r) {
        return r.state == RunState::Success || r.state == RunState::Skipped;
    }));
}

int RunEvent::failedCount() const
{
    return int(std::count_if(runs.begin(), runs.end(), [](const PipelineRun &r) {
        return r.state == RunState::Failed || r.state == RunState::Cancelled;
    }));
}

qint64 RunEvent::wallSeconds() const
{
    QDateTime first;
    QDateTime last;
    for (const PipelineRun &each : runs) {
        if (each.started.isValid() && (!first.isValid() || each.started < first))
            first = each.started;
        if (each.finished.isValid() && (!last.isValid() || each.finished > last))
            last = each.finished;
    }
    return first.isValid() && last.isValid() ? first.secsTo(last) : 0;
}

std::optional<PipelineRun> RunEvent::firstFailedRun() const
{
    for (const PipelineRun &each : runs) {
        if (each.state == RunState::Failed || each.state == RunState::Cancelled)
            return each;
    }
    return std::nullopt;
}

QString RunEvent::summary() const
{
    const QString on = run.ref.isEmpty() ? target : run.ref;
    switch (kind) {
    case Kind::Started:
        return tr("%1 started on %2").arg(run.workflow, on);
    case Kind::Succeeded:
        return tr("%1 passed on %2").arg(run.workflow, on);
    case Kind::Failed:
        return tr("%1 failed on %2").arg(run.workflow, on);
    case Kind::Fixed:
        return tr("%1 fixed on %2").arg(run.workflow, on);
    case Kind::StillFailing:
        return tr("%1 still failing on %2").arg(run.workflow, on);
    case Kind::Cancelled:
        return tr("%1 cancelled on %2").arg(run.workflow, on);
    case Kind::AllFinished:
        // One and many are the plural forms English, German and Swedish have.
        if (failedCount() == 0)
            return (passedCount() == 1 ? tr("%1: %2 pipeline passed in %3")
                                       : tr("%1: %2 pipelines passed in %3"))
                    .arg(target)
                    .arg(passedCount())
                    .arg(durationText(wallSeconds()));
        return (runs.size() == 1 ? tr("%1: %2 of %3 pipeline failed")
                                 : tr("%1: %2 of %3 pipelines failed"))
                .arg(target)
                .arg(failedCount())
                .arg(runs.size());
    }
    return {};
}

QString RunEvent::body() const
{
    if (kind == Kind::AllFinished) {
        const auto failed = firstFailedRun();
        if (!failed)
            return location.project;
        if (!failed->jobs.isEmpty()) {
            for (const PipelineJob &job : failed->jobs) {
                if (job.state == RunState::Failed || job.state == RunState::Cancelled)
                    return tr("%1: job %2 of %3 %4: %5")
                            .arg(location.project,
                                 job.name,
                                 failed->workflow,
                                 runStateName(job.state),
                                 job.url.toString());
            }
        }
        return tr("%1: %2 %3: %4")
                .arg(location.project,
                     failed->workflow,
                     runStateName(failed->state),
                     failed->url.toString());
    }
    const QString commit = run.sha.left(7);
    if (failedJob)
        return tr("%1 %2: job %3 failed: %4")
                .arg(location.project, commit, failedJob->name, failedJob->url.toString());
    const auto seconds = run.durationSeconds();
    if (kind != Kind::Started && seconds)
        return tr("%1 %2 in %3").arg(location.project, commit, durationText(*seconds));
    return tr("%1 %2: %3").arg(location.project, commit, run.url.toString());
}

} // namespace rd::notify
