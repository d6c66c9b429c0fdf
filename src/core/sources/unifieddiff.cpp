// SPDX-License-Identifier: GPL-3.0-or-later
#include "unifieddiff.h"

#include <algorithm>

namespace rd {

namespace {

// Where each line of a file starts, plus the file's size at the end: line i (0-based) is
// [starts[i], starts[i + 1]) with its '\n'. A last line without '\n' is a line too.
class Lines
{
public:
    explicit Lines(const QByteArray &bytes)
        : m_bytes(bytes)
    {
        m_starts.append(0);
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            if (bytes.at(i) == '\n')
                m_starts.append(i + 1);
        }
        if (!bytes.isEmpty() && !bytes.endsWith('\n'))
            m_starts.append(bytes.size());
    }

    int count() const { return int(m_starts.size() - 1); }
    qsizetype start(int line) const { return m_starts.at(line); }
    // The line holding `offset`. The end of a file without a final newline is on its last
    // line; the end of any other file is past the last line (count()).
    int lineAt(qsizetype offset) const
    {
        if (offset >= m_bytes.size() && !m_bytes.isEmpty() && !m_bytes.endsWith('\n'))
            return count() - 1;
        return boundary(offset);
    }
    // The line starting at `offset`, a line start or the end of the file (count()).
    int boundary(qsizetype offset) const
    {
        if (offset >= m_bytes.size())
            return count();
        const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset);
        return int(it - m_starts.cbegin()) - 1;
    }
    // The line with its terminator, as a patch compares lines.
    QByteArrayView whole(int line) const
    {
        return QByteArrayView(m_bytes).sliced(m_starts.at(line),
                                              m_starts.at(line + 1) - m_starts.at(line));
    }

    UnifiedDiff::Line line(int line,
                           UnifiedDiff::Line::Kind kind,
                           const QList<std::pair<qsizetype, qsizetype>> &ranges) const
    {
        UnifiedDiff::Line result;
        result.kind = kind;
        const qsizetype from = m_starts.at(line);
        qsizetype to = m_starts.at(line + 1);
        result.noNewlineAtEnd = line == count() - 1 && !m_bytes.endsWith('\n');
        if (!result.noNewlineAtEnd)
            --to;
        result.bytes = m_bytes.mid(from, to - from);
        for (const auto &[offset, length] : ranges) {
            const qsizetype a = std::max(offset, from);
            const qsizetype b = std::min(offset + length, to);
            if (a < b)
                result.changed.append({a - from, b - a});
        }
        return result;
    }

private:
    const QByteArray &m_bytes;
    QList<qsizetype> m_starts;
};

// One changed run of whole lines: [beforeFirst, beforeEnd) of the old file became
// [afterFirst, afterEnd) of the new (0-based).
struct Region
{
    int beforeFirst = 0;
    int beforeEnd = 0;
    int afterFirst = 0;
    int afterEnd = 0;
};

bool endsLine(QByteArrayView bytes)
{
    return bytes.isEmpty() || bytes.endsWith('\n');
}

// The splices widened to whole lines, merged where they touch, and with the lines both sides
// share at their edges given back to the context.
QList<Region> regionsOf(const QByteArray &before,
                        const QList<Splice> &sorted,
                        const Lines &beforeLines,
                        const Lines &afterLines)
{
    struct Span
    {
        qsizetype beforeFrom, beforeTo, afterFrom, afterTo;
    };
    QList<Span> spans;
    qsizetype delta = 0;
    for (const Splice &splice : sorted) {
        const qsizetype end = splice.offset + splice.length;
        if (QByteArrayView(before).sliced(splice.offset, splice.length) == splice.replacement)
            continue;
        const qsizetype from = beforeLines.start(beforeLines.lineAt(splice.offset));
        const QByteArray head = before.mid(from, splice.offset - from) + splice.replacement;
        // The change ends at `end` when both sides end a line there; else at the end of the
        // old line holding `end`.
        const bool lineStart = end == 0 || before.at(end - 1) == '\n' || end == before.size();
        qsizetype to = end;
        if (!(lineStart && endsLine(head)) && end < before.size())
            to = beforeLines.start(beforeLines.lineAt(end) + 1);
        const qsizetype change = splice.replacement.size() - splice.length;
        if (!spans.isEmpty() && from <= spans.last().beforeTo) {
            spans.last().beforeTo = std::max(spans.last().beforeTo, to);
            spans.last().afterTo = spans.last().beforeTo + delta + change;
        } else {
            spans.append(Span{from, to, from + delta, to + delta + change});
        }
        delta += change;
    }

    QList<Region> regions;
    for (const Span &span : std::as_const(spans)) {
        Region region{beforeLines.boundary(span.beforeFrom),
                      beforeLines.boundary(span.beforeTo),
                      afterLines.boundary(span.afterFrom),
                      afterLines.boundary(span.afterTo)};
        while (region.beforeFirst < region.beforeEnd && region.afterFirst < region.afterEnd
               && beforeLines.whole(region.beforeFirst) == afterLines.whole(region.afterFirst)) {
            ++region.beforeFirst;
            ++region.afterFirst;
        }
        while (region.beforeFirst < region.beforeEnd && region.afterFirst < region.afterEnd
               && beforeLines.whole(region.beforeEnd - 1)
                          == afterLines.whole(region.afterEnd - 1)) {
            --region.beforeEnd;
            --region.afterEnd;
        }
        if (region.beforeFirst < region.beforeEnd || region.afterFirst < region.afterEnd)
            regions.append(region);
    }
    return regions;
}

int gitStart(int first, int count)
{
    return count == 0 ? first : first + 1;
}

} // namespace

UnifiedDiff UnifiedDiff::compute(const QByteArray &before,
                                 const QList<Splice> &splices,
                                 int context)
{
    QList<Splice> sorted = splices;
    std::sort(sorted.begin(), sorted.end(), [](const Splice &a, const Splice &b) {
        return a.offset < b.offset;
    });
    UnifiedDiff diff;
    const auto applied = Splice::apply(before, sorted);
    if (!applied || *applied == before)
        return diff;
    const QByteArray &after = *applied;
    const Lines beforeLines(before);
    const Lines afterLines(after);

    QList<std::pair<qsizetype, qsizetype>> beforeRanges;
    QList<std::pair<qsizetype, qsizetype>> afterRanges;
    qsizetype delta = 0;
    for (const Splice &splice : std::as_const(sorted)) {
        beforeRanges.append({splice.offset, splice.length});
        afterRanges.append({splice.offset + delta, splice.replacement.size()});
        delta += splice.replacement.size() - splice.length;
    }

    const QList<Region> regions = regionsOf(before, sorted, beforeLines, afterLines);
    qsizetype index = 0;
    while (index < regions.size()) {
        // A hunk: regions whose context would touch or overlap.
        qsizetype last = index;
        while (last + 1 < regions.size()
               && regions.at(last + 1).beforeFirst - regions.at(last).beforeEnd <= 2 * context)
            ++last;
        const Region &first = regions.at(index);
        const Region &final = regions.at(last);
        const int beforeFrom = std::max(0, first.beforeFirst - context);
        const int beforeTo = std::min(beforeLines.count(), final.beforeEnd + context);
        Hunk hunk;
        const auto contextLine = [&](int line, int shift) {
            Line kept = beforeLines.line(line, Line::Kind::Context, {});
            kept.beforeNumber = line + 1;
            kept.afterNumber = line + shift + 1;
            hunk.lines.append(kept);
        };
        int line = beforeFrom;
        int shift = first.afterFirst - first.beforeFirst; // after-line minus before-line
        for (qsizetype r = index; r <= last; ++r) {
            const Region &region = regions.at(r);
            for (; line < region.beforeFirst; ++line)
                contextLine(line, shift);
            for (int l = region.beforeFirst; l < region.beforeEnd; ++l) {
                Line removed = beforeLines.line(l, Line::Kind::Removed, beforeRanges);
                removed.beforeNumber = l + 1;
                hunk.lines.append(removed);
            }
            for (int l = region.afterFirst; l < region.afterEnd; ++l) {
                Line added = afterLines.line(l, Line::Kind::Added, afterRanges);
                added.afterNumber = l + 1;
                hunk.lines.append(added);
            }
            line = region.beforeEnd;
            shift = region.afterEnd - region.beforeEnd;
        }
        for (; line < beforeTo; ++line)
            contextLine(line, shift);
        const int afterFrom = beforeFrom + (first.afterFirst - first.beforeFirst);
        hunk.beforeCount = beforeTo - beforeFrom;
        hunk.afterCount = beforeTo + shift - afterFrom;
        hunk.beforeStart = gitStart(beforeFrom, hunk.beforeCount);
        hunk.afterStart = gitStart(afterFrom, hunk.afterCount);
        diff.m_hunks.append(hunk);
        index = last + 1;
    }
    return diff;
}

Splice UnifiedDiff::spliceBetween(const QByteArray &before, const QByteArray &after)
{
    qsizetype start = 0;
    while (start < before.size() && start < after.size() && before.at(start) == after.at(start))
        ++start;
    while (start > 0 && after.at(start - 1) != '\n')
        --start;
    qsizetype end = 0;
    while (end < before.size() - start && end < after.size() - start
           && before.at(before.size() - 1 - end) == after.at(after.size() - 1 - end))
        ++end;
    return Splice{start, before.size() - start - end, after.mid(start, after.size() - start - end)};
}

QByteArray UnifiedDiff::Hunk::header() const
{
    return QStringLiteral("@@ -%1,%2 +%3,%4 @@")
            .arg(beforeStart)
            .arg(beforeCount)
            .arg(afterStart)
            .arg(afterCount)
            .toUtf8();
}

QList<UnifiedDiff::Row> UnifiedDiff::Hunk::rows() const
{
    QList<Row> result;
    qsizetype i = 0;
    while (i < lines.size()) {
        if (lines.at(i).kind == Line::Kind::Context) {
            result.append(Row{lines.at(i), lines.at(i)});
            ++i;
            continue;
        }
        // A change: its removed lines beside its added lines, pair by pair.
        QList<Line> removed;
        QList<Line> added;
        for (; i < lines.size() && lines.at(i).kind == Line::Kind::Removed; ++i)
            removed.append(lines.at(i));
        for (; i < lines.size() && lines.at(i).kind == Line::Kind::Added; ++i)
            added.append(lines.at(i));
        for (qsizetype k = 0; k < std::max(removed.size(), added.size()); ++k) {
            Row row;
            if (k < removed.size())
                row.left = removed.at(k);
            if (k < added.size())
                row.right = added.at(k);
            result.append(row);
        }
    }
    return result;
}

QByteArray UnifiedDiff::text(const QString &path) const
{
    if (m_hunks.isEmpty())
        return {};
    QByteArray out;
    const QByteArray name = path.toUtf8();
    out += "--- a/" + name + "\n+++ b/" + name + '\n';
    for (const Hunk &hunk : m_hunks) {
        out += hunk.header() + '\n';
        for (const Line &line : hunk.lines) {
            const char sign = line.kind == Line::Kind::Context   ? ' '
                              : line.kind == Line::Kind::Removed ? '-'
                                                                 : '+';
            out += sign + line.bytes + '\n';
            if (line.noNewlineAtEnd)
                out += "\\ No newline at end of file\n";
        }
    }
    return out;
}

} // namespace rd
