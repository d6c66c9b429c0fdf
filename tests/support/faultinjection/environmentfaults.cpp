// SPDX-License-Identifier: GPL-3.0-or-later
// Linked only into test builds of the front ends (releasedesk-cli-faults, releasedriver): kills
// the process at the step boundary named by the environment, N being the 1-based step number:
//   RELEASEDESK_FAIL_BEFORE_STEP=N    after the journal says step N is running, before it runs
//   RELEASEDESK_FAIL_AFTER_STEP=N     after step N ran, before the journal records it as done
//   RELEASEDESK_FAIL_AFTER_JOURNAL=N  after the journal records step N as done
#include "release/faultinjection.h"

#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

namespace {

void killAtRequestedStep(rd::FaultInjection::Point point, int stepNumber)
{
    using Point = rd::FaultInjection::Point;
    const char *name = point == Point::BeforeStep  ? "RELEASEDESK_FAIL_BEFORE_STEP"
                       : point == Point::AfterStep ? "RELEASEDESK_FAIL_AFTER_STEP"
                                                   : "RELEASEDESK_FAIL_AFTER_JOURNAL";
    bool ok = false;
    const int wanted = qEnvironmentVariableIntValue(name, &ok);
    if (!ok || wanted != stepNumber)
        return;
    std::fprintf(stderr,
                 "releasedesk: fault injection: %s=%d, killing the process\n",
                 name,
                 stepNumber);
    std::fflush(stderr);
#ifdef Q_OS_UNIX
    ::kill(::getpid(), SIGKILL);
#endif
    std::abort();
}

// Installed before main() runs: this file is an object of the executable, never dropped.
const bool installed = [] {
    rd::FaultInjection::install(&killAtRequestedStep);
    return true;
}();

} // namespace
