// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextBrowser;
class QTextDocument;

namespace rd::gui {

// Shows Markdown rendered in a text browser. Headings keep their size and weight even when they
// start with a link ("## [1.2.0](compare-url) (date)", the usual release heading), which Qt's
// Markdown reader otherwise renders as plain text.
void showMarkdown(QTextBrowser *browser, const QString &markdown);
// The same into a document of its own (one made off the GUI thread, say).
void setMarkdown(QTextDocument *document, const QString &markdown);

} // namespace rd::gui
