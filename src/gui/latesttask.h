// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workpool.h"

#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <type_traits>

namespace rd::gui {

// Runs work on the work pool (workpool.h) and hands the result to `guard`'s thread, but only for the latest
// run: starting another run, or cancel(), drops the results of the earlier ones, and nothing is
// delivered after `guard` is destroyed. The work gets a shared flag it may poll to stop early.
// Keep the LatestTask a member of `guard` (the continuation refers to it).
class LatestTask
{
public:
    // `work(const std::atomic_bool &stop)` runs on a worker thread; `done(result)` on `guard`'s,
    // with the value `work` returned.
    template<typename Work, typename Done>
    void run(QObject *guard, Work work, Done done)
    {
        cancel();
        auto stop = std::make_shared<std::atomic_bool>(false);
        m_stop = stop;
        const quint64 generation = ++m_generation;
        m_running = true; // before run(): a finished future calls `done` at once
        using Result = std::invoke_result_t<Work &, const std::atomic_bool &>;
        QtConcurrent::run(workPool(), [work = std::move(work), stop] {
            return work(*stop);
        }).then(guard, [this, generation, done = std::move(done)](Result result) mutable {
            if (generation == m_generation) {
                m_running = false;
                done(std::move(result));
            }
        });
    }

    // The work still running is asked to stop (a request under way is aborted), so the pool
    // does not wait for it when the window goes.
    ~LatestTask() { cancel(); }
    LatestTask() = default;
    LatestTask(const LatestTask &) = delete;
    LatestTask &operator=(const LatestTask &) = delete;

    // Drops the result of the running work and asks it to stop.
    void cancel()
    {
        if (m_stop)
            m_stop->store(true);
        ++m_generation;
        m_running = false;
    }

    bool isRunning() const { return m_running; }

private:
    std::shared_ptr<std::atomic_bool> m_stop;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace rd::gui
