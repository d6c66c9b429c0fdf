// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace rd::gui {

// The one date format of the views: the locale's short format with the year in four digits
// ("05.01.2026", "2026-01-05", "1/5/2026"); a moment gets the locale's short time after it.
QString shortDate(const QDate &date);
QString shortDateTime(const QDateTime &time);

} // namespace rd::gui
