// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/preflightcheck.h"

#include <QCoreApplication>

namespace rd {

// Fails unless HEAD is on a branch that release.branches in .releasedesk.yml names (default: main, master, release/*).
class BranchCheck : public PreflightCheck
{
public:
    QString id() const override { return QStringLiteral("release-branch"); }
    QString title() const override
    {
        return QCoreApplication::translate("rd::release", "On a release branch");
    }
    CheckResult run(PreflightContext &context, Progress *progress) override;
};

} // namespace rd
