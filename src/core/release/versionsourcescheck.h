// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/preflightcheck.h"

#include <QCoreApplication>

namespace rd {

// Fails when the project's version sources declare different versions or one cannot be read; warns when they differ from the last release.
class VersionSourcesCheck : public PreflightCheck
{
public:
    QString id() const override { return QStringLiteral("version-sources"); }
    QString title() const override
    {
        return QCoreApplication::translate("rd::release", "Version sources agree");
    }
    CheckResult run(PreflightContext &context, Progress *progress) override;
};

} // namespace rd
