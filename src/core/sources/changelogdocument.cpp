// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelogdocument.h"

namespace rd {

namespace {

struct Line
{
    qsizetype offset = 0; // first byte (after a UTF-8 byte order mark on line 1)
    qsizetype length = 0; // without the line ending
};

QList<Line> splitLines(const QByteArray &bytes)
{
    QList<Line> lines;
    lines.reserve(bytes.count('\n') + 1);
    qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        const qsizetype next = end < 0 ? bytes.size() : end + 1;
        if (end < 0)
            end = bytes.size();
        qsizetype length = end - start;
        if (length > 0 && bytes.at(start + length - 1) == '\r')
            --length;
        lines.append({start, length});
        start = next;
    }
    return lines;
}

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Characters a version may contain as written in a heading ("1.2.3-rc.1+build", "10.0.0b1").
bool isVersionChar(char c)
{
    return isAsciiDigit(c) || isAsciiLetter(c) || c == '.' || c == '-' || c == '+';
}

bool startsWithWord(QByteArrayView text, qsizetype at, QByteArrayView word)
{
    if (at + word.size() > text.size())
        return false;
    return text.sliced(at, word.size()).compare(word, Qt::CaseInsensitive) == 0;
}

qsizetype skipSpaces(QByteArrayView text, qsizetype at)
{
    while (at < text.size() && (text.at(at) == ' ' || text.at(at) == '\t'))
        ++at;
    return at;
}

// Where a line's text starts after its indentation, or -1 when it is indented four columns or
// more (a tab advances to the next multiple of four, as in CommonMark): indented code.
qsizetype indentEnd(QByteArrayView line)
{
    qsizetype column = 0;
    qsizetype at = 0;
    for (; at < line.size() && (line.at(at) == ' ' || line.at(at) == '\t'); ++at)
        column = line.at(at) == '\t' ? (column / 4 + 1) * 4 : column + 1;
    return column > 3 ? -1 : at;
}

// A fence line opens or closes a code block: headings inside one are examples, not releases.
char fenceChar(QByteArrayView line)
{
    const qsizetype at = indentEnd(line);
    if (at < 0 || at + 3 > line.size())
        return 0;
    const char c = line.at(at);
    if ((c == '`' || c == '~') && line.at(at + 1) == c && line.at(at + 2) == c)
        return c;
    return 0;
}

// The last YYYY-MM-DD in the text (after a link target such as "(https://…/v1.0.0...v1.1.0)").
QDate findDate(QByteArrayView text)
{
    QDate found;
    for (qsizetype i = 0; i + 10 <= text.size(); ++i) {
        const QByteArrayView candidate = text.sliced(i, 10);
        bool shape = candidate.at(4) == '-' && candidate.at(7) == '-';
        for (qsizetype k : {0, 1, 2, 3, 5, 6, 8, 9})
            shape = shape && isAsciiDigit(candidate.at(k));
        if (!shape)
            continue;
        if (i > 0 && isAsciiDigit(text.at(i - 1)))
            continue;
        if (i + 10 < text.size() && isAsciiDigit(text.at(i + 10)))
            continue;
        const QDate date(candidate.sliced(0, 4).toInt(),
                         candidate.sliced(5, 2).toInt(),
                         candidate.sliced(8, 2).toInt());
        if (date.isValid())
            found = date;
    }
    return found;
}

// Reads an ATX heading ("## text") into `heading` when it names a release or "Unreleased".
bool parseHeading(QByteArrayView line, ChangelogHeading &heading)
{
    qsizetype at = indentEnd(line);
    if (at < 0)
        return false; // indented code, not a heading
    qsizetype level = 0;
    while (at < line.size() && line.at(at) == '#') {
        ++level;
        ++at;
    }
    if (level == 0 || level > 6)
        return false;
    if (at < line.size() && line.at(at) != ' ' && line.at(at) != '\t')
        return false; // "#hashtag", not a heading
    at = skipSpaces(line, at);
    if (at < line.size() && line.at(at) == '[')
        at = skipSpaces(line, at + 1);

    if (startsWithWord(line, at, "unreleased")) {
        const qsizetype end = at + 10;
        if (end < line.size() && (isAsciiLetter(line.at(end)) || isAsciiDigit(line.at(end))))
            return false;
        heading.unreleased = true;
        heading.level = int(level);
        heading.date = findDate(line.sliced(end));
        return true;
    }

    // "Version 1.2.3", "Release 1.2.3", "pkg@1.2.3", "@scope/pkg@1.2.3" before the version.
    for (QByteArrayView word : {QByteArrayView("version "), QByteArrayView("release ")}) {
        if (startsWithWord(line, at, word)) {
            at = skipSpaces(line, at + word.size());
            break;
        }
    }
    if (at < line.size() && !isAsciiDigit(line.at(at))) {
        qsizetype scan = at;
        while (scan < line.size() && line.at(scan) != ' ' && line.at(scan) != ']'
               && line.at(scan) != '(')
            ++scan;
        const qsizetype atSign = line.sliced(at, scan - at).lastIndexOf('@');
        if (atSign > 0)
            at += atSign + 1;
    }

    // The version itself: "1.2.3", "v1.2.3", "1.30", "10.0.0b1"; a number and a dot at least,
    // so "2023-03-05" or "1.x" is not a version.
    qsizetype start = at;
    qsizetype digits = at;
    if (digits < line.size() && (line.at(digits) == 'v' || line.at(digits) == 'V'))
        ++digits;
    qsizetype scan = digits;
    while (scan < line.size() && isAsciiDigit(line.at(scan)))
        ++scan;
    if (scan == digits || scan + 1 >= line.size() || line.at(scan) != '.'
        || !isAsciiDigit(line.at(scan + 1)))
        return false;
    qsizetype end = scan;
    while (end < line.size() && isVersionChar(line.at(end)))
        ++end;
    while (end > scan && (line.at(end - 1) == '.' || line.at(end - 1) == '-'))
        --end;

    const QByteArrayView text = line.sliced(start, end - start);
    heading.versionText = QString::fromLatin1(text);
    const auto parsed = Version::parse(QString::fromLatin1(line.sliced(digits, end - digits)));
    if (parsed)
        heading.version = *parsed;
    heading.level = int(level);
    heading.versionOffset = start; // relative to the line for now
    heading.versionLength = end - start;
    heading.date = findDate(line.sliced(end));
    return true;
}

bool isAnchorLine(QByteArrayView line)
{
    const QByteArrayView trimmed = line.trimmed();
    return (trimmed.startsWith("<a name=") || trimmed.startsWith("<a id="))
           && trimmed.endsWith("</a>");
}

QByteArray lineEndingOf(const QByteArray &bytes)
{
    const qsizetype newline = bytes.indexOf('\n');
    return newline > 0 && bytes.at(newline - 1) == '\r' ? QByteArrayLiteral("\r\n")
                                                        : QByteArrayLiteral("\n");
}

} // namespace

ChangelogDocument ChangelogDocument::parse(const QByteArray &bytes)
{
    ChangelogDocument document;
    document.m_bytes = bytes;
    const QList<Line> lines = splitLines(bytes);
    char fence = 0;
    qsizetype fenceOffset = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArrayView line(bytes.constData() + lines.at(i).offset, lines.at(i).length);
        if (const char c = fenceChar(line)) {
            if (fence == 0)
                fenceOffset = lines.at(i).offset;
            fence = fence == 0 ? c : (fence == c ? 0 : fence);
            continue;
        }
        if (fence != 0)
            continue;
        ChangelogHeading heading;
        if (!parseHeading(line, heading))
            continue;
        heading.line = int(i) + 1;
        heading.offset = lines.at(i).offset;
        heading.length = lines.at(i).length;
        if (heading.versionOffset >= 0)
            heading.versionOffset += heading.offset;
        document.m_headings.append(std::move(heading));
    }
    if (fence != 0)
        document.m_unclosedFence = fenceOffset;
    return document;
}

std::optional<ChangelogHeading> ChangelogDocument::latestRelease() const
{
    for (const ChangelogHeading &heading : m_headings) {
        if (!heading.unreleased && !heading.versionText.isEmpty())
            return heading;
    }
    return std::nullopt;
}

bool ChangelogDocument::covers(const Version &version) const
{
    for (const ChangelogHeading &heading : m_headings) {
        if (heading.version && heading.version->compare(version) == 0)
            return true;
    }
    return false;
}

qsizetype ChangelogDocument::insertionOffset() const
{
    const std::optional<ChangelogHeading> first = latestRelease();
    if (!first)
        return m_unclosedFence >= 0 ? m_unclosedFence : m_bytes.size();
    // standard-version writes an anchor right above each heading: it belongs to the heading.
    qsizetype offset = first->offset;
    while (offset > 0) {
        const qsizetype lineEnd = offset - 1; // the '\n' ending the previous line
        qsizetype lineStart = m_bytes.lastIndexOf('\n', lineEnd - 1) + 1;
        if (lineStart == 0 && m_bytes.startsWith("\xEF\xBB\xBF"))
            lineStart = 3;
        qsizetype length = lineEnd - lineStart;
        if (length > 0 && m_bytes.at(lineStart + length - 1) == '\r')
            --length;
        if (length < 0 || !isAnchorLine(QByteArrayView(m_bytes).sliced(lineStart, length)))
            break;
        offset = lineStart;
    }
    return offset;
}

QByteArray ChangelogDocument::withNewRelease(const QByteArray &section) const
{
    const QByteArray eol = lineEndingOf(m_bytes);
    QByteArray text = section;
    text.replace("\r\n", "\n");
    while (text.endsWith('\n'))
        text.chop(1);
    const qsizetype at = insertionOffset();
    const bool atEnd = at == m_bytes.size();
    text.append(atEnd ? "\n" : "\n\n");

    // Separate the new section from what comes before it by a blank line, adding bytes only.
    QByteArray before;
    const QByteArrayView head = QByteArrayView(m_bytes).first(at);
    const bool bomOnly = head == QByteArrayView("\xEF\xBB\xBF");
    if (!head.isEmpty() && !bomOnly) {
        if (!head.endsWith('\n'))
            before = "\n\n";
        else if (!head.endsWith("\n\n") && !head.endsWith("\n\r\n"))
            before = "\n";
    }
    text.prepend(before);
    if (eol == "\r\n")
        text.replace("\n", "\r\n");

    QByteArray result;
    result.reserve(m_bytes.size() + text.size());
    result.append(head);
    result.append(text);
    result.append(QByteArrayView(m_bytes).sliced(at));
    return result;
}

} // namespace rd
