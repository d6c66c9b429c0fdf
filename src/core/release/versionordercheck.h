// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/preflightcheck.h"

#include <QCoreApplication>

namespace rd {

// Fails unless the version to release is greater (SemVer precedence) than the last release reachable from HEAD.
class VersionOrderCheck : public PreflightCheck
{
public:
    QString id() const override { return QStringLiteral("version-order"); }
    QString title() const override
    {
        return QCoreApplication::translate("rd::release",
                                           "Next version is greater than the last release");
    }
    CheckResult run(PreflightContext &context, Progress *progress) override;
};

} // namespace rd
