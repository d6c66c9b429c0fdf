// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "exitcode.h"
#include "forgeaccess.h"

#include <QJsonArray>

namespace rd::cli {

namespace {

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue durationJson(std::optional<qint64> seconds)
{
    return seconds ? QJsonValue(*seconds) : QJsonValue();
}

QString durationText(std::optional<qint64> seconds)
{
    if (!seconds)
        return QStringLiteral("-");
    return *seconds >= 60 ? QStringLiteral("%1m%2s")
                                    .arg(*seconds / 60)
                                    .arg(*seconds % 60, 2, 10, QLatin1Char('0'))
                          : QStringLiteral("%1s").arg(*seconds);
}

QJsonObject toJson(const PipelineRun &run)
{
    QJsonArray jobs;
    for (const PipelineJob &job : run.jobs)
        jobs.append(QJsonObject{{QStringLiteral("name"), job.name},
                                {QStringLiteral("state"), runStateName(job.state)},
                                {QStringLiteral("duration_s"), durationJson(job.durationSeconds())},
                                {QStringLiteral("url"), job.url.toString()}});
    return {{QStringLiteral("id"), run.id},
            {QStringLiteral("workflow"), run.workflow},
            {QStringLiteral("ref"), run.ref},
            {QStringLiteral("sha"), run.sha},
            {QStringLiteral("state"), runStateName(run.state)},
            {QStringLiteral("url"), run.url.toString()},
            {QStringLiteral("started_at"), timeJson(run.started)},
            {QStringLiteral("finished_at"), timeJson(run.finished)},
            {QStringLiteral("duration_s"), durationJson(run.durationSeconds())},
            {QStringLiteral("jobs"), jobs}};
}

void printText(QTextStream &out, const QString &what, const QList<PipelineRun> &runs)
{
    if (runs.isEmpty()) {
        out << "No CI runs for " << what << ".\n";
        return;
    }
    out << "CI runs for " << what << " (newest first):\n";
    for (const PipelineRun &run : runs) {
        out << "  " << runStateName(run.state).leftJustified(9) << ' ' << run.workflow << "  "
            << run.ref << ' ' << run.sha.left(7) << "  " << durationText(run.durationSeconds())
            << "  " << run.url.toString() << '\n';
        for (const PipelineJob &job : run.jobs)
            out << "      " << runStateName(job.state).leftJustified(9) << ' ' << job.name << "  "
                << durationText(job.durationSeconds()) << "  " << job.url.toString() << '\n';
    }
    out.flush();
}

} // namespace

int runPipelines(Context &context)
{
    QCommandLineParser parser;
    ForgeAccess access(context);
    access.addRunOptions(parser);
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("At most N runs (default 10)."),
                                   QStringLiteral("N"),
                                   QStringLiteral("10"));
    parser.addOption(limit);
    access.addOptions(parser);
    if (!context.parse(parser,
                       QStringLiteral(
                               "Lists the CI runs (GitHub Actions workflow runs, GitLab pipelines) "
                               "of a branch, tag or commit, newest first, with their jobs. Without "
                               "--ref, --sha or --tag: the runs of HEAD's commit. The forge comes "
                               "from forge: in .releasedesk.yml or from the remote's URL; the "
                               "token from the keychain, GITHUB_TOKEN/GH_TOKEN or GITLAB_TOKEN, or "
                               "git's credential helper. Exit status 0 when every run succeeded, "
                               "5 when a run failed or was cancelled, 6 when a run is still "
                               "queued or running.")))
        return context.exitCode();
    if (!access.checkRunOptions(parser))
        return context.exitCode();
    bool limitOk = false;
    const int maxRuns = parser.value(limit).toInt(&limitOk);
    if (!limitOk || maxRuns < 1 || maxRuns > 1000)
        return context.usageError(
                QStringLiteral("--limit takes a number from 1 to 1000, not \"%1\"")
                        .arg(parser.value(limit)));
    if (!access.open(parser))
        return context.exitCode();

    QString what;
    const std::optional<RunFilter> filter = access.runFilter(parser, maxRuns, what);
    if (!filter)
        return context.exitCode();
    auto runs = access.forge().runsWithJobs(*filter);
    if (!runs)
        return context.fail(runs.error(), Failure);
    bool failed = false;
    bool pending = false;
    for (const PipelineRun &run : std::as_const(*runs)) {
        failed = failed || run.state == RunState::Failed || run.state == RunState::Cancelled;
        pending = pending || isPending(run.state);
    }
    if (context.json()) {
        QJsonArray array;
        for (const PipelineRun &run : std::as_const(*runs))
            array.append(toJson(run));
        context.printJson({{QStringLiteral("runs"), array}});
    } else {
        printText(context.out(), what, *runs);
    }
    return failed ? RunFailed : pending ? RunPending : Success;
}

namespace {
const CommandRegistration registration{
        {"pipelines",
         "List the CI runs of a branch, tag or commit (exit 5 failed, 6 still running)",
         runPipelines,
         80}};
} // namespace

} // namespace rd::cli
