// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forge/forgeconnection.h"
#include "release/preflightcheck.h"

#include <QCoreApplication>

namespace rd {

// "CI green on the release commit": the forge's runs of HEAD's commit. Passes when every
// required run succeeded, warns while one is queued or running (wait, then check again),
// fails on a failed or cancelled run, naming it and its failed jobs. The required workflows
// are forge.required-workflows of .releasedesk.yml (default: every run of the commit; only
// the newest run of each workflow counts, so a successful re-run replaces a failure). Passes
// with "not checked" when no forge is configured or detected. While runs are going, the
// warning's fix "Wait for CI" asks the forge again every `pollIntervalMs` until none of HEAD's
// runs is queued or running (Stop ends the wait; at most `waitLimitMs`); the checks then run
// again and say how CI ended.
class CiGreenCheck : public PreflightCheck
{
public:
    explicit CiGreenCheck(ForgeConnection::Options options = {},
                          int pollIntervalMs = 10000,
                          int waitLimitMs = 30 * 60 * 1000);
    QString id() const override { return QStringLiteral("ci-green"); }
    QString title() const override
    {
        return QCoreApplication::translate("rd::cigate", "CI green on the release commit");
    }
    CheckResult run(PreflightContext &context, Progress *progress) override;

    // The verdict on `runs` (newest first) of commit `sha`; `forge` gives the failed jobs.
    CheckResult evaluate(const QList<PipelineRun> &runs,
                         const QStringList &required,
                         const QString &sha,
                         Forge &forge) const;

private:
    ForgeConnection::Options m_options;
    int m_pollIntervalMs;
    int m_waitLimitMs;
};

} // namespace rd
