// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/preflightcheck.h"

namespace rd {

// Fails unless the version to release is greater (SemVer precedence) than the last release reachable from HEAD.
class VersionOrderCheck : public PreflightCheck
{
public:
    QString id() const override { return QStringLiteral("version-order"); }
    QString title() const override
    {
        return QStringLiteral("Next version is greater than the last release");
    }
    CheckResult run(PreflightContext &context, Progress *progress) override;
};

} // namespace rd
