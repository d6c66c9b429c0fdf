// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/preflightcheck.h"

#include <QCoreApplication>

namespace rd {

// Fails when the release tag already exists here or on the remote (ls-remote in the push direction, which also proves the credentials). A local-only leftover tag can be deleted as the fix.
class TagCheck : public PreflightCheck
{
public:
    QString id() const override { return QStringLiteral("tag-free"); }
    QString title() const override
    {
        return QCoreApplication::translate("rd::release", "Tag is free");
    }
    CheckResult run(PreflightContext &context, Progress *progress) override;
};

} // namespace rd
