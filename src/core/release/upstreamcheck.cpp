// SPDX-License-Identifier: GPL-3.0-or-later
#include "upstreamcheck.h"

#include "git/checkout.h"
#include "git/references.h"
#include "git/repository.h"
#include "release/remoteaccess.h"

#include <QCoreApplication>

namespace rd {

CheckResult UpstreamCheck::run(PreflightContext &context, Progress *progress)
{
    git::Repository &repo = context.repository;
    const QString branch = repo.currentBranch();
    if (branch.isEmpty())
        return result(CheckResult::Status::Fail,
                      QCoreApplication::translate("rd::release", "HEAD is not on a branch."));
    git::References refs(repo);
    auto upstream = refs.upstream(branch);
    if (!upstream)
        return result(CheckResult::Status::Fail, upstream.error().toString());
    if (!*upstream) {
        if (context.remote.isEmpty())
            return result(CheckResult::Status::Warn,
                          QCoreApplication::translate(
                                  "rd::release",
                                  "%1 has no upstream and there is no remote: the release "
                                  "stays in this clone.")
                                  .arg(branch));
        return result(CheckResult::Status::Warn,
                      QCoreApplication::translate(
                              "rd::release",
                              "%1 has no upstream branch, so it cannot be compared; the "
                              "release pushes it to %2.")
                              .arg(branch, context.remote));
    }
    if (context.fetch && context.remotes) {
        if (progress)
            progress->log(QCoreApplication::translate("rd::release", "Fetching %1")
                                  .arg((*upstream)->remote));
        if (auto fetched = context.remotes->fetch(repo, (*upstream)->remote, progress); !fetched)
            return result(CheckResult::Status::Fail,
                          QCoreApplication::translate("rd::release",
                                                      "Cannot fetch %1 to compare: %2")
                                  .arg((*upstream)->remote, fetched.error().toString()));
    }
    auto local = refs.target(QStringLiteral("refs/heads/") + branch);
    auto remote = refs.target((*upstream)->trackingRef);
    if (!local || !*local || !remote)
        return result(CheckResult::Status::Fail,
                      QCoreApplication::translate("rd::release", "Cannot read %1 or its upstream.")
                              .arg(branch));
    if (!*remote)
        return result(CheckResult::Status::Warn,
                      QCoreApplication::translate(
                              "rd::release",
                              "The upstream %1 does not exist yet; the release creates it.")
                              .arg((*upstream)->trackingRef));
    auto counts = refs.aheadBehind(**local, **remote);
    if (!counts)
        return result(CheckResult::Status::Fail, counts.error().toString());
    const auto [ahead, behind] = *counts;
    const QString upstreamName = (*upstream)->trackingRef.section(u'/', 2);
    if (behind > 0 && ahead > 0)
        return result(CheckResult::Status::Fail,
                      QCoreApplication::translate(
                              "rd::release",
                              "%1 and %2 have diverged (%3 local, %4 remote commits). "
                              "Merge or rebase, then re-run the checks.")
                              .arg(branch, upstreamName)
                              .arg(ahead)
                              .arg(behind));
    if (behind > 0) {
        CheckResult r = result(
                CheckResult::Status::Fail,
                QCoreApplication::translate("rd::release",
                                            "%1 is %n commit(s) behind %2. Update it so the "
                                            "release includes them.",
                                            nullptr,
                                            int(behind))
                        .arg(branch, upstreamName));
        const QString branchRef = QStringLiteral("refs/heads/") + branch;
        const git::Oid from = **local;
        const git::Oid to = **remote;
        git::Repository *repository = &repo;
        r.fix = CheckResult::Fix{QCoreApplication::translate("rd::release", "Fast-forward %1 to %2")
                                         .arg(branch, upstreamName),
                                 [repository, branchRef, from, to](Progress *) {
                                     return git::Checkout::fastForward(*repository,
                                                                       branchRef,
                                                                       from,
                                                                       to);
                                 }};
        return r;
    }
    if (ahead > 0)
        return result(CheckResult::Status::Warn,
                      QCoreApplication::translate(
                              "rd::release",
                              "%1 has %n commit(s) not yet on %2; the release pushes them "
                              "too.",
                              nullptr,
                              int(ahead))
                              .arg(branch, upstreamName));
    return result(CheckResult::Status::Pass,
                  QCoreApplication::translate("rd::release", "%1 is up to date with %2.")
                          .arg(branch, upstreamName));
}

} // namespace rd
