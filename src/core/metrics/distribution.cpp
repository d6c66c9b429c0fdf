// SPDX-License-Identifier: GPL-3.0-or-later
#include "distribution.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace rd {

Distribution Distribution::of(QList<qint64> values)
{
    Distribution result;
    result.count = values.size();
    if (values.isEmpty())
        return result;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    result.median = n % 2 == 1 ? double(values.at(n / 2))
                               : (double(values.at(n / 2 - 1)) + double(values.at(n / 2))) / 2;
    // ⌈0.9·n⌉ in integers, so 0.9·10 is exactly 9 and not 9.000000000000002.
    const qsizetype rank = (9 * n + 9) / 10;
    result.p90 = double(values.at(std::clamp<qsizetype>(rank, 1, n) - 1));
    return result;
}

QString durationText(double seconds)
{
    const double magnitude = std::abs(seconds);
    if (magnitude < 60)
        return QCoreApplication::translate("rd::Distribution", "%1 s").arg(qRound64(seconds));
    if (magnitude < 3600)
        return QCoreApplication::translate("rd::Distribution", "%1 min")
                .arg(qRound64(seconds / 60));
    if (magnitude < 2 * 86400)
        return QCoreApplication::translate("rd::Distribution", "%1 h")
                .arg(seconds / 3600, 0, 'f', 1);
    return QCoreApplication::translate("rd::Distribution", "%1 days")
            .arg(seconds / 86400, 0, 'f', 1);
}

} // namespace rd
