// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace rd {

// A test hook at the release runner's step boundaries, so the tests can kill the process there
// (as a crash or `kill -9` would) and prove that resume and abort recover from every point.
// The core only calls the installed handler; none is installed in a shipped binary. The test
// builds link tests/support/faultinjection, which installs one that reads RELEASEDESK_FAIL_*
// from the environment (see there).
class FaultInjection
{
public:
    enum class Point { BeforeStep, AfterStep, AfterJournal };
    using Handler = void (*)(Point point, int stepNumber);

    // Replaces the handler; nullptr removes it.
    static void install(Handler handler);
    // Calls the handler, if any (stepNumber is 1-based).
    static void reached(Point point, int stepNumber);
};

} // namespace rd
