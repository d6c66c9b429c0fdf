// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/sourcereport.h"

#include <QColor>
#include <QString>

class QWidget;

namespace rd::gui {

// How source statuses look everywhere in the GUI: the grid's cells, the legend, the dialog.
QString statusText(SourceStatus status);        // translated "agrees", "behind", ...
QString statusDescription(SourceStatus status); // a sentence for tooltips and the legend
QColor statusColor(SourceStatus status);        // strong colour: text, legend chips
QColor statusBackground(SourceStatus status);   // light cell background; invalid for agrees

// A row of coloured chips explaining the statuses, for under the grid.
QWidget *createStatusLegend(QWidget *parent);

} // namespace rd::gui
