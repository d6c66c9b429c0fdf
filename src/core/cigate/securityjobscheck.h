// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/preflightcheck.h"

#include <QCoreApplication>

namespace rd {

// "Security jobs can't fail silently": warns for each security scanner in the workflow YAML
// that runs with continue-on-error: true or allow_failure: true, with file:line. The scanner
// names are forge.security-scanners of .releasedesk.yml (default: SecurityScan's list).
class SecurityJobsCheck : public PreflightCheck
{
public:
    QString id() const override { return QStringLiteral("security-jobs"); }
    QString title() const override
    {
        return QCoreApplication::translate("rd::cigate", "Security jobs can't fail silently");
    }
    CheckResult run(PreflightContext &context, Progress *progress) override;
};

} // namespace rd
