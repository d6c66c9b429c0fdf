// SPDX-License-Identifier: GPL-3.0-or-later
#include "securityjobscheck.h"

#include "config/projectconfig.h"
#include "forge/securityscan.h"
#include "git/repository.h"

#include <QCoreApplication>
#include <QDir>

namespace rd {

CheckResult SecurityJobsCheck::run(PreflightContext &context, Progress *)
{
    auto config = context.projectConfig();
    if (!config)
        return result(CheckResult::Status::Fail, config.error().toString());
    auto scanners = (*config)[QStringLiteral("forge")][QStringLiteral("security-scanners")]
                            .toStringList(SecurityScan::defaultScanners());
    if (!scanners)
        return result(CheckResult::Status::Fail, scanners.error().toString());
    auto findings = SecurityScan::scan(QDir::cleanPath(context.repository.workdir()), *scanners);
    if (!findings)
        return result(CheckResult::Status::Warn, findings.error().toString());
    if (findings->isEmpty())
        return result(
                CheckResult::Status::Pass,
                QCoreApplication::translate("rd::cigate",
                                            "No security scanner runs with continue-on-error or "
                                            "allow_failure."));
    QStringList messages;
    for (const SecurityFinding &finding : std::as_const(*findings))
        messages.append(finding.message);
    return result(CheckResult::Status::Warn, messages.join(u'\n'));
}

} // namespace rd
