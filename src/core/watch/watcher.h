// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httpclient.h"
#include "notify/runevent.h"
#include "watch/watchtarget.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>

class QTimer;

namespace rd::store {
class Store;
}

namespace rd::watch {

struct WatchOptions
{
    int fastIntervalMs = 10 * 1000;     // while a run of the target is queued or running
    int slowIntervalMs = 2 * 60 * 1000; // when all is idle (an unchanged poll is a 304)
    int maxBackoffMs = 5 * 60 * 1000;   // polls that fail wait up to this long
    // "All finished" is told after the runs of the commit have stayed finished for this many
    // further polls: a workflow that starts late is still counted.
    int settlePolls = 1;
    int runsPerPoll = 20;
    // Polls stop for the whole watch when fewer requests than this remain in the forge's
    // budget, until it refills: the user's other tools keep their share.
    int rateReserve = 50;
    // Follow QNetworkInformation: no polls while the system says it is offline.
    bool followReachability = true;
    net::HttpClientOptions http; // a null cache gets the store's
};

// A worker that follows the CI runs of its targets through the forge layer and tells what
// happened as RunEvents. Lives on its own thread (see WatchThread): its HTTP client and forge
// calls block that thread, never the GUI. Polls are conditional requests (an unchanged answer
// is a 304 that costs no rate limit), fast while something runs and slow when all is idle,
// paused while the system is offline, and all targets share one client and so one view of the
// forge's rate-limit budget.
//
// Every run's state is recorded in the store; a change becomes an event. After a restart the
// store knows what was seen before, so nothing is told twice.
class Watcher : public QObject
{
    Q_OBJECT

public:
    Watcher(const store::Store &store, WatchOptions options);
    ~Watcher() override;

    struct Stats
    {
        qint64 polls = 0;
        qint64 failedPolls = 0;
    };
    Stats stats() const { return m_stats; }

public Q_SLOTS:
    // Call through the thread's event loop (queued): add a target and poll it at once.
    void addTarget(const rd::watch::WatchTarget &target);
    void start();
    void stop();

Q_SIGNALS:
    void runEvent(const rd::notify::RunEvent &event);
    // A poll failed (network, forge, store); the watch goes on and tries again.
    void problem(const rd::Error &error);
    // A target's polls work again after problem().
    void recovered(const QString &target);
    // The system went offline (polls paused) or came back.
    void reachabilityChanged(bool online);

private:
    struct Target;
    void tick();
    void poll(Target &target);
    void scheduleNext();
    void release();
    bool budgetSpent(QDateTime &until) const;
    void emitFinished(Target &target, const QList<PipelineRun> &runs);
    notify::RunEvent makeEvent(const Target &target,
                               notify::RunEvent::Kind kind,
                               const PipelineRun &run) const;

    const store::Store &m_store;
    WatchOptions m_options;
    std::unique_ptr<net::HttpClient> m_client;
    std::vector<std::unique_ptr<Target>> m_targets;
    QTimer *m_timer = nullptr;
    bool m_online = true;
    bool m_running = false;
    bool m_inTick = false;
    std::atomic<bool> m_cancel{false};
    Stats m_stats;
};

} // namespace rd::watch

Q_DECLARE_METATYPE(rd::watch::WatchTarget)
Q_DECLARE_METATYPE(rd::Error)
