// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownpreview.h"

#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>

namespace rd::gui {

namespace {

void emphasizeHeadings(QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level <= 0)
            continue;
        QTextCharFormat heading;
        heading.setFontWeight(QFont::Bold);
        heading.setProperty(QTextFormat::FontSizeAdjustment, std::max(0, 4 - level));
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(heading);
    }
}

} // namespace

void showMarkdown(QTextBrowser *browser, const QString &markdown)
{
    browser->setMarkdown(markdown);
    emphasizeHeadings(browser->document());
}

void setMarkdown(QTextDocument *document, const QString &markdown)
{
    document->setMarkdown(markdown);
    emphasizeHeadings(document);
}

} // namespace rd::gui
