// SPDX-License-Identifier: GPL-3.0-or-later
#include "forgejson.h"

namespace rd::forgejson {

QDateTime time(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

} // namespace rd::forgejson
