// SPDX-License-Identifier: GPL-3.0-or-later
#include "unifieddiff.h"

#include <algorithm>

namespace rd {

namespace {

// Line starts of a byte array (1-based lines: starts[line - 1]).
QList<qsizetype> lineStarts(const QByteArray &bytes)
{
    QList<qsizetype> starts{0};
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n' && i + 1 < bytes.size())
            starts.append(i + 1);
    }
    return starts;
}

int lineOf(const QList<qsizetype> &starts, qsizetype offset)
{
    const auto it = std::upper_bound(starts.cbegin(), starts.cend(), offset);
    return int(it - starts.cbegin());
}

// The line's bytes without its '\n'.
QByteArray lineText(const QByteArray &bytes, const QList<qsizetype> &starts, int line)
{
    const qsizetype start = starts.at(line - 1);
    qsizetype end = line < starts.size() ? starts.at(line) - 1 : bytes.size();
    if (line == starts.size() && bytes.endsWith('\n'))
        end = bytes.size() - 1;
    return bytes.mid(start, end - start);
}

} // namespace

QList<UnifiedDiff::Change> UnifiedDiff::changes(const QByteArray &before,
                                                const QList<Splice> &splices)
{
    QList<Splice> sorted = splices;
    std::sort(sorted.begin(), sorted.end(), [](const Splice &a, const Splice &b) {
        return a.offset < b.offset;
    });
    auto after = Splice::apply(before, sorted);
    if (!after)
        return {};
    const QList<qsizetype> beforeStarts = lineStarts(before);
    const QList<qsizetype> afterStarts = lineStarts(*after);
    QList<Change> result;
    qsizetype delta = 0;
    for (const Splice &splice : std::as_const(sorted)) {
        if (splice.length == 0 && splice.replacement.isEmpty())
            continue;
        const qsizetype afterOffset = splice.offset + delta;
        Change change;
        change.beforeFirst = lineOf(beforeStarts, splice.offset);
        change.beforeLast = lineOf(beforeStarts,
                                   splice.offset + std::max<qsizetype>(splice.length - 1, 0));
        change.afterFirst = lineOf(afterStarts, afterOffset);
        change.afterLast = lineOf(afterStarts,
                                  afterOffset
                                          + std::max<qsizetype>(splice.replacement.size() - 1, 0));
        delta += splice.replacement.size() - splice.length;
        // Splices on the same or adjacent lines are one change: its old lines, then its new.
        if (!result.isEmpty() && change.beforeFirst <= result.last().beforeLast + 1) {
            result.last().beforeLast = std::max(result.last().beforeLast, change.beforeLast);
            result.last().afterLast = std::max(result.last().afterLast, change.afterLast);
        } else {
            result.append(change);
        }
    }
    return result;
}

QByteArray UnifiedDiff::render(const QString &path,
                               const QByteArray &before,
                               const QList<Splice> &splices,
                               int context)
{
    auto after = Splice::apply(before, splices);
    if (!after || *after == before)
        return {};
    const QList<Change> regions = changes(before, splices);
    const QList<qsizetype> beforeStarts = lineStarts(before);
    const QList<qsizetype> afterStarts = lineStarts(*after);
    const int beforeLines = before.isEmpty() ? 0 : int(beforeStarts.size());
    const int afterLines = after->isEmpty() ? 0 : int(afterStarts.size());

    QByteArray out;
    const QByteArray name = path.toUtf8();
    out += "--- a/" + name + "\n+++ b/" + name + '\n';
    qsizetype index = 0;
    while (index < regions.size()) {
        // A hunk: regions whose context would touch or overlap.
        qsizetype last = index;
        while (last + 1 < regions.size()
               && regions.at(last + 1).beforeFirst - regions.at(last).beforeLast <= 2 * context + 1)
            ++last;
        const Change &first = regions.at(index);
        const Change &final = regions.at(last);
        const int beforeStart = std::max(1, first.beforeFirst - context);
        const int beforeEnd = std::min(beforeLines, final.beforeLast + context);
        const int afterStart = first.afterFirst - (first.beforeFirst - beforeStart);
        const int afterEnd = std::min(afterLines, final.afterLast + (beforeEnd - final.beforeLast));
        QByteArray body;
        const auto emit = [&](char sign,
                              const QByteArray &bytes,
                              const QList<qsizetype> &starts,
                              int line,
                              int lines) {
            body += sign + lineText(bytes, starts, line) + '\n';
            if (line == lines && !bytes.endsWith('\n'))
                body += "\\ No newline at end of file\n";
        };
        int beforeLine = beforeStart;
        for (qsizetype r = index; r <= last; ++r) {
            const Change &change = regions.at(r);
            for (; beforeLine < change.beforeFirst; ++beforeLine)
                emit(' ', before, beforeStarts, beforeLine, beforeLines);
            for (int line = change.beforeFirst; line <= change.beforeLast; ++line)
                emit('-', before, beforeStarts, line, beforeLines);
            for (int line = change.afterFirst; line <= change.afterLast; ++line)
                emit('+', *after, afterStarts, line, afterLines);
            beforeLine = change.beforeLast + 1;
        }
        for (; beforeLine <= beforeEnd; ++beforeLine)
            emit(' ', before, beforeStarts, beforeLine, beforeLines);
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                       .arg(beforeStart)
                       .arg(beforeEnd - beforeStart + 1)
                       .arg(afterStart)
                       .arg(afterEnd - afterStart + 1)
                       .toUtf8();
        out += body;
        index = last + 1;
    }
    return out;
}

} // namespace rd
