// SPDX-License-Identifier: GPL-3.0-or-later
#include "worktreecheck.h"

#include "git/repository.h"
#include "git/worktreestatus.h"

#include <QCoreApplication>
#include <QDir>

namespace rd {

namespace {

QString listPaths(const QList<git::WorkTreeStatus::Entry> &entries)
{
    QStringList paths;
    for (qsizetype i = 0; i < entries.size() && i < 5; ++i)
        paths.append(entries.at(i).path);
    const int more = int(entries.size()) - 5;
    if (more > 0)
        paths.append(QCoreApplication::translate("rd::release", "and %n more", nullptr, more));
    return paths.join(QStringLiteral(", "));
}

} // namespace

CheckResult WorkTreeCheck::run(PreflightContext &context, Progress *)
{
    if (context.repository.isBare())
        return result(CheckResult::Status::Fail,
                      QCoreApplication::translate(
                              "rd::release",
                              "This repository is bare: a release needs a work tree to "
                              "write the version files in. Clone it (git clone %1) and "
                              "release from the clone.")
                              .arg(QDir::cleanPath(context.repository.gitDir())));
    const QString state = context.repository.stateName();
    if (!state.isEmpty())
        return result(CheckResult::Status::Fail,
                      QCoreApplication::translate("rd::release",
                                                  "A %1 is in progress. Finish or abort it first.")
                              .arg(state));
    auto status = git::WorkTreeStatus::read(context.repository, true);
    if (!status)
        return result(CheckResult::Status::Fail, status.error().toString());
    const auto tracked = status->trackedChanges();
    if (!tracked.isEmpty())
        return result(CheckResult::Status::Fail,
                      QCoreApplication::translate(
                              "rd::release",
                              "%n file(s) have uncommitted changes: %1. Commit or stash "
                              "them, so the release is made from what is committed.",
                              nullptr,
                              int(tracked.size()))
                              .arg(listPaths(tracked)));
    if (!status->isClean())
        return result(CheckResult::Status::Warn,
                      QCoreApplication::translate(
                              "rd::release",
                              "%n untracked file(s): %1. The release leaves them alone.",
                              nullptr,
                              int(status->entries().size()))
                              .arg(listPaths(status->entries())));
    return result(CheckResult::Status::Pass,
                  QCoreApplication::translate("rd::release", "No uncommitted changes."));
}

} // namespace rd
