// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultinjection.h"

#include <atomic>

namespace rd {

namespace {
std::atomic<FaultInjection::Handler> installed{nullptr};
}

void FaultInjection::install(Handler handler)
{
    installed.store(handler);
}

void FaultInjection::reached(Point point, int stepNumber)
{
    if (const Handler handler = installed.load())
        handler(point, stepNumber);
}

} // namespace rd
