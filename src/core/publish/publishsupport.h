// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

namespace rd {

struct StepContext;

// What the publish steps share.
namespace publish {

// Faults after which the registry or forge may have stored the write anyway (a 5xx, a 409, a
// timeout, a dropped connection): the step asks again before it gives up or repeats.
bool mayHaveLanded(const Error &error);
// A line in the release's log, when the step runs with progress.
void log(const StepContext &context, const QString &line);

} // namespace publish
} // namespace rd
