// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/preflightcheck.h"

#include <QCoreApplication>

namespace rd {

// Fails when there is no commit since the last release: nothing to do.
class PendingCommitsCheck : public PreflightCheck
{
public:
    QString id() const override { return QStringLiteral("pending-commits"); }
    QString title() const override
    {
        return QCoreApplication::translate("rd::release", "There is something to release");
    }
    CheckResult run(PreflightContext &context, Progress *progress) override;
};

} // namespace rd
