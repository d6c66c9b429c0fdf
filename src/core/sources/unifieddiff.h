// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/splice.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace rd {

// A unified diff (git's format, `--- a/path` / `+++ b/path`, 3 lines of context) of a file
// changed by splices. The splices say exactly which lines changed, so no diff algorithm is
// needed and the hunks are exact. Lines keep their bytes (a CRLF file shows its '\r').
class UnifiedDiff
{
public:
    static QByteArray render(const QString &path,
                             const QByteArray &before,
                             const QList<Splice> &splices,
                             int context = 3);

    // One changed region, in lines (1-based, inclusive) of both files: what a side-by-side view
    // lines up. A region with an empty side (first > last) is a pure insertion or deletion.
    struct Change
    {
        int beforeFirst = 0;
        int beforeLast = 0;
        int afterFirst = 0;
        int afterLast = 0;
    };
    static QList<Change> changes(const QByteArray &before, const QList<Splice> &splices);
};

} // namespace rd
