// SPDX-License-Identifier: GPL-3.0-or-later
#include "branchcheck.h"

#include "git/repository.h"

#include <QCoreApplication>

namespace rd {

CheckResult BranchCheck::run(PreflightContext &context, Progress *)
{
    const QString branch = context.repository.currentBranch();
    if (branch.isEmpty() || context.repository.isHeadDetached())
        return result(CheckResult::Status::Fail,
                      QCoreApplication::translate(
                              "rd::release", "HEAD is detached. Check out a release branch (%1).")
                              .arg(context.settings.branches.join(QStringLiteral(", "))));
    if (!context.settings.isReleaseBranch(branch))
        return result(CheckResult::Status::Fail,
                      QCoreApplication::translate(
                              "rd::release",
                              "%1 is not a release branch. Releases are made from %2; "
                              "switch branches, or add it to release.branches in "
                              ".releasedesk.yml.")
                              .arg(branch, context.settings.branches.join(QStringLiteral(", "))));
    return result(CheckResult::Status::Pass,
                  QCoreApplication::translate("rd::release", "%1 is a release branch.")
                          .arg(branch));
}

} // namespace rd
