// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace rd {

// The bytes of a version file with a line index, so that parsers that report lines and columns
// (toml++, yaml-cpp, QXmlStreamReader) can be mapped back to byte offsets for splicing.
class SourceText
{
public:
    explicit SourceText(QByteArray bytes);

    const QByteArray &bytes() const { return m_bytes; }
    qsizetype size() const { return m_bytes.size(); }
    // 3 when the file starts with a UTF-8 byte order mark, else 0.
    qsizetype bomLength() const { return m_bom; }
    bool isValidUtf8() const { return m_validUtf8; }

    int lineCount() const { return int(m_lineStarts.size()); }
    // 1-based line of a byte offset.
    int lineAt(qsizetype offset) const;
    // Byte offset of the first byte of a 1-based line (after the BOM on line 1); -1 if none.
    qsizetype lineStart(int line) const;
    // Byte offset just past the line's content, before its "\n" or "\r\n".
    qsizetype lineEnd(int line) const;
    // Offset of a 1-based line and a 0-based byte column (yaml-cpp marks), or of a 1-based
    // code point column (toml++ regions). -1 when outside the line.
    qsizetype offsetAtByteColumn(int line, int column) const;
    qsizetype offsetAtCodePointColumn(int line, int column) const;

    // The content of a quoted string starting at `offset` (its opening ' or "), up to the same
    // quote on the same line; {-1, 0} when there is none. Escapes are not interpreted: callers
    // compare the content with the parser's value to know the bytes are the value.
    struct Range
    {
        qsizetype offset = -1;
        qsizetype length = 0;
        bool isValid() const { return offset >= 0; }
    };
    Range quotedAt(qsizetype offset) const;
    // The token at `offset` up to the end of the line, a " #" comment, or one of `stops`;
    // trailing blanks excluded.
    Range plainAt(qsizetype offset, QByteArrayView stops = {}) const;

    // Bytes [offset, offset + length) decoded as UTF-8 (Latin-1 when the file is not UTF-8).
    QString text(qsizetype offset, qsizetype length) const;
    // The bytes as Latin-1: one QChar per byte, so a regular expression's match positions are
    // byte offsets (patterns are ASCII; the matched text is decoded with text()).
    QString latin1() const { return QString::fromLatin1(m_bytes); }
    // The whole file decoded (BOM removed).
    QString decoded() const;

private:
    QByteArray m_bytes;
    QList<qsizetype> m_lineStarts;
    qsizetype m_bom = 0;
    bool m_validUtf8 = true;
};

} // namespace rd
