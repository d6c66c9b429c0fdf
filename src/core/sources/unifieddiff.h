// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/splice.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace rd {

// The one diff model of a file changed by splices: its hunks, line by line, as git shows them
// (3 lines of context), and the rows of a side-by-side view derived from the same lines. The
// unified text (`--- a/path` / `+++ b/path`), the GUI's unified and side-by-side views and the
// dry run all read this model, so they cannot disagree.
//
// The splices say which bytes changed, so no diff algorithm is needed: each splice widens to
// the whole lines it touches, and lines both sides share at a change's edges are context, not
// change. A section inserted at a line start is therefore a pure insertion. Lines keep their
// bytes (a CRLF file shows its '\r').
class UnifiedDiff
{
public:
    struct Line
    {
        enum class Kind { Context, Removed, Added };
        Kind kind = Kind::Context;
        int beforeNumber = 0;        // 1-based line in the old file; 0 for an added line
        int afterNumber = 0;         // 1-based line in the new file; 0 for a removed line
        QByteArray bytes;            // without the '\n'
        bool noNewlineAtEnd = false; // the file's last line, and the file has no final '\n'
        // The byte ranges (offset in `bytes`, length) a splice changed: what to highlight.
        QList<std::pair<qsizetype, qsizetype>> changed;
    };

    // One line of a side-by-side view: old file left, new file right. A context row has both
    // sides and they are the same line; a change row pairs a removed with an added line, or
    // has one side only.
    struct Row
    {
        std::optional<Line> left;
        std::optional<Line> right;
    };

    struct Hunk
    {
        int beforeStart = 0; // git's numbers: 1-based, the line before when the count is 0
        int beforeCount = 0;
        int afterStart = 0;
        int afterCount = 0;
        QList<Line> lines;

        QByteArray header() const; // "@@ -1,6 +1,8 @@"
        QList<Row> rows() const;
    };

    // The diff of `before` with `splices` applied; empty when they do not apply or change
    // nothing.
    static UnifiedDiff compute(const QByteArray &before,
                               const QList<Splice> &splices,
                               int context = 3);

    bool isEmpty() const { return m_hunks.isEmpty(); }
    const QList<Hunk> &hunks() const { return m_hunks; }
    // git's text of the diff under `path`; empty when nothing changed.
    QByteArray text(const QString &path) const;

    // The one splice turning `before` into `after` when only the whole texts are known (a
    // changelog with a new section): the bytes both share at the start, back to a line start,
    // and at the end stay.
    static Splice spliceBetween(const QByteArray &before, const QByteArray &after);

    static QByteArray render(const QString &path,
                             const QByteArray &before,
                             const QList<Splice> &splices,
                             int context = 3)
    {
        return compute(before, splices, context).text(path);
    }

private:
    QList<Hunk> m_hunks;
};

} // namespace rd
