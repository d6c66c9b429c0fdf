// SPDX-License-Identifier: GPL-3.0-or-later
#include "inlinemarkdown.h"

namespace rd::gui {

namespace {

// Calls `plain(text)` and `code(text)` for the parts of `text`; a backtick without its closing
// one is text.
template<typename Plain, typename Code>
void splitCodeSpans(const QString &text, Plain plain, Code code)
{
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype open = text.indexOf(u'`', from);
        const qsizetype close = open < 0 ? -1 : text.indexOf(u'`', open + 1);
        if (close < 0) {
            plain(QStringView(text).mid(from));
            return;
        }
        plain(QStringView(text).mid(from, open - from));
        code(QStringView(text).mid(open + 1, close - open - 1));
        from = close + 1;
    }
}

} // namespace

QString inlineMarkdownToPlain(const QString &text)
{
    if (!text.contains(u'`'))
        return text;
    QString plain;
    plain.reserve(text.size());
    const auto append = [&](QStringView part) { plain.append(part); };
    splitCodeSpans(text, append, append);
    return plain;
}

QString inlineMarkdownToHtml(const QString &text)
{
    QString html;
    splitCodeSpans(
            text,
            [&](QStringView part) { html += part.toString().toHtmlEscaped(); },
            [&](QStringView part) {
                html += QStringLiteral("<code>") + part.toString().toHtmlEscaped()
                        + QStringLiteral("</code>");
            });
    return html;
}

} // namespace rd::gui
