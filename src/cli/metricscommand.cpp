// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "counted.h"
#include "exitcode.h"
#include "forgeaccess.h"

#include "history/releasehistory.h"
#include "metrics/deliverymetrics.h"
#include "metrics/metricsexport.h"
#include "metrics/pipelinehealth.h"
#include "project/project.h"

namespace rd::cli {

namespace {

QString percent(double share)
{
    return QString::number(share * 100, 'f', 1) + u'%';
}

QString day(const QDateTime &time)
{
    return time.toUTC().date().toString(Qt::ISODate);
}

void printText(QTextStream &out, const DeliveryMetrics &metrics, const PipelineHealth *health)
{
    out << "Window: " << metrics.window.since.toUTC().toString(Qt::ISODate) << " to "
        << metrics.window.until.toUTC().toString(Qt::ISODate) << " ("
        << QString::number(metrics.window.weeks(), 'f', 1) << " weeks"
        << (metrics.window.sinceGiven ? "" : "; default: the last 90 days")
        << (metrics.window.untilGiven ? "" : " up to HEAD's commit date") << ")\n";
    out << "Deployments: final release tags of \"" << metrics.tagPattern << "\""
        << (metrics.package.isEmpty() ? QString()
                                      : QStringLiteral(" (package %1)").arg(metrics.package))
        << ", timed by the tagger date of an annotated tag, else the tagged commit's date.\n\n";

    out << "Deployment frequency (deployments per week in the window):\n";
    if (!metrics.noData.isEmpty()) {
        out << "  no data: " << metrics.noData << ".\n";
    } else {
        out << "  " << counted(metrics.deploymentCount(), "deployment", "deployments") << ", "
            << QString::number(metrics.perWeek, 'f', 2) << " per week: DORA band "
            << bandTitle(metrics.band.band) << ", by the rule: " << metrics.band.rule << '\n';
        QStringList tags;
        for (const Deployment &deployment : metrics.deployments)
            tags.append(deployment.tag.name + u' ' + day(deployment.tag.date));
        out << "  " << tags.join(QStringLiteral(", ")) << '\n';
    }

    out << "\nLead time for changes (each commit of P..D: D's tag time minus its committer "
           "date):\n";
    if (metrics.leadTime.isEmpty()) {
        out << "  no data: " << metrics.leadTimeNoData << ".\n";
    } else {
        out << "  median " << durationText(metrics.leadTime.median) << ", p90 "
            << durationText(metrics.leadTime.p90) << " over "
            << counted(metrics.leadTime.count, "commit", "commits") << '\n';
        for (const Deployment &deployment : metrics.deployments) {
            if (deployment.commits.isEmpty())
                continue;
            out << "  " << deployment.tag.name.leftJustified(16) << " median "
                << durationText(deployment.leadTime.median).leftJustified(10) << " "
                << counted(deployment.commits.size(), "commit", "commits") << " since "
                << deployment.previous << '\n';
        }
    }

    out << "\nChange failure rate (share of deployments that led to a failure; each counts "
           "once):\n";
    for (const FailureRuleStatus &rule : metrics.rules)
        out << "  rule " << failureRuleName(rule.rule) << ": " << (rule.enabled ? "on" : "off")
            << " - " << rule.note << '\n';
    if (const auto rate = metrics.failureRate()) {
        out << "  " << percent(*rate) << ": " << metrics.failures.size() << " of "
            << counted(metrics.deploymentCount(), "deployment", "deployments") << '\n';
        for (const DeploymentFailure &failure : metrics.failures) {
            for (const FailureReason &reason : failure.reasons)
                out << "  " << failure.tag.leftJustified(16) << ' ' << reason.text << '\n';
        }
    } else {
        out << "  no data: " << metrics.noData << ".\n";
    }

    out << "\nTime to restore (a failed deployment to the next deployment that did not fail):\n";
    if (metrics.restore.isEmpty()) {
        out << "  no data: " << metrics.restoreNoData << ".\n";
    } else {
        out << "  median " << durationText(metrics.restore.median) << ", p90 "
            << durationText(metrics.restore.p90) << " over "
            << counted(metrics.restore.count, "restored failure", "restored failures") << '\n';
        for (const DeploymentFailure &failure : metrics.failures) {
            const auto seconds = failure.restoreSeconds();
            out << "  " << failure.tag.leftJustified(16) << ' '
                << (seconds ? QStringLiteral("restored by %1 after %2")
                                      .arg(failure.restoredBy, durationText(double(*seconds)))
                            : QStringLiteral("not restored yet"))
                << '\n';
        }
    }

    out << "\nPipeline health (per workflow: success rate, duration, queue time, flaky jobs):\n";
    if (!health) {
        out << "  not computed: it needs the forge's runs; give --pipelines N to fetch the "
               "newest N runs.\n";
    } else if (!health->noData.isEmpty()) {
        out << "  no data: " << health->noData << ".\n";
    } else {
        for (const WorkflowHealth &workflow : health->workflows) {
            const auto rate = workflow.successRate();
            out << "  " << workflow.workflow << ": " << counted(workflow.runs.size(), "run", "runs")
                << ", success " << (rate ? percent(*rate) : QStringLiteral("-")) << " ("
                << workflow.succeeded << " passed, " << workflow.failed
                << " failed), duration median "
                << (workflow.duration.isEmpty() ? QStringLiteral("-")
                                                : durationText(workflow.duration.median))
                << " p90 "
                << (workflow.duration.isEmpty() ? QStringLiteral("-")
                                                : durationText(workflow.duration.p90))
                << ", queue median "
                << (workflow.queue.isEmpty() ? QStringLiteral("-")
                                             : durationText(workflow.queue.median))
                << ", flaky jobs " << workflow.flaky.size() << '\n';
            for (const FlakyJob &job : workflow.flaky)
                out << "    flaky: " << job.job << " on " << job.sha.left(7) << " failed in run "
                    << job.failedRun << ", passed in run " << job.passedRun << '\n';
        }
    }
    out.flush();
}

} // namespace

int runMetrics(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption since(QStringLiteral("since"),
                                   QStringLiteral("Start of the window: YYYY-MM-DD or an ISO "
                                                  "8601 date and time (default: 90 days before "
                                                  "the end)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption until(QStringLiteral("until"),
                                   QStringLiteral("End of the window, included (default: HEAD's "
                                                  "commit date)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption package(QStringLiteral("package"),
                                     QStringLiteral("A package of the `packages` section (a "
                                                    "monorepo): its tags are its deployments."),
                                     QStringLiteral("name"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 QStringLiteral("One CSV row per deployment instead of text."));
    const QCommandLineOption fixDays(QStringLiteral("fix-days"),
                                     QStringLiteral("The fix-release rule's N: a patch of fixes "
                                                    "only within N days marks the release "
                                                    "before it as failed (default 7)."),
                                     QStringLiteral("N"),
                                     QStringLiteral("7"));
    const QCommandLineOption noFixRule(QStringLiteral("no-fix-release-rule"),
                                       QStringLiteral("Do not count releases followed by a fix "
                                                      "release as failed."));
    const QCommandLineOption noRevertRule(QStringLiteral("no-revert-rule"),
                                          QStringLiteral("Do not count releases with a reverted "
                                                         "commit as failed."));
    const QCommandLineOption pipelines(QStringLiteral("pipelines"),
                                       QStringLiteral("Also fetch the newest N CI runs with their "
                                                      "jobs from the forge for the pipeline "
                                                      "health (1 to 1000)."),
                                       QStringLiteral("N"));
    const QCommandLineOption noDeployRule(QStringLiteral("no-failed-deploy-rule"),
                                          QStringLiteral("Do not count releases whose deploy run "
                                                         "failed as failed (the rule needs "
                                                         "--pipelines and forge: "
                                                         "deploy-workflows)."));
    const QCommandLineOption noUndoneRule(QStringLiteral("no-undone-release-rule"),
                                          QStringLiteral("Do not count releases undone by "
                                                         "ReleaseDesk after they reached the "
                                                         "remote as failed deployments."));
    parser.addOptions({since,
                       until,
                       package,
                       csv,
                       fixDays,
                       noFixRule,
                       noRevertRule,
                       noDeployRule,
                       noUndoneRule,
                       pipelines});
    ForgeAccess access(context);
    access.addOptions(parser);
    if (!context.parse(parser,
                       QStringLiteral(
                               "Release metrics computed from the repository: deployment "
                               "frequency, lead time for changes, change failure rate and time "
                               "to restore (the DORA keys), and with --pipelines the CI's "
                               "health. A deployment is a final release tag of the tag pattern, or "
                               "a release undone by ReleaseDesk after it reached the remote. "
                               "Every figure lists the items behind it in --json.")))
        return context.exitCode();
    if (context.json() && parser.isSet(csv))
        return context.usageError(QStringLiteral("give only one of --json and --csv"));

    MetricsOptions options;
    for (const auto &[option, bound] : {std::pair{&since, MetricsWindow::Bound::Since},
                                        std::pair{&until, MetricsWindow::Bound::Until}}) {
        if (!parser.isSet(*option))
            continue;
        auto time = MetricsWindow::parseBound(parser.value(*option),
                                              bound,
                                              QStringLiteral("--") + option->names().first());
        if (!time)
            return context.fail(time.error(), Usage);
        (bound == MetricsWindow::Bound::Since ? options.since : options.until) = *time;
    }
    bool ok = false;
    options.fixReleaseDays = parser.value(fixDays).toInt(&ok);
    if (!ok || options.fixReleaseDays < 0 || options.fixReleaseDays > 3650)
        return context.usageError(QStringLiteral("--fix-days takes a number of days from 0 to "
                                                 "3650, not \"%1\"")
                                          .arg(parser.value(fixDays)));
    options.fixReleaseRule = !parser.isSet(noFixRule);
    options.revertRule = !parser.isSet(noRevertRule);
    options.failedDeployRule = !parser.isSet(noDeployRule);
    options.undoneReleaseRule = !parser.isSet(noUndoneRule);
    int runLimit = 0;
    if (parser.isSet(pipelines)) {
        runLimit = parser.value(pipelines).toInt(&ok);
        if (!ok || runLimit < 1 || runLimit > 1000)
            return context.usageError(
                    QStringLiteral("--pipelines takes a number from 1 to 1000, not \"%1\"")
                            .arg(parser.value(pipelines)));
    }

    std::optional<Project> opened;
    if (runLimit > 0) {
        if (!access.open(parser))
            return context.exitCode();
    } else {
        auto project = Project::open(context.repositoryPath());
        if (!project)
            return context.fail(project.error(), Failure);
        opened.emplace(std::move(*project));
    }
    Project &project = runLimit > 0 ? access.project() : *opened;
    for (const Error &warning : project.settings().config.warnings())
        context.warn(warning.toString());
    auto selected = Package::find(project.settings(), parser.value(package));
    if (!selected)
        return context.fail(selected.error(),
                            selected.error().code == errc::unknownPackage ? Usage : Failure);
    auto history = ReleaseHistory::open(project.repository(), project.settings(), *selected);
    if (!history)
        return context.fail(history.error(), Failure);
    if (options.failedDeployRule) {
        auto deploy = deployWorkflowsOf(project.settings().config);
        if (!deploy)
            return context.fail(deploy.error(), Failure);
        options.deployWorkflows = *deploy;
    }
    if (runLimit > 0) {
        // The runs come first: the failed-deploy rule reads them too.
        auto runs = access.forge().runsWithJobs({RunFilter::Kind::Any, {}, runLimit});
        if (!runs)
            return context.fail(runs.error(), Failure);
        options.runs = std::move(*runs);
    }
    auto metrics = DeliveryMetrics::compute(project.repository(), *history, options);
    if (!metrics)
        return context.fail(metrics.error(),
                            metrics.error().code == errc::metricsWindow ? Usage : Failure);

    std::optional<PipelineHealth> health;
    if (options.runs) {
        health = PipelineHealth::of(*options.runs,
                                    PipelineHealth::defaultBranchOf(project.repository()),
                                    &metrics->window);
    }

    if (context.json()) {
        context.printJson(metricsToJson(*metrics, health ? &*health : nullptr));
    } else if (parser.isSet(csv)) {
        context.out() << metricsToCsv(*metrics);
        context.out().flush();
    } else {
        printText(context.out(), *metrics, health ? &*health : nullptr);
    }
    return Success;
}

namespace {
const CommandRegistration registration{
        {"metrics",
         "Deployment frequency, lead time, change failure rate, time to restore, CI health",
         runMetrics,
         85}};
} // namespace

} // namespace rd::cli
