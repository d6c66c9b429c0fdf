// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverymetrics.h"

#include "commits/conventionalcommit.h"
#include "config/projectconfig.h"
#include "git/commitstore.h"
#include "git/repository.h"
#include "history/releasehistory.h"
#include "metrics/changefailures.h"

#include <QCoreApplication>

#include <algorithm>

namespace rd {

namespace {

QString day(const QDateTime &time)
{
    return time.toUTC().date().toString(Qt::ISODate);
}

bool failedDeployRuleApplies(const MetricsOptions &options)
{
    return options.failedDeployRule && !options.deployWorkflows.isEmpty() && options.runs;
}

QString failedDeployNote(const MetricsOptions &options)
{
    if (!options.failedDeployRule)
        return QCoreApplication::translate("rd::DeliveryMetrics", "switched off");
    if (options.deployWorkflows.isEmpty())
        return QCoreApplication::translate("rd::DeliveryMetrics",
                                           "needs the names of the deploy workflows (forge: "
                                           "deploy-workflows: in .releasedesk.yml)");
    if (!options.runs)
        return QCoreApplication::translate("rd::DeliveryMetrics",
                                           "needs the CI runs of the forge (recorded by a "
                                           "watch, or fetched)");
    return QCoreApplication::translate("rd::DeliveryMetrics",
                                       "a run of %1 on the release's tag or commit failed "
                                       "(%2 runs known)")
            .arg(options.deployWorkflows.join(QStringLiteral(", ")))
            .arg(options.runs->size());
}

} // namespace

QString failureRuleName(FailureRule rule)
{
    switch (rule) {
    case FailureRule::FixRelease:
        return QStringLiteral("fix-release");
    case FailureRule::Revert:
        return QStringLiteral("revert");
    case FailureRule::FailedDeploy:
        return QStringLiteral("failed-deploy");
    case FailureRule::UndoneRelease:
        break;
    }
    return QStringLiteral("undone-release");
}

std::optional<qint64> DeploymentFailure::restoreSeconds() const
{
    if (!restored.isValid())
        return std::nullopt;
    return deployed.secsTo(restored);
}

qsizetype DeliveryMetrics::leadCommitCount() const
{
    qsizetype count = 0;
    for (const Deployment &deployment : deployments)
        count += deployment.commits.size();
    return count;
}

std::optional<double> DeliveryMetrics::failureRate() const
{
    if (deployments.isEmpty())
        return std::nullopt;
    return double(failures.size()) / double(deployments.size());
}

Result<DeliveryMetrics> DeliveryMetrics::compute(const git::Repository &repository,
                                                 ReleaseHistory &history,
                                                 const MetricsOptions &options,
                                                 Progress *progress)
{
    git::CommitStore &store = history.store();
    QDateTime headTime = QDateTime::currentDateTimeUtc();
    bool unborn = repository.isHeadUnborn();
    git::Oid head;
    if (!unborn) {
        auto id = repository.headId();
        if (!id)
            return std::unexpected(id.error());
        head = *id;
        auto node = store.load(head);
        if (!node)
            return std::unexpected(node.error());
        headTime = store.dateTime(*node);
    }
    auto window = MetricsWindow::resolve(options.since, options.until, headTime, options.days);
    if (!window)
        return std::unexpected(window.error());

    DeliveryMetrics metrics;
    metrics.window = *window;
    metrics.options = options;
    metrics.package = history.package().name;
    metrics.tagPattern = history.settings().tagPattern.pattern();
    metrics.rules = {
            {FailureRule::FixRelease,
             options.fixReleaseRule,
             QCoreApplication::translate(
                     "rd::DeliveryMetrics",
                     "the next release is a patch whose version-bumping commits are all fixes, "
                     "tagged within N = %1 days")
                     .arg(options.fixReleaseDays)},
            {FailureRule::Revert,
             options.revertRule,
             QCoreApplication::translate("rd::DeliveryMetrics",
                                         "a later commit reverts a commit of the release")},
            {FailureRule::FailedDeploy,
             failedDeployRuleApplies(options),
             failedDeployNote(options)},
            {FailureRule::UndoneRelease,
             false,
             QCoreApplication::translate(
                     "rd::DeliveryMetrics",
                     "needs the release journal of the store (not available from git alone)")},
    };

    // Every final release with its tag time, oldest first: the deployments.
    const QList<Release> &releases = history.releases();
    QList<qsizetype> finals;
    for (qsizetype i = 0; i < releases.size(); ++i) {
        if (releases.at(i).isPreRelease())
            continue;
        finals.append(i);
    }
    QList<QDateTime> tagTime(releases.size());
    QList<qint64> tagSeconds(releases.size(), 0);
    for (qsizetype index : std::as_const(finals)) {
        const ReleaseTag &tag = releases.at(index).tag;
        if (tag.date.isValid()) {
            tagTime[index] = tag.date;
        } else {
            auto node = store.load(tag.commit);
            if (!node)
                return std::unexpected(node.error());
            tagTime[index] = store.dateTime(*node);
        }
        tagSeconds[index] = tagTime.at(index).toSecsSinceEpoch();
    }
    if (cancelled(progress))
        return fail(errc::cancelled,
                    QCoreApplication::translate("rd::DeliveryMetrics", "Cancelled."));
    std::sort(finals.begin(), finals.end(), [&](qsizetype a, qsizetype b) {
        const qint64 x = tagSeconds.at(a);
        const qint64 y = tagSeconds.at(b);
        if (x != y)
            return x < y;
        return releases.at(a).tag.version.compare(releases.at(b).tag.version) < 0;
    });

    // The deployments whose failure is judged: from the window's start on, since a deployment
    // after the window can still be the one that restores service.
    const qint64 since = metrics.window.since.toSecsSinceEpoch();
    const qint64 until = metrics.window.until.toSecsSinceEpoch();
    QList<qsizetype> judged;
    for (qsizetype index : std::as_const(finals)) {
        if (tagSeconds.at(index) >= since)
            judged.append(index);
    }

    // Each judged deployment's commits, read on this thread while a second one analyses the
    // ranges read before (ReleaseHistory::analyzeReleases), so both cores work.
    std::vector<DeploymentCommits> commits(size_t(releases.size()));
    QList<qsizetype> ranges;
    for (qsizetype index : std::as_const(judged)) {
        if (releases.at(index).previous >= 0)
            ranges.append(index);
    }
    const auto take = [&commits, &tagSeconds](qsizetype index, QList<AnalyzedCommit> &&analyzed) {
        commits[size_t(index)].take(index, tagSeconds.at(index), analyzed);
    };
    if (auto read = history.analyzeReleases(ranges, take, progress); !read)
        return std::unexpected(read.error());
    // Reverts after the newest deployment, not released yet.
    QList<RevertCommit> unreleased;
    if (!head.isNull() && !judged.isEmpty()) {
        auto nodes = store.range({head}, {releases.at(judged.last()).tag.commit}, progress);
        if (!nodes)
            return std::unexpected(nodes.error());
        for (qsizetype node : std::as_const(*nodes)) {
            const QByteArrayView raw = store.rawMessage(node);
            if (!raw.contains("evert") && !raw.contains("EVERT"))
                continue; // cheap: most commits are no revert
            const ConventionalCommit parsed = parseCommitMessage(store.message(node));
            if (isRevert(parsed))
                unreleased.append({store.id(node),
                                   parsed.header,
                                   parsed.revertedCommit,
                                   parsed.revertedHeader,
                                   store.dateTime(node),
                                   -1});
        }
    }

    metrics.deployments.reserve(judged.size());
    for (qsizetype index : std::as_const(judged)) {
        if (tagSeconds.at(index) > until)
            continue;
        const Release &release = releases.at(index);
        Deployment deployment;
        deployment.tag = release.tag;
        deployment.tag.date = tagTime.at(index);
        if (release.previous >= 0)
            deployment.previous = releases.at(release.previous).tag.name;
        deployment.commits = commits.at(size_t(index)).commits;
        QList<qint64> seconds;
        seconds.reserve(deployment.commits.size());
        for (const LeadCommit &commit : std::as_const(deployment.commits))
            seconds.append(commit.seconds);
        deployment.leadTime = Distribution::of(seconds);
        metrics.deployments.append(std::move(deployment));
    }

    // Deployment frequency.
    if (metrics.deployments.isEmpty()) {
        if (unborn)
            metrics.noData = QCoreApplication::translate("rd::DeliveryMetrics",
                                                         "the repository has no commits yet");
        else if (finals.isEmpty())
            metrics.noData = QCoreApplication::translate(
                                     "rd::DeliveryMetrics",
                                     "no final release tag matches the tag pattern “%1”")
                                     .arg(metrics.tagPattern);
        else
            metrics.noData = QCoreApplication::translate(
                                     "rd::DeliveryMetrics",
                                     "none of the final release tags of “%1” (%2 in all) is dated "
                                     "between %3 and %4 (the newest, %5, is dated %6)")
                                     .arg(metrics.tagPattern,
                                          QString::number(finals.size()),
                                          day(metrics.window.since),
                                          day(metrics.window.until),
                                          releases.at(finals.last()).tag.name,
                                          day(tagTime.at(finals.last())));
    }
    metrics.perWeek = double(metrics.deployments.size()) / metrics.window.weeks();
    metrics.band = bandFor(metrics.perWeek);

    // Lead time for changes.
    QList<qint64> leads;
    for (const Deployment &deployment : std::as_const(metrics.deployments)) {
        for (const LeadCommit &commit : deployment.commits)
            leads.append(commit.seconds);
    }
    metrics.leadTime = Distribution::of(leads);
    if (metrics.leadTime.isEmpty())
        metrics.leadTimeNoData = !metrics.noData.isEmpty()
                                         ? metrics.noData
                                         : QCoreApplication::translate(
                                                 "rd::DeliveryMetrics",
                                                 "no deployment in the window has a previous "
                                                 "deployment with commits between them");

    // Change failure rate and time to restore.
    const auto failed = findChangeFailures(
            {releases, judged, commits, unreleased, tagTime, tagSeconds, options});
    QList<qint64> restores;
    for (qsizetype n = 0; n < finals.size(); ++n) {
        const qsizetype index = finals.at(n);
        if (tagSeconds.at(index) < since || tagSeconds.at(index) > until || !failed.contains(index))
            continue;
        DeploymentFailure failure;
        failure.tag = releases.at(index).tag.name;
        failure.deployed = tagTime.at(index);
        failure.reasons = failed.value(index);
        for (qsizetype m = n + 1; m < finals.size(); ++m) {
            if (failed.contains(finals.at(m)))
                continue;
            failure.restoredBy = releases.at(finals.at(m)).tag.name;
            failure.restored = tagTime.at(finals.at(m));
            break;
        }
        if (const auto restore = failure.restoreSeconds())
            restores.append(*restore);
        metrics.failures.append(std::move(failure));
    }
    metrics.restore = Distribution::of(restores);
    if (metrics.restore.isEmpty()) {
        if (!metrics.noData.isEmpty())
            metrics.restoreNoData = metrics.noData;
        else if (metrics.failures.isEmpty())
            metrics.restoreNoData
                    = QCoreApplication::translate("rd::DeliveryMetrics",
                                                  "no deployment in the window failed");
        else
            metrics.restoreNoData = QCoreApplication::translate(
                    "rd::DeliveryMetrics",
                    "no failed deployment of the window has been followed "
                    "by a successful one yet");
    }
    return metrics;
}

Result<QStringList> deployWorkflowsOf(const ProjectConfig &config)
{
    return config[QStringLiteral("forge")][QStringLiteral("deploy-workflows")].toStringList();
}

} // namespace rd
