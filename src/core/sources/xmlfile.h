// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/sourcetext.h"
#include "util/error.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace rd {

// An XML file read with QXmlStreamReader, every element listed with its path and, for elements
// that hold only text, the byte range of that text. QXmlStreamReader counts offsets in UTF-16
// units of the decoded text; they are mapped back to bytes here (UTF-8, BOM, or Latin-1 for
// files that are not UTF-8).
class XmlFile
{
public:
    struct Element
    {
        QStringList path;          // local names from the root: {"project", "parent", "version"}
        int line = 0;              // line of the start tag
        QString text;              // the text content, trimmed (elements without child elements)
        SourceText::Range content; // its bytes; invalid when the element has children,
                                   // comments, CDATA or is empty-tagged
        bool exact = false;        // the content bytes are exactly `text` (no entities)
        QList<QPair<QString, QString>> attributes;

        QString name() const { return path.isEmpty() ? QString() : path.last(); }
        QString attribute(QStringView name) const;
    };

    static Result<XmlFile> parse(const SourceText &text);
    // In document order (start tags).
    const QList<Element> &elements() const { return m_elements; }
    // The first element with exactly this path; nullptr when none.
    const Element *find(const QStringList &path) const;

private:
    QList<Element> m_elements;
};

} // namespace rd
