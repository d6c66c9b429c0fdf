// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace rd {

// A test hook that kills the process at a step boundary, as a crash or `kill -9` would, so the
// tests can prove that resume and abort recover from every point. Off unless one of these is
// set (N is the 1-based step number):
//   RELEASEDESK_FAIL_BEFORE_STEP=N    after the journal says step N is running, before it runs
//   RELEASEDESK_FAIL_AFTER_STEP=N     after step N ran, before the journal records it as done
//   RELEASEDESK_FAIL_AFTER_JOURNAL=N  after the journal records step N as done
class FaultInjection
{
public:
    enum class Point { BeforeStep, AfterStep, AfterJournal };
    // Kills the process (SIGKILL; abort() where there is none) when the hook names this point.
    static void reached(Point point, int stepNumber);
};

} // namespace rd
