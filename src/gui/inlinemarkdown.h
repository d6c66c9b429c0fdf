// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rd::gui {

// The core's sentences quote commit headers and types as Markdown code spans
// ("`feat(api)` → minor"). In a table cell or a tooltip they read as plain text, without the
// backticks; in rich text as code.
QString inlineMarkdownToPlain(const QString &text);
QString inlineMarkdownToHtml(const QString &text);

} // namespace rd::gui
