// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/analyzedcommit.h"

#include <QList>
#include <QPair>
#include <QString>

namespace rd {

// A release at a glance: how many commits, of which types, and the strongest change.
struct ReleaseSummary
{
    qsizetype commits = 0;
    BumpLevel level = BumpLevel::None;
    int breaking = 0;
    // Commit types (lower-case) with their counts, most frequent first, then by name;
    // commits without a type count as "other".
    QList<QPair<QString, int>> types;

    // "fix 3, chore 2, other 1"; `limit` types at most (0: all), then "…".
    QString typesText(int limit = 0) const;

    static ReleaseSummary of(const QList<AnalyzedCommit> &commits);
};

} // namespace rd
