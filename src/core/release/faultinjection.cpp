// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultinjection.h"

#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

namespace rd {

void FaultInjection::reached(Point point, int stepNumber)
{
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

} // namespace rd
