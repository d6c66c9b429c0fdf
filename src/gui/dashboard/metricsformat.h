// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localdates.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace rd::gui::metricsformat {

// How the Metrics view writes a day and a share, in its figures, hover texts and item lists.
inline QString dayText(const QDateTime &time)
{
    return shortDate(time.toUTC().date());
}

inline QString percentText(double share)
{
    return QLocale().toString(share * 100, 'f', 1) + QStringLiteral(" %");
}

} // namespace rd::gui::metricsformat
