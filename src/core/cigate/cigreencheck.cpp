// SPDX-License-Identifier: GPL-3.0-or-later
#include "cigreencheck.h"

#include "config/projectconfig.h"
#include "git/repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>

namespace rd {

namespace {

// Waits until none of `sha`'s runs on the forge is queued or running: the "Wait for CI" fix.
Status waitForRuns(const git::Repository &repository,
                   const ProjectConfig &config,
                   const ForgeConnection::Options &options,
                   const QString &sha,
                   int pollIntervalMs,
                   int waitLimitMs,
                   Progress *progress)
{
    auto connection = ForgeConnection::open(repository, config, options);
    if (!connection)
        return std::unexpected(connection.error());
    Forge &forge = (*connection)->forge();
    // Named, not computed inside translate(): lupdate 6.4 hangs on a division among its
    // arguments.
    const int minutes = waitLimitMs / 60000;
    QElapsedTimer waited;
    waited.start();
    for (int round = 1;; ++round) {
        if (cancelled(progress))
            return fail(errc::cancelled,
                        QCoreApplication::translate("rd::cigate", "Stopped waiting for CI."));
        auto runs = forge.runs({RunFilter::Kind::Commit, sha, 50});
        if (!runs)
            return std::unexpected(runs.error());
        QStringList going;
        for (const PipelineRun &run : std::as_const(*runs)) {
            if (isPending(run.state))
                going.append(QStringLiteral("“%1” %2").arg(run.workflow, runStateName(run.state)));
        }
        if (going.isEmpty())
            return {};
        if (waited.elapsed() >= waitLimitMs)
            return fail(errc::cancelled,
                        QCoreApplication::translate(
                                "rd::cigate",
                                "CI on %1 was still going after %n minutes (%2); check again "
                                "later.",
                                nullptr,
                                minutes)
                                .arg(sha.left(7), going.join(QStringLiteral(", "))));
        if (progress)
            progress->report(round,
                             0,
                             QCoreApplication::translate("rd::cigate", "Waiting for CI on %1: %2")
                                     .arg(sha.left(7), going.join(QStringLiteral(", "))));
        // Sleep in short steps, so Stop ends the wait at once.
        QElapsedTimer slept;
        slept.start();
        while (slept.elapsed() < pollIntervalMs && !cancelled(progress))
            QThread::msleep(std::min<qint64>(100, pollIntervalMs - slept.elapsed()));
    }
}

} // namespace

CiGreenCheck::CiGreenCheck(ForgeConnection::Options options, int pollIntervalMs, int waitLimitMs)
    : m_options(std::move(options))
    , m_pollIntervalMs(pollIntervalMs)
    , m_waitLimitMs(waitLimitMs)
{}

CheckResult CiGreenCheck::evaluate(const QList<PipelineRun> &runs,
                                   const QStringList &required,
                                   const QString &sha,
                                   Forge &forge) const
{
    const QString commit = sha.left(7);
    // The newest run of each workflow.
    QList<PipelineRun> latest;
    QStringList seen;
    for (const PipelineRun &run : runs) {
        if (seen.contains(run.workflow))
            continue;
        seen.append(run.workflow);
        if (required.isEmpty() || required.contains(run.workflow)
            || required.contains(run.workflowPath.section(u'/', -1)))
            latest.append(run);
    }
    QStringList failures;
    for (const PipelineRun &run : std::as_const(latest)) {
        if (run.state != RunState::Failed && run.state != RunState::Cancelled)
            continue;
        QStringList failedJobs;
        if (auto jobs = forge.jobs(run)) {
            for (const PipelineJob &job : std::as_const(*jobs)) {
                if (job.state == RunState::Failed || job.state == RunState::Cancelled)
                    failedJobs.append(QCoreApplication::translate("rd::cigate", "job “%1” %2")
                                              .arg(job.name, runStateName(job.state)));
            }
        }
        failures.append(
                QCoreApplication::translate("rd::cigate", "run “%1” #%2 %3%4 (%5)")
                        .arg(run.workflow)
                        .arg(run.id)
                        .arg(runStateName(run.state),
                             failedJobs.isEmpty()
                                     ? QString()
                                     : QStringLiteral(": ") + failedJobs.join(QStringLiteral(", ")),
                             run.url.toString()));
    }
    if (!failures.isEmpty())
        return result(CheckResult::Status::Fail,
                      QCoreApplication::translate(
                              "rd::cigate",
                              "CI is red on %1: %2. Fix it (or re-run it) before releasing "
                              "this commit.")
                              .arg(commit, failures.join(QStringLiteral("; "))));
    QStringList missing;
    for (const QString &name : required) {
        const bool found = std::any_of(latest.begin(), latest.end(), [&](const PipelineRun &run) {
            return run.workflow == name || run.workflowPath.section(u'/', -1) == name;
        });
        if (!found)
            missing.append(name);
    }
    QStringList pending;
    for (const PipelineRun &run : std::as_const(latest)) {
        if (isPending(run.state))
            pending.append(QStringLiteral("“%1” %2").arg(run.workflow, runStateName(run.state)));
    }
    if (latest.isEmpty() || !missing.isEmpty() || !pending.isEmpty()) {
        QStringList reasons;
        if (latest.isEmpty() && required.isEmpty())
            reasons.append(
                    QCoreApplication::translate("rd::cigate", "no CI run for %1 yet").arg(commit));
        if (!missing.isEmpty())
            reasons.append(QCoreApplication::translate("rd::cigate", "no run yet of %1")
                                   .arg(missing.join(QStringLiteral(", "))));
        if (!pending.isEmpty())
            reasons.append(QCoreApplication::translate("rd::cigate", "still going: %1")
                                   .arg(pending.join(QStringLiteral(", "))));
        return result(CheckResult::Status::Warn,
                      QCoreApplication::translate(
                              "rd::cigate", "CI on %1 is not finished: %2. Wait, then check again.")
                              .arg(commit, reasons.join(QStringLiteral("; "))));
    }
    QStringList names;
    for (const PipelineRun &run : std::as_const(latest))
        names.append(run.workflow);
    return result(CheckResult::Status::Pass,
                  QCoreApplication::translate("rd::cigate",
                                              "%n runs on %1 succeeded: %2.",
                                              nullptr,
                                              int(latest.size()))
                          .arg(commit, names.join(QStringLiteral(", "))));
}

CheckResult CiGreenCheck::run(PreflightContext &context, Progress *)
{
    auto config = context.projectConfig();
    if (!config)
        return result(CheckResult::Status::Fail, config.error().toString());
    auto required = (*config)[QStringLiteral("forge")][QStringLiteral("required-workflows")]
                            .toStringList();
    if (!required)
        return result(CheckResult::Status::Fail, required.error().toString());
    auto connection = ForgeConnection::open(context.repository, *config, m_options);
    if (!connection) {
        if (connection.error().is(errc::forgeUnknown))
            return result(CheckResult::Status::Pass,
                          QCoreApplication::translate("rd::cigate", "Not checked: %1")
                                  .arg(connection.error().message));
        return result(CheckResult::Status::Fail, connection.error().toString());
    }
    auto head = context.repository.headId();
    if (!head)
        return result(CheckResult::Status::Fail, head.error().toString());
    Forge &forge = (*connection)->forge();
    auto runs = forge.runs({RunFilter::Kind::Commit, head->toString(), 50});
    if (!runs)
        return result(CheckResult::Status::Warn,
                      QCoreApplication::translate("rd::cigate", "Could not ask %1 about CI: %2")
                              .arg(forge.location().describe(), runs.error().toString()));
    CheckResult verdict = evaluate(*runs, *required, head->toString(), forge);
    const bool going = std::any_of(runs->cbegin(), runs->cend(), [](const PipelineRun &run) {
        return isPending(run.state);
    });
    if (verdict.status == CheckResult::Status::Warn && going) {
        verdict.fix = CheckResult::Fix{QCoreApplication::translate("rd::cigate", "Wait for CI"),
                                       [repository = &context.repository,
                                        config = *config,
                                        options = m_options,
                                        sha = head->toString(),
                                        poll = m_pollIntervalMs,
                                        limit = m_waitLimitMs](Progress *progress) {
                                           return waitForRuns(*repository,
                                                              config,
                                                              options,
                                                              sha,
                                                              poll,
                                                              limit,
                                                              progress);
                                       }};
    }
    return verdict;
}

} // namespace rd
