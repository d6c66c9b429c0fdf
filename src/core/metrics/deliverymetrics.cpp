// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverymetrics.h"

#include "commits/conventionalcommit.h"
#include "config/projectconfig.h"
#include "git/commitstore.h"
#include "git/repository.h"
#include "history/releasehistory.h"
#include "history/undonereleases.h"
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

// The undone releases of the package's tag pattern that git does not have again under the
// same name and commit, and the rule's note.
struct UndoneInput
{
    QList<UndoneRelease> releases;
    QList<Version> versions;
    bool read = false;
    QString note;
};

UndoneInput undoneReleasesOf(const git::Repository &repository,
                             const ReleaseHistory &history,
                             const MetricsOptions &options)
{
    UndoneInput input;
    if (!options.undoneReleaseRule) {
        input.note = QCoreApplication::translate("rd::DeliveryMetrics", "switched off");
        return input;
    }
    auto record = UndoneReleases::load(repository.gitDir());
    if (!record) {
        input.note = QCoreApplication::translate("rd::DeliveryMetrics",
                                                 "the record of undone releases cannot be "
                                                 "read: %1")
                             .arg(record.error().toString());
        return input;
    }
    input.read = true;
    const TagPattern &pattern = history.settings().tagPattern;
    for (const UndoneRelease &undone : std::as_const(*record)) {
        const auto version = pattern.match(undone.tag);
        if (!version || !*version || (*version)->isPreRelease())
            continue; // another package's, or a pre-release: no deployment of this one
        input.releases.append(undone);
        input.versions.append(**version);
    }
    input.note = QCoreApplication::translate("rd::DeliveryMetrics",
                                             "the release reached the remote and was then undone "
                                             "by ReleaseDesk (release --abort --confirm-remote, "
                                             "or Undo in the wizard); %n recorded in this clone",
                                             nullptr,
                                             int(input.releases.size()));
    return input;
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

const DeploymentFailure *DeliveryMetrics::failureOf(const Deployment &deployment) const
{
    for (const DeploymentFailure &failure : failures) {
        if (failure.tag == deployment.tag.name && failure.deployed == deployment.tag.date)
            return &failure;
    }
    return nullptr;
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
    };
    const UndoneInput undone = undoneReleasesOf(repository, history, options);
    metrics.rules.append({FailureRule::UndoneRelease, undone.read, undone.note});

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

    // Undone releases of the window: deployed, then taken back; git no longer has their tags.
    QList<qsizetype> undoneInWindow;
    for (qsizetype u = 0; u < undone.releases.size(); ++u) {
        const UndoneRelease &release = undone.releases.at(u);
        const qint64 tagged = release.tagged.toSecsSinceEpoch();
        if (tagged < since || tagged > until)
            continue;
        // The very tag again (pushed back by hand): no second deployment. A release made again
        // on the same commit has another tag time, and is one.
        const bool again = std::any_of(finals.cbegin(), finals.cend(), [&](qsizetype index) {
            return releases.at(index).tag.name == release.tag
                   && releases.at(index).tag.commit == release.commit
                   && tagSeconds.at(index) == tagged;
        });
        if (again)
            continue;
        undoneInWindow.append(u);
        Deployment deployment;
        deployment.tag.name = release.tag;
        deployment.tag.version = undone.versions.at(u);
        deployment.tag.commit = release.commit;
        deployment.tag.annotated = true;
        deployment.tag.date = release.tagged;
        for (qsizetype index : std::as_const(finals)) {
            if (tagSeconds.at(index) <= tagged)
                deployment.previous = releases.at(index).tag.name;
        }
        deployment.undone = true;
        metrics.deployments.append(std::move(deployment));
    }
    std::stable_sort(metrics.deployments.begin(),
                     metrics.deployments.end(),
                     [](const Deployment &a, const Deployment &b) {
                         return a.tag.date < b.tag.date;
                     });

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
    for (qsizetype u : std::as_const(undoneInWindow)) {
        const UndoneRelease &release = undone.releases.at(u);
        DeploymentFailure failure;
        failure.tag = release.tag;
        failure.deployed = release.tagged;
        failure.reasons.append(
                {FailureRule::UndoneRelease,
                 QCoreApplication::translate("rd::DeliveryMetrics",
                                             "undone by ReleaseDesk on %1 after it reached the "
                                             "remote (%2)")
                         .arg(day(release.undone), release.removed.join(QStringLiteral(", "))),
                 release.removed.join(QStringLiteral(", ")),
                 release.undone});
        const qint64 tagged = release.tagged.toSecsSinceEpoch();
        for (qsizetype index : std::as_const(finals)) {
            if (tagSeconds.at(index) <= tagged || failed.contains(index))
                continue;
            failure.restoredBy = releases.at(index).tag.name;
            failure.restored = tagTime.at(index);
            break;
        }
        if (const auto restore = failure.restoreSeconds())
            restores.append(*restore);
        metrics.failures.append(std::move(failure));
    }
    std::stable_sort(metrics.failures.begin(),
                     metrics.failures.end(),
                     [](const DeploymentFailure &a, const DeploymentFailure &b) {
                         return a.deployed < b.deployed;
                     });
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
