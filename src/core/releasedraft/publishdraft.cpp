// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishdraft.h"

#include "config/projectconfig.h"
#include "forge/forgeconnection.h"
#include "project/project.h"
#include "releasedraft/releasedraft.h"

#include <QCoreApplication>

namespace rd::PublishDraft {

namespace {

// The forge the release's remote names, for a forge release's step; the reason when none.
void locateForge(const ReleaseDraft &draft, const QString &remote, PublishRelease &release)
{
    auto forge = plannedForge(draft, remote);
    if (forge)
        release.forge = *forge;
    else
        release.forgeProblem = forge.error().message;
}

} // namespace

Result<ForgeLocation> plannedForge(const ReleaseDraft &draft, const QString &remote)
{
    auto config = ProjectConfig::load(draft.project().root());
    if (!config)
        return std::unexpected(config.error());
    return ForgeConnection::locate(draft.project().repository(),
                                   *config,
                                   remote.isEmpty() ? QStringLiteral("origin") : remote);
}

Result<PublishSettings> settings(const Project &project)
{
    auto config = ProjectConfig::load(project.root());
    if (!config)
        return std::unexpected(config.error());
    return PublishSettings::fromConfig(config->root());
}

Result<PublishRelease> taggedRelease(const ReleaseDraft &draft)
{
    const git::Repository &repository = draft.project().repository();
    const std::optional<ReleaseTag> &last = draft.report().lastRelease;
    if (!last)
        return fail(errc::notReleaseCommit,
                    QCoreApplication::translate("rd::publish",
                                                "There is no release tag in this history yet, so "
                                                "there is nothing to publish. Release first."));
    auto head = repository.headId();
    if (!head)
        return std::unexpected(head.error());
    if (*head != last->commit)
        return fail(errc::notReleaseCommit,
                    QCoreApplication::translate(
                            "rd::publish",
                            "HEAD is not the release %1: publishing builds and reads the work "
                            "tree, which must be the release's. Check it out (git switch "
                            "--detach %1) and publish from there.")
                            .arg(last->name));
    PublishRelease release;
    release.root = draft.project().root();
    release.version = last->version;
    release.tag = last->name;
    release.commit = last->commit.toString();
    release.branch = repository.currentBranch();
    release.notes = last->message.trimmed();
    locateForge(draft, QStringLiteral("origin"), release);
    return release;
}

Result<PublishRelease> madeRelease(const ReleaseDraft &draft,
                                   const Version &version,
                                   const QString &tag,
                                   const QString &notes,
                                   const QString &remote)
{
    const git::Repository &repository = draft.project().repository();
    auto commit = repository.resolveCommit(QStringLiteral("refs/tags/") + tag);
    if (!commit)
        return std::unexpected(commit.error());
    PublishRelease release;
    release.root = draft.project().root();
    release.version = version;
    release.tag = tag;
    release.commit = commit->toString();
    release.branch = repository.currentBranch();
    release.notes = notes.trimmed();
    locateForge(draft, remote.isEmpty() ? QStringLiteral("origin") : remote, release);
    return release;
}

} // namespace rd::PublishDraft
