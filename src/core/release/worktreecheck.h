// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/preflightcheck.h"

#include <QCoreApplication>

namespace rd {

// Fails on uncommitted changes to tracked files (and an unfinished merge or rebase); untracked files only warn, since the release commits only the files it writes.
class WorkTreeCheck : public PreflightCheck
{
public:
    QString id() const override { return QStringLiteral("worktree-clean"); }
    QString title() const override
    {
        return QCoreApplication::translate("rd::release", "Working tree is clean");
    }
    CheckResult run(PreflightContext &context, Progress *progress) override;
};

} // namespace rd
