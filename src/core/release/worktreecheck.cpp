// SPDX-License-Identifier: GPL-3.0-or-later
#include "worktreecheck.h"

#include "git/repository.h"
#include "git/worktreestatus.h"

#include <QDir>

namespace rd {

namespace {

QString listPaths(const QList<git::WorkTreeStatus::Entry> &entries)
{
    QStringList paths;
    for (qsizetype i = 0; i < entries.size() && i < 5; ++i)
        paths.append(entries.at(i).path);
    if (entries.size() > 5)
        paths.append(QStringLiteral("and %1 more").arg(entries.size() - 5));
    return paths.join(QStringLiteral(", "));
}

} // namespace

CheckResult WorkTreeCheck::run(PreflightContext &context, Progress *)
{
    if (context.repository.isBare())
        return result(CheckResult::Status::Fail,
                      QStringLiteral("This repository is bare: a release needs a work tree to "
                                     "write the version files in. Clone it (git clone %1) and "
                                     "release from the clone.")
                              .arg(QDir::cleanPath(context.repository.gitDir())));
    const QString state = context.repository.stateName();
    if (!state.isEmpty())
        return result(CheckResult::Status::Fail,
                      QStringLiteral("A %1 is in progress. Finish or abort it first.").arg(state));
    auto status = git::WorkTreeStatus::read(context.repository, true);
    if (!status)
        return result(CheckResult::Status::Fail, status.error().toString());
    const auto tracked = status->trackedChanges();
    if (!tracked.isEmpty())
        return result(CheckResult::Status::Fail,
                      QStringLiteral("%1 file(s) have uncommitted changes: %2. Commit or stash "
                                     "them, so the release is made from what is committed.")
                              .arg(tracked.size())
                              .arg(listPaths(tracked)));
    if (!status->isClean())
        return result(CheckResult::Status::Warn,
                      QStringLiteral("%1 untracked file(s): %2. The release leaves them alone.")
                              .arg(status->entries().size())
                              .arg(listPaths(status->entries())));
    return result(CheckResult::Status::Pass, QStringLiteral("No uncommitted changes."));
}

} // namespace rd
