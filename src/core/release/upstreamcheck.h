// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/preflightcheck.h"

#include <QCoreApplication>

namespace rd {

// Fetches the branch's upstream and fails when the remote has commits the branch lacks (fix: fast-forward); local commits not yet pushed only warn, as the release pushes them.
class UpstreamCheck : public PreflightCheck
{
public:
    QString id() const override { return QStringLiteral("upstream"); }
    QString title() const override
    {
        return QCoreApplication::translate("rd::release", "Branch is up to date with its upstream");
    }
    CheckResult run(PreflightContext &context, Progress *progress) override;
};

} // namespace rd
