// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionordercheck.h"

#include <QCoreApplication>

namespace rd {

CheckResult VersionOrderCheck::run(PreflightContext &context, Progress *)
{
    if (!context.lastRelease)
        return result(CheckResult::Status::Pass,
                      QCoreApplication::translate("rd::release", "%1 is the first release.")
                              .arg(context.version.toString()));
    if (!(context.version > *context.lastRelease))
        return result(CheckResult::Status::Fail,
                      QCoreApplication::translate(
                              "rd::release",
                              "%1 is not greater than the last release %2 (%3). Choose a "
                              "higher version.")
                              .arg(context.version.toString(),
                                   context.lastRelease->toString(),
                                   context.lastReleaseTag));
    return result(CheckResult::Status::Pass,
                  QCoreApplication::translate("rd::release", "%1 follows %2.")
                          .arg(context.version.toString(), context.lastRelease->toString()));
}

} // namespace rd
