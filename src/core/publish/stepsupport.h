// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QString>

namespace rd {

struct StepContext;

namespace publish {

// Writes `line` to the step's progress log, when it has one.
void log(const StepContext &context, const QString &line);
// Faults after which the registry may have stored the upload anyway (5xx, 409, a timeout, a
// dropped connection): the step asks the registry again before it reports them.
bool mayHaveLanded(const Error &error);

} // namespace publish
} // namespace rd
