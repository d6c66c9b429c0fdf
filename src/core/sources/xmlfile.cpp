// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmlfile.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace rd {

QString XmlFile::Element::attribute(QStringView name) const
{
    for (const auto &[key, value] : attributes) {
        if (key == name)
            return value;
    }
    return {};
}

const XmlFile::Element *XmlFile::find(const QStringList &path) const
{
    for (const Element &element : m_elements) {
        if (element.path == path)
            return &element;
    }
    return nullptr;
}

Result<XmlFile> XmlFile::parse(const SourceText &text)
{
    const QString decoded = text.decoded();
    // Byte offset of every UTF-16 unit of `decoded` (and one past the end).
    QList<qsizetype> byteAt;
    byteAt.reserve(decoded.size() + 1);
    qsizetype byte = text.bomLength();
    for (qsizetype i = 0; i < decoded.size(); ++i) {
        byteAt.append(byte);
        if (!text.isValidUtf8()) {
            byte += 1;
            continue;
        }
        const char16_t unit = decoded.at(i).unicode();
        if (unit < 0x80)
            byte += 1;
        else if (unit < 0x800)
            byte += 2;
        else if (QChar::isHighSurrogate(unit))
            byte += 4; // the pair's low half adds nothing
        else if (QChar::isLowSurrogate(unit))
            byte += 0;
        else
            byte += 3;
    }
    byteAt.append(byte);
    const auto toByte = [&](qint64 unit) {
        return byteAt.at(qBound<qint64>(0, unit, byteAt.size() - 1));
    };

    struct Open
    {
        qsizetype element;
        qsizetype contentStart;
        bool complex = false;
    };
    XmlFile file;
    QList<Open> open;
    QStringList path;
    QXmlStreamReader reader(decoded);
    const QByteArray &bytes = text.bytes();
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (!open.isEmpty())
                open.last().complex = true;
            path.append(reader.name().toString());
            Element element;
            element.path = path;
            element.line = int(reader.lineNumber());
            for (const QXmlStreamAttribute &attribute : reader.attributes())
                element.attributes.append(
                        {attribute.name().toString(), attribute.value().toString()});
            file.m_elements.append(element);
            open.append(Open{file.m_elements.size() - 1, toByte(reader.characterOffset())});
        } else if (token == QXmlStreamReader::Characters) {
            if (!open.isEmpty()) {
                if (reader.isCDATA())
                    open.last().complex = true;
                else
                    file.m_elements[open.last().element].text += reader.text();
            }
        } else if (token == QXmlStreamReader::Comment || token == QXmlStreamReader::EntityReference
                   || token == QXmlStreamReader::ProcessingInstruction) {
            if (!open.isEmpty())
                open.last().complex = true;
        } else if (token == QXmlStreamReader::EndElement) {
            if (open.isEmpty())
                break;
            const Open current = open.takeLast();
            path.removeLast();
            Element &element = file.m_elements[current.element];
            element.text = element.text.trimmed();
            const qsizetype end = toByte(reader.characterOffset());
            // The end tag starts at the last '<' before the end offset; an empty-element tag
            // (<Version/>) has no such '<' after its content start.
            const qsizetype lt = end > 0 ? bytes.lastIndexOf('<', end - 1) : -1;
            if (current.complex || lt < current.contentStart)
                continue;
            qsizetype from = current.contentStart;
            qsizetype to = lt;
            const auto blank = [&](qsizetype i) {
                const char c = bytes.at(i);
                return c == ' ' || c == '\t' || c == '\n' || c == '\r';
            };
            while (from < to && blank(from))
                ++from;
            while (to > from && blank(to - 1))
                --to;
            element.content = SourceText::Range{from, to - from};
            element.exact = text.text(from, to - from) == element.text;
        }
    }
    if (reader.hasError())
        return fail(errc::parse,
                    QCoreApplication::translate("rd::sources", "Invalid XML at line %1: %2.")
                            .arg(reader.lineNumber())
                            .arg(reader.errorString()));
    return file;
}

} // namespace rd
