// SPDX-License-Identifier: GPL-3.0-or-later
#include "changefailures.h"

#include "commits/conventionalcommit.h"
#include "history/analyzedcommit.h"
#include "history/releasehistory.h"
#include "metrics/distribution.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd {

namespace {

QString shortId(const git::Oid &id)
{
    return id.toString().left(7);
}

bool isFix(const AnalyzedCommit &commit)
{
    return (commit.parsed.form == CommitForm::Conventional
            && commit.parsed.type.compare(u"fix", Qt::CaseInsensitive) == 0
            && !commit.classification.breaking)
           || commit.parsed.form == CommitForm::Revert;
}

void fixReleases(const ChangeFailureInput &input, QHash<qsizetype, QList<FailureReason>> &failed)
{
    const qint64 limit = qint64(input.options.fixReleaseDays) * 86400;
    for (qsizetype next : input.judged) {
        const Release &candidate = input.releases.at(next);
        const qsizetype index = candidate.previous;
        if (index < 0 || input.releases.at(index).isPreRelease())
            continue;
        const Version &version = input.releases.at(index).tag.version;
        const Version &fixed = candidate.tag.version;
        if (fixed.major() != version.major() || fixed.minor() != version.minor()
            || fixed.patch() <= version.patch())
            continue;
        const qint64 after = input.tagSeconds.at(next) - input.tagSeconds.at(index);
        const DeploymentCommits &commits = input.commits.at(size_t(next));
        if (after < 0 || after > limit || !commits.onlyFixes)
            continue;
        FailureReason reason;
        reason.rule = FailureRule::FixRelease;
        reason.evidence = candidate.tag.name;
        reason.detected = input.tagTime.at(next);
        reason.text = QCoreApplication::translate(
                              "rd::ChangeFailures",
                              "the next release %1, %2 later, is a patch whose version-bumping "
                              "commits are all fixes (fix commits: %3)")
                              .arg(candidate.tag.name,
                                   durationText(double(after)),
                                   QString::number(commits.fixes));
        failed[index].append(reason);
    }
}

struct Owned
{
    const LeadCommit *commit = nullptr;
    qsizetype owner = -1;
};

void reverts(const ChangeFailureInput &input, QHash<qsizetype, QList<FailureReason>> &failed)
{
    QList<const RevertCommit *> found;
    for (qsizetype index : input.judged) {
        for (const RevertCommit &revert : input.commits.at(size_t(index)).reverts)
            found.append(&revert);
    }
    for (const RevertCommit &revert : input.unreleased)
        found.append(&revert);
    if (found.isEmpty())
        return; // most histories: no index to build

    QHash<QString, QList<Owned>> byPrefix; // the first 7 hex digits → commits
    QHash<QString, QList<Owned>> byHeader;
    for (qsizetype index : input.judged) {
        for (const LeadCommit &commit : input.commits.at(size_t(index)).commits) {
            byPrefix[commit.id.toString().left(7)].append({&commit, index});
            byHeader[commit.header].append({&commit, index});
        }
    }
    for (const RevertCommit *revert : std::as_const(found)) {
        Owned target;
        if (revert->revertedCommit.size() >= 7) {
            const QString prefix = revert->revertedCommit.toLower();
            for (const Owned &candidate : byPrefix.value(prefix.left(7))) {
                if (candidate.commit->id.toString().startsWith(prefix)) {
                    target = candidate;
                    break;
                }
            }
        } else if (!revert->revertedHeader.isEmpty()) {
            // No id: the newest deployment before the revert with a commit of that header.
            const qint64 when = revert->time.toSecsSinceEpoch();
            for (const Owned &candidate : byHeader.value(revert->revertedHeader)) {
                const qint64 time = input.tagSeconds.at(candidate.owner);
                if (candidate.owner == revert->owner || time > when)
                    continue;
                if (!target.commit || time > input.tagSeconds.at(target.owner))
                    target = candidate;
            }
        }
        if (!target.commit || target.owner == revert->owner)
            continue; // none, or reverted before it was deployed
        FailureReason reason;
        reason.rule = FailureRule::Revert;
        reason.evidence = revert->id.toString();
        reason.detected = revert->time;
        const QString where = revert->owner >= 0
                                      ? QCoreApplication::translate("rd::ChangeFailures",
                                                                    "released in %1")
                                                .arg(input.releases.at(revert->owner).tag.name)
                                      : QCoreApplication::translate("rd::ChangeFailures",
                                                                    "not released yet");
        reason.text = QCoreApplication::translate("rd::ChangeFailures",
                                                  "commit %1 “%2” is reverted by %3 “%4” (%5)")
                              .arg(shortId(target.commit->id),
                                   target.commit->header,
                                   shortId(revert->id),
                                   revert->header,
                                   where);
        failed[target.owner].append(reason);
    }
}

} // namespace

bool isRevert(const ConventionalCommit &parsed)
{
    return parsed.form == CommitForm::Revert
           || (parsed.form == CommitForm::Conventional
               && parsed.type.compare(u"revert", Qt::CaseInsensitive) == 0);
}

void DeploymentCommits::take(qsizetype index,
                             qint64 deployed,
                             const QList<AnalyzedCommit> &analyzed)
{
    read = true;
    commits.reserve(analyzed.size());
    bool others = false;
    for (const AnalyzedCommit &commit : analyzed) {
        const qint64 committed = commit.time.toSecsSinceEpoch();
        commits.append({commit.id, commit.header(), committed, deployed - committed});
        if (commit.classification.level != BumpLevel::None) {
            if (isFix(commit))
                ++fixes;
            else
                others = true;
        }
        if (isRevert(commit.parsed))
            reverts.append({commit.id,
                            commit.header(),
                            commit.parsed.revertedCommit,
                            commit.parsed.revertedHeader,
                            commit.time,
                            index});
    }
    onlyFixes = fixes > 0 && !others;
}

namespace {

// Whether a run's ref names a release rather than a branch: "v1.2.0", "1.2.0-rc.1",
// "create-vite@5.0.0". A deploy of such a ref is that release's, whatever its commit.
bool namesARelease(const QString &ref)
{
    static const QRegularExpression version(QStringLiteral("(^|[^0-9.])v?\\d+\\.\\d+\\.\\d+"));
    return version.match(ref).hasMatch();
}

// A failed run of a deploy workflow whose ref is the release's tag, or that deployed the tagged
// commit from a branch. A run for another tag on the same commit (a release candidate, another
// package of a monorepo) is that tag's.
void failedDeploys(const ChangeFailureInput &input, QHash<qsizetype, QList<FailureReason>> &failed)
{
    QList<const PipelineRun *> deployFailures;
    for (const PipelineRun &run : std::as_const(*input.options.runs)) {
        if (run.state == RunState::Failed && input.options.deployWorkflows.contains(run.workflow))
            deployFailures.append(&run);
    }
    if (deployFailures.isEmpty())
        return;
    for (qsizetype index : input.judged) {
        const ReleaseTag &tag = input.releases.at(index).tag;
        const QString commit = tag.commit.toString();
        for (const PipelineRun *run : std::as_const(deployFailures)) {
            const bool ofTheTag = run->ref == tag.name;
            const bool ofTheCommit = run->sha == commit && !namesARelease(run->ref);
            if (!ofTheTag && !ofTheCommit)
                continue;
            FailureReason reason;
            reason.rule = FailureRule::FailedDeploy;
            reason.evidence = run->url.toString();
            reason.detected = run->finished.isValid() ? run->finished : run->started;
            reason.text = QCoreApplication::translate("rd::ChangeFailures",
                                                      "deploy run %1 of %2 on %3 failed")
                                  .arg(QString::number(run->id), run->workflow, run->ref);
            failed[index].append(reason);
        }
    }
}

} // namespace

QHash<qsizetype, QList<FailureReason>> findChangeFailures(const ChangeFailureInput &input)
{
    QHash<qsizetype, QList<FailureReason>> failed;
    if (input.options.fixReleaseRule)
        fixReleases(input, failed);
    if (input.options.revertRule)
        reverts(input, failed);
    if (input.options.failedDeployRule && !input.options.deployWorkflows.isEmpty()
        && input.options.runs)
        failedDeploys(input, failed);
    return failed;
}

} // namespace rd
