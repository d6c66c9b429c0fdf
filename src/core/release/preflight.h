// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/preflightcheck.h"

#include <memory>
#include <vector>

namespace rd {

// The checks run before a release, in order; the wizard's first page and `release --dry-run`
// show their results. A release may start when none failed.
class Preflight
{
public:
    // Work tree, release branch, pending commits, version order, version sources, upstream,
    // tag (the last two contact the remote).
    static Preflight standard();

    void add(std::unique_ptr<PreflightCheck> check);
    const std::vector<std::unique_ptr<PreflightCheck>> &checks() const { return m_checks; }

    // Runs every check (a failing one does not stop the others), reporting progress.
    QList<CheckResult> run(PreflightContext &context, Progress *progress = nullptr);

    static bool allowsRelease(const QList<CheckResult> &results);

private:
    std::vector<std::unique_ptr<PreflightCheck>> m_checks;
};

} // namespace rd
