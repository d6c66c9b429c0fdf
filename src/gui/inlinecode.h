// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rd::gui {

// The core writes reasons with Markdown code spans (`` `feat(api)` → minor ``), as the CLI shows
// them. Widgets show them without the backticks: as plain text where only plain text goes (item
// views, tooltips), as <code> in rich-text labels.
QString inlineCodeAsPlain(const QString &text);
QString inlineCodeAsHtml(const QString &text);

} // namespace rd::gui
