// SPDX-License-Identifier: GPL-3.0-or-later
#include "runprogress.h"

#include <atomic>

#include <unistd.h>

namespace rd::cli {

namespace {

std::atomic<Progress *> interruptible{nullptr};

extern "C" void onInterrupt(int)
{
    if (Progress *progress = interruptible.load())
        progress->cancel();
    static const char message[] = "\nInterrupted: stopping at the next safe point (Ctrl+C again "
                                  "to kill).\n";
    (void) !::write(STDERR_FILENO, message, sizeof message - 1);
}

} // namespace

InterruptGuard::InterruptGuard(Progress *progress)
{
    interruptible.store(progress);
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND; // no SA_RESTART: a prompt's read returns at once
    sigaction(SIGINT, &action, &m_previous);
}

InterruptGuard::~InterruptGuard()
{
    sigaction(SIGINT, &m_previous, nullptr);
    interruptible.store(nullptr);
}

} // namespace rd::cli
