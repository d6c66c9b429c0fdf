// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchplan.h"

#include "forge/forgeconnection.h"
#include "git/repository.h"

namespace rd::watch {

Result<QList<WatchTarget>> plannedTargets(
        const store::RunHistory &history,
        const WatchPlanOptions &options,
        const std::function<QString(const ForgeLocation &)> &tokenFor)
{
    auto repositories = history.repositories();
    if (!repositories)
        return fail(repositories.error());
    const QDateTime recentSince = options.now.addDays(-options.recentDays);
    QList<WatchTarget> targets;
    for (const store::KnownRepository &repository : std::as_const(*repositories)) {
        const bool recent = options.scope == WatchScope::Recent && repository.openedAt.isValid()
                            && repository.openedAt >= recentSince;
        if (!repository.pinned && !recent)
            continue;
        auto releases = history.releases(repository.id);
        if (!releases)
            return fail(releases.error());
        QList<WatchTarget> own;
        auto add = [&](RunFilter::Kind kind, const QString &value) {
            if (value.isEmpty())
                return;
            for (const WatchTarget &target : std::as_const(own)) {
                if (target.kind == kind && target.value == value)
                    return;
            }
            own.append({repository.location, {}, kind, value});
        };
        add(RunFilter::Kind::Branch, repository.defaultBranch);
        if (!releases->isEmpty())
            add(RunFilter::Kind::Tag, releases->first().tag);
        add(RunFilter::Kind::Tag, repository.latestTag);
        if (own.isEmpty())
            continue;
        const QString token = tokenFor ? tokenFor(repository.location) : QString();
        for (WatchTarget &target : own)
            target.token = token;
        targets += own;
    }
    return targets;
}

Result<bool> noteOpened(const store::RunHistory &history,
                        const git::Repository &repository,
                        const ProjectConfig &config,
                        const QString &latestTag,
                        const QDateTime &at)
{
    const QString remote = QStringLiteral("origin");
    auto location = ForgeConnection::locate(repository, config, remote);
    if (!location)
        return fail(location.error());
    return history.noteOpened(*location, {repository.defaultBranch(remote), latestTag}, at);
}

QString watchScopeName(WatchScope scope)
{
    return scope == WatchScope::Recent ? QStringLiteral("recent") : QStringLiteral("pinned");
}

WatchScope watchScopeFromName(QStringView name)
{
    return name == u"recent" ? WatchScope::Recent : WatchScope::Pinned;
}

} // namespace rd::watch
