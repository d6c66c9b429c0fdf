// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight.h"

#include "release/branchcheck.h"
#include "release/pendingcommitscheck.h"
#include "release/tagcheck.h"
#include "release/upstreamcheck.h"
#include "release/versionordercheck.h"
#include "release/versionsourcescheck.h"
#include "release/worktreecheck.h"

#include <QCoreApplication>

namespace rd {

Preflight Preflight::standard()
{
    Preflight preflight;
    preflight.add(std::make_unique<WorkTreeCheck>());
    preflight.add(std::make_unique<BranchCheck>());
    preflight.add(std::make_unique<PendingCommitsCheck>());
    preflight.add(std::make_unique<VersionOrderCheck>());
    preflight.add(std::make_unique<VersionSourcesCheck>());
    preflight.add(std::make_unique<UpstreamCheck>());
    preflight.add(std::make_unique<TagCheck>());
    return preflight;
}

void Preflight::add(std::unique_ptr<PreflightCheck> check)
{
    m_checks.push_back(std::move(check));
}

QList<CheckResult> Preflight::run(PreflightContext &context, Progress *progress)
{
    QList<CheckResult> results;
    const qsizetype count = qsizetype(m_checks.size());
    for (qsizetype i = 0; i < count; ++i) {
        PreflightCheck &check = *m_checks[size_t(i)];
        if (progress)
            progress->report(i, count, check.title());
        if (cancelled(progress))
            break;
        results.append(check.run(context, progress));
    }
    if (progress)
        progress->report(count, count, QCoreApplication::translate("rd::release", "Checks done"));
    return results;
}

bool Preflight::allowsRelease(const QList<CheckResult> &results)
{
    for (const CheckResult &result : results)
        if (result.status == CheckResult::Status::Fail)
            return false;
    return true;
}

} // namespace rd
