// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonValue>

namespace rd::forgejson {

// An ISO 8601 time of a forge's JSON ("2026-01-05T10:00:00Z", with or without milliseconds),
// in UTC; invalid for null or a malformed value.
QDateTime time(const QJsonValue &value);

} // namespace rd::forgejson
