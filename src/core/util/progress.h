// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>

namespace rd {

// How long work reports progress and learns it should stop. The GUI implements it with
// signals, the CLI with a line on stderr; core code only calls it. Thread-safe: cancel() may
// come from any thread, the worker polls isCancelled().
class Progress
{
public:
    virtual ~Progress() = default;

    // `done` of `total` units (total <= 0: unknown), `what` is a short phrase for a status bar.
    virtual void report(qint64 done, qint64 total, const QString &what);
    // A line for a log view ("Pushing refs/tags/v1.2.0 to origin").
    virtual void log(const QString &line);

    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic_bool m_cancelled{false};
};

// Null-safe helpers: core functions take `Progress *` that may be null.
inline bool cancelled(const Progress *progress)
{
    return progress && progress->isCancelled();
}

} // namespace rd
