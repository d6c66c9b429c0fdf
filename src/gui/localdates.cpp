// SPDX-License-Identifier: GPL-3.0-or-later
#include "localdates.h"

#include <QLocale>
#include <QRegularExpression>

namespace rd::gui {

namespace {

// Many locales' short formats write "yy": 05.01.26 could be any century.
QString withFullYear(QString format)
{
    static const QRegularExpression twoDigits(QStringLiteral("(?<!y)yy(?!y)"));
    return format.replace(twoDigits, QStringLiteral("yyyy"));
}

} // namespace

QString shortDate(const QDate &date)
{
    const QLocale locale;
    return locale.toString(date, withFullYear(locale.dateFormat(QLocale::ShortFormat)));
}

QString shortDateTime(const QDateTime &time)
{
    const QLocale locale;
    return locale.toString(time, withFullYear(locale.dateTimeFormat(QLocale::ShortFormat)));
}

} // namespace rd::gui
