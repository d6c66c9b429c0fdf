// SPDX-License-Identifier: GPL-3.0-or-later
#include "releaseplanner.h"

#include "git/objectstore.h"
#include "git/references.h"
#include "git/remote.h"
#include "git/repository.h"
#include "release/commitstep.h"
#include "release/jsonbytes.h"
#include "release/pushstep.h"
#include "release/remoteaccess.h"
#include "release/tagstep.h"
#include "release/writefilestep.h"
#include "signing/signingsettings.h"

#include <QCoreApplication>
#include <QSet>

namespace rd {

QString ReleasePlanner::pushRemote(const git::Repository &repository,
                                   const ReleaseSettings &settings,
                                   const QString &chosen)
{
    if (!chosen.isEmpty())
        return chosen;
    if (!settings.remote.isEmpty())
        return settings.remote;
    git::References refs(repository);
    const QString branch = repository.currentBranch();
    if (!branch.isEmpty())
        if (auto upstream = refs.upstream(branch); upstream && *upstream)
            return (*upstream)->remote;
    if (git::Remote::lookup(repository, QStringLiteral("origin")))
        return QStringLiteral("origin");
    return {};
}

Result<ReleasePlan> ReleasePlanner::plan(const git::Repository &repository,
                                         const ReleaseSettings &settings,
                                         const ReleaseChoices &choices)
{
    if (repository.isBare())
        return fail(errc::cannotPlan,
                    QCoreApplication::translate(
                            "rd::release", "A release needs a work tree; this repository is bare."),
                    repository.gitDir());
    const QString branch = repository.currentBranch();
    if (branch.isEmpty() || repository.isHeadDetached())
        return fail(errc::cannotPlan,
                    QCoreApplication::translate(
                            "rd::release",
                            "HEAD is not on a branch. Check out the branch to release "
                            "(e.g. git switch main)."),
                    QStringLiteral("HEAD"));
    auto head = repository.headId();
    if (!head)
        return std::unexpected(head.error());
    if (choices.tagName.isEmpty())
        return fail(errc::cannotPlan,
                    QCoreApplication::translate("rd::release", "The release has no tag name."));
    auto identity = repository.defaultSignature();
    if (!identity)
        return std::unexpected(identity.error());
    auto config = repository.config();
    if (!config)
        return std::unexpected(config.error());
    auto signing = SigningSettings::fromGitConfig(*config, *identity);
    if (!signing)
        return std::unexpected(signing.error());

    ReleasePlan plan;
    plan.version = choices.version.toString();
    plan.tagName = choices.tagName;
    plan.branch = branch;
    plan.base = *head;

    QSet<QString> seen;
    QList<CommitStep::File> committed;
    for (const FileChange &change : choices.files) {
        if (change.path.isEmpty() || change.path.startsWith(u'/') || change.path.contains(u'\\')
            || change.path.split(u'/').contains(QStringLiteral("..")))
            return fail(errc::cannotPlan,
                        QCoreApplication::translate(
                                "rd::release",
                                "A release may only write files inside the work tree, "
                                "by relative '/'-separated path."),
                        change.path);
        if (seen.contains(change.path))
            return fail(errc::cannotPlan,
                        QCoreApplication::translate(
                                "rd::release",
                                "Two planners want to write the same file; merge their "
                                "changes first."),
                        change.path);
        seen.insert(change.path);
        if (change.before && *change.before == change.after)
            continue; // nothing to write
        auto step = std::make_unique<WriteFileStep>(change);
        committed.append({change.path, step->afterHash()});
        if (auto added = plan.append(std::move(step)); !added)
            return std::unexpected(added.error());
    }

    QString tagTarget;
    if (!committed.isEmpty()) {
        CommitStep::Data commit;
        commit.branch = branch;
        commit.base = *head;
        const QString message = choices.commitMessage.isEmpty()
                                        ? settings.formatCommitMessage(plan.version, plan.tagName)
                                        : choices.commitMessage;
        commit.message = git::ObjectStore::cleanMessage(message);
        commit.identity = *identity;
        commit.identity.when = {};
        commit.files = committed;
        commit.sign = signing->signCommits;
        commit.signingKey = signing->signCommits ? signing->key : QString();
        auto step = std::make_unique<CommitStep>(std::move(commit));
        tagTarget = step->id();
        if (auto added = plan.append(std::move(step)); !added)
            return std::unexpected(added.error());
    }

    TagStep::Data tag;
    tag.name = plan.tagName;
    const QString notes = choices.releaseNotes.trimmed().isEmpty()
                                  ? QStringLiteral("Release %1").arg(plan.version)
                                  : choices.releaseNotes;
    tag.message = git::ObjectStore::cleanMessage(notes);
    tag.targetStep = tagTarget;
    if (tagTarget.isEmpty())
        tag.targetCommit = *head;
    tag.identity = *identity;
    tag.identity.when = {};
    tag.sign = signing->signTags;
    tag.signingKey = signing->signTags ? signing->key : QString();
    if (auto added = plan.append(std::make_unique<TagStep>(std::move(tag))); !added)
        return std::unexpected(added.error());

    if (choices.push && settings.push) {
        const QString remote = pushRemote(repository, settings, choices.remote);
        if (remote.isEmpty())
            return fail(errc::cannotPlan,
                        QCoreApplication::translate(
                                "rd::release",
                                "There is no remote to push the release to. Add one "
                                "(git remote add origin URL) or turn pushing off."));
        auto url = RemoteAccess::pushUrl(repository, remote);
        if (!url)
            return std::unexpected(url.error());
        git::References refs(repository);
        QString remoteBranch = QStringLiteral("refs/heads/") + branch;
        std::optional<git::Oid> branchBefore;
        if (auto upstream = refs.upstream(branch);
            upstream && *upstream && (*upstream)->remote == remote) {
            remoteBranch = (*upstream)->mergeRef;
            if (auto tracking = refs.target((*upstream)->trackingRef); tracking)
                branchBefore = *tracking;
        } else if (auto tracking = refs.target(
                           QStringLiteral("refs/remotes/%1/%2").arg(remote, branch));
                   tracking) {
            branchBefore = *tracking;
        }
        PushStep::Data push;
        push.remote = remote;
        push.url = *url;
        push.refs.append({QStringLiteral("refs/heads/") + branch, remoteBranch, branchBefore});
        const QString tagRef = QStringLiteral("refs/tags/") + plan.tagName;
        push.refs.append({tagRef, tagRef, std::nullopt});
        if (auto added = plan.append(std::make_unique<PushStep>(std::move(push))); !added)
            return std::unexpected(added.error());
    }
    return plan;
}

} // namespace rd
