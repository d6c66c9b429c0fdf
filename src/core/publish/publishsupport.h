// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace rd {

struct StepContext;

// What the publish steps share: progress lines, which faults may hide a stored upload, and the
// read-back after an upload.
namespace publish {

void log(const StepContext &context, const QString &line);
// 5xx, 409, a timeout or a dropped connection: the registry may have stored the upload anyway.
bool mayHaveLanded(const Error &error);
// Asks `check` every half second until it gives a result (returned with "verified": true), an
// error, or `timeoutMs` has passed (then the error `notVerified` makes).
Result<QJsonObject> verify(int timeoutMs,
                           const std::function<Result<std::optional<QJsonObject>>()> &check,
                           const std::function<Error()> &notVerified);

} // namespace publish
} // namespace rd
