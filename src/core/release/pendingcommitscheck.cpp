// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendingcommitscheck.h"

namespace rd {

CheckResult PendingCommitsCheck::run(PreflightContext &context, Progress *)
{
    if (context.commitsSinceLastRelease < 0)
        return result(CheckResult::Status::Warn,
                      QStringLiteral("The commits since the last release were not counted."));
    if (context.commitsSinceLastRelease == 0)
        return result(CheckResult::Status::Fail,
                      QStringLiteral("Nothing to release: there is no commit since %1.")
                              .arg(context.lastReleaseTag.isEmpty() ? QStringLiteral("the last "
                                                                                     "release")
                                                                    : context.lastReleaseTag));
    return result(CheckResult::Status::Pass,
                  QStringLiteral("%1 commit(s) since %2.")
                          .arg(context.commitsSinceLastRelease)
                          .arg(context.lastReleaseTag.isEmpty() ? QStringLiteral("the start")
                                                                : context.lastReleaseTag));
}

} // namespace rd
