// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcetext.h"

#include <QStringDecoder>

#include <algorithm>

namespace rd {

SourceText::SourceText(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
    if (m_bytes.startsWith("\xEF\xBB\xBF"))
        m_bom = 3;
    m_lineStarts.append(m_bom);
    for (qsizetype i = m_bom; i < m_bytes.size(); ++i) {
        if (m_bytes.at(i) == '\n')
            m_lineStarts.append(i + 1);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void) decoder.decode(QByteArrayView(m_bytes).sliced(m_bom));
    m_validUtf8 = !decoder.hasError();
}

int SourceText::lineAt(qsizetype offset) const
{
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    return int(std::max<qsizetype>(1, it - m_lineStarts.cbegin()));
}

qsizetype SourceText::lineStart(int line) const
{
    if (line < 1 || line > m_lineStarts.size())
        return -1;
    return m_lineStarts.at(line - 1);
}

qsizetype SourceText::lineEnd(int line) const
{
    const qsizetype start = lineStart(line);
    if (start < 0)
        return -1;
    qsizetype end = line < m_lineStarts.size() ? m_lineStarts.at(line) - 1 : m_bytes.size();
    // `end` is the '\n' (or the end of the file); a CRLF line ends before its '\r'.
    if (end > start && end < m_bytes.size() && m_bytes.at(end - 1) == '\r')
        --end;
    return end;
}

qsizetype SourceText::offsetAtByteColumn(int line, int column) const
{
    const qsizetype start = lineStart(line);
    if (start < 0 || column < 0)
        return -1;
    const qsizetype offset = start + column;
    return offset <= lineEnd(line) ? offset : -1;
}

qsizetype SourceText::offsetAtCodePointColumn(int line, int column) const
{
    const qsizetype start = lineStart(line);
    if (start < 0 || column < 1)
        return -1;
    const qsizetype end = lineEnd(line);
    qsizetype offset = start;
    for (int cp = 1; cp < column; ++cp) {
        if (offset >= end)
            return -1;
        ++offset;
        // Skip UTF-8 continuation bytes: a column counts code points.
        while (offset < end && (uchar(m_bytes.at(offset)) & 0xC0) == 0x80)
            ++offset;
    }
    return offset;
}

SourceText::Range SourceText::quotedAt(qsizetype offset) const
{
    if (offset < 0 || offset >= m_bytes.size())
        return {};
    const char quote = m_bytes.at(offset);
    if (quote != '"' && quote != '\'')
        return {};
    for (qsizetype i = offset + 1; i < m_bytes.size(); ++i) {
        const char c = m_bytes.at(i);
        if (c == '\n' || c == '\r')
            return {};
        if (c == '\\' && quote == '"') {
            ++i;
            continue;
        }
        if (c == quote)
            return Range{offset + 1, i - offset - 1};
    }
    return {};
}

SourceText::Range SourceText::plainAt(qsizetype offset, QByteArrayView stops) const
{
    if (offset < 0 || offset > m_bytes.size())
        return {};
    qsizetype end = offset;
    while (end < m_bytes.size()) {
        const char c = m_bytes.at(end);
        if (c == '\n' || c == '\r' || stops.contains(c))
            break;
        if (c == '#' && end > offset && (m_bytes.at(end - 1) == ' ' || m_bytes.at(end - 1) == '\t'))
            break;
        ++end;
    }
    while (end > offset && (m_bytes.at(end - 1) == ' ' || m_bytes.at(end - 1) == '\t'))
        --end;
    return Range{offset, end - offset};
}

QString SourceText::text(qsizetype offset, qsizetype length) const
{
    if (offset < 0 || length < 0 || offset + length > m_bytes.size())
        return {};
    const QByteArrayView view = QByteArrayView(m_bytes).sliced(offset, length);
    return m_validUtf8 ? QString::fromUtf8(view) : QString::fromLatin1(view);
}

QString SourceText::decoded() const
{
    return text(m_bom, m_bytes.size() - m_bom);
}

} // namespace rd
