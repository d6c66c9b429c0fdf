// SPDX-License-Identifier: GPL-3.0-or-later
#include "inlinecode.h"

#include <QStringList>

namespace rd::gui {

namespace {

// The text split at its backticks: even parts are prose, odd parts code. An unpaired backtick
// is prose, as in Markdown.
QStringList spans(const QString &text)
{
    QStringList parts = text.split(u'`');
    if (parts.size() % 2 == 0) {
        const QString last = parts.takeLast();
        parts.last() += u'`' + last;
    }
    return parts;
}

} // namespace

QString inlineCodeAsPlain(const QString &text)
{
    return spans(text).join(QString());
}

QString inlineCodeAsHtml(const QString &text)
{
    const QStringList parts = spans(text);
    QString html;
    for (qsizetype i = 0; i < parts.size(); ++i)
        html += i % 2 ? QStringLiteral("<code>%1</code>").arg(parts.at(i).toHtmlEscaped())
                      : parts.at(i).toHtmlEscaped();
    return html;
}

} // namespace rd::gui
