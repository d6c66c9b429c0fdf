// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/progress.h"

#include <atomic>

namespace rd::gui {

// Progress for a LatestTask's work: it reads as cancelled once the task's stop flag is set, so
// core loops that poll their Progress stop when the view no longer wants their result.
class StopProgress : public Progress
{
public:
    explicit StopProgress(const std::atomic_bool &stop)
        : m_stop(stop)
    {}

    void report(qint64, qint64, const QString &) override
    {
        if (m_stop.load())
            cancel();
    }

private:
    const std::atomic_bool &m_stop;
};

} // namespace rd::gui
