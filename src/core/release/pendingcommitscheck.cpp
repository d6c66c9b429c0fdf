// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendingcommitscheck.h"

#include <QCoreApplication>

namespace rd {

CheckResult PendingCommitsCheck::run(PreflightContext &context, Progress *)
{
    if (context.commitsSinceLastRelease < 0)
        return result(CheckResult::Status::Warn,
                      QCoreApplication::translate(
                              "rd::release",
                              "The commits since the last release were not counted."));
    if (context.commitsSinceLastRelease == 0)
        return result(CheckResult::Status::Fail,
                      QCoreApplication::translate(
                              "rd::release", "Nothing to release: there is no commit since %1.")
                              .arg(context.lastReleaseTag.isEmpty()
                                           ? QCoreApplication::translate("rd::release",
                                                                         "the last "
                                                                         "release")
                                           : context.lastReleaseTag));
    return result(CheckResult::Status::Pass,
                  QCoreApplication::translate("rd::release",
                                              "%n commit(s) since %1.",
                                              nullptr,
                                              int(context.commitsSinceLastRelease))
                          .arg(context.lastReleaseTag.isEmpty()
                                       ? QCoreApplication::translate("rd::release", "the start")
                                       : context.lastReleaseTag));
}

} // namespace rd
