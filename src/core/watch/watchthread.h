// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "watch/watcher.h"

#include <QThread>

namespace rd::watch {

// Owns a Watcher on a thread of its own: starts it, hands it targets through its event loop,
// and on destruction stops it, quits the thread and waits for it.
class WatchThread
{
public:
    WatchThread(const store::Store &store, WatchOptions options);
    ~WatchThread();
    WatchThread(const WatchThread &) = delete;
    WatchThread &operator=(const WatchThread &) = delete;

    // Connect to its signals (they arrive queued on the connecting object's thread).
    Watcher *watcher() const { return m_watcher; }
    void addTarget(const WatchTarget &target);
    void start();

private:
    QThread m_thread;
    Watcher *m_watcher;
};

} // namespace rd::watch
