// SPDX-License-Identifier: GPL-3.0-or-later
#include "watcher.h"

#include "store/runhistory.h"
#include "store/store.h"
#include "store/storevalidatorcache.h"

#include <QNetworkInformation>
#include <QSet>
#include <QTimer>

namespace rd::watch {

using notify::RunEvent;

struct Watcher::Target
{
    WatchTarget spec;
    std::unique_ptr<Forge> forge;
    qint64 repository = 0;
    int polls = 0;                          // polls that got an answer
    QSet<qint64> told;                      // runs this watch told something about
    QDateTime nextPoll;                     // due at
    int failures = 0;                       // polls failed in a row
    int finishedPolls = 0;                  // polls that saw every run of the commit finished
    QString finishedKey;                    // the AllFinished event told for this target
    QHash<qint64, QList<PipelineJob>> jobs; // jobs fetched for finished runs
};

namespace {

bool isTransient(const Error &error)
{
    return error.is(errc::netConnection) || error.is(errc::netTimeout) || error.is(errc::netServer)
           || error.is(errc::netRateLimited);
}

} // namespace

Watcher::Watcher(const store::Store &store, WatchOptions options)
    : m_store(store)
    , m_options(std::move(options))
{
    qRegisterMetaType<WatchTarget>();
    qRegisterMetaType<RunEvent>();
    qRegisterMetaType<Error>();
}

Watcher::~Watcher() = default;

void Watcher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = false;
    // The client is made here, on the watcher's thread, which it belongs to.
    net::HttpClientOptions http = m_options.http;
    if (!http.cache)
        http.cache = std::make_shared<store::StoreValidatorCache>(m_store);
    m_client = std::make_unique<net::HttpClient>(std::move(http));
    m_client->setCancelFlag(&m_cancel);
    for (auto &target : m_targets)
        target->forge = Forge::create(target->spec.location, *m_client, target->spec.token);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Watcher::tick);
    if (m_options.followReachability
        && QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation *information = QNetworkInformation::instance();
        m_online = information->reachability() != QNetworkInformation::Reachability::Disconnected;
        connect(information,
                &QNetworkInformation::reachabilityChanged,
                this,
                [this](QNetworkInformation::Reachability reachability) {
                    const bool online = reachability
                                        != QNetworkInformation::Reachability::Disconnected;
                    if (online == m_online)
                        return;
                    m_online = online;
                    Q_EMIT reachabilityChanged(online);
                    if (online) {
                        // Everything is due at once after a pause.
                        for (auto &target : m_targets)
                            target->nextPoll = QDateTime::currentDateTimeUtc();
                    }
                    scheduleNext();
                });
    }
    scheduleNext();
}

void Watcher::stop()
{
    m_running = false;
    m_cancel = true; // a request in flight ends at once
    if (m_timer)
        m_timer->stop();
    // Called from inside a poll (its request's local event loop): the poll cleans up when it
    // returns.
    if (!m_inTick)
        release();
}

void Watcher::release()
{
    m_targets.clear();
    m_client.reset();
    m_store.releaseThreadConnection();
}

void Watcher::addTarget(const WatchTarget &spec)
{
    auto target = std::make_unique<Target>();
    target->spec = spec;
    target->nextPoll = QDateTime::currentDateTimeUtc();
    auto repository = store::RunHistory(m_store).repositoryId(spec.location);
    if (!repository)
        Q_EMIT problem(repository.error());
    else
        target->repository = *repository;
    if (m_client)
        target->forge = Forge::create(spec.location, *m_client, spec.token);
    m_targets.push_back(std::move(target));
    if (m_running)
        scheduleNext();
}

bool Watcher::budgetSpent(QDateTime &until) const
{
    if (!m_client)
        return false;
    const net::RateLimit &limit = m_client->lastRateLimit();
    if (!limit.remaining || *limit.remaining > m_options.rateReserve || !limit.reset.isValid())
        return false;
    if (limit.reset <= QDateTime::currentDateTimeUtc())
        return false;
    until = limit.reset;
    return true;
}

void Watcher::tick()
{
    // A poll's request runs a local event loop, in which timers and queued calls (addTarget,
    // stop) are delivered: they must not start a second poll inside the first.
    if (!m_running || !m_online || m_inTick)
        return;
    m_inTick = true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // By index: addTarget() may append while a poll waits.
    for (size_t i = 0; i < m_targets.size() && m_running; ++i) {
        Target *target = m_targets[i].get();
        if (target->nextPoll > now || !target->forge)
            continue;
        QDateTime refill;
        if (budgetSpent(refill)) {
            // Back off before the budget is gone; everyone waits for the refill.
            for (auto &each : m_targets)
                each->nextPoll = std::max(each->nextPoll, refill);
            Q_EMIT problem({errc::netRateLimited.toString(),
                            tr("The forge's request budget is nearly spent (%1); the watch "
                               "waits until it refills.")
                                    .arg(m_client->lastRateLimit().describe()),
                            target->spec.location.api.toString()});
            break;
        }
        poll(*target);
    }
    m_inTick = false;
    if (!m_running) {
        release();
        return;
    }
    scheduleNext();
}

void Watcher::scheduleNext()
{
    if (!m_running || !m_timer || !m_online || m_inTick)
        return;
    QDateTime next;
    for (const auto &target : m_targets) {
        if (!next.isValid() || target->nextPoll < next)
            next = target->nextPoll;
    }
    if (!next.isValid())
        return;
    m_timer->start(int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(next),
                                          0,
                                          m_options.slowIntervalMs)));
}

RunEvent Watcher::makeEvent(const Target &target, RunEvent::Kind kind, const PipelineRun &run) const
{
    RunEvent event;
    event.kind = kind;
    event.location = target.spec.location;
    event.repository = target.repository;
    event.target = target.spec.label();
    event.targetIsTag = target.spec.isTag();
    event.run = run;
    event.at = QDateTime::currentDateTimeUtc();
    return event;
}

void Watcher::poll(Target &target)
{
    ++m_stats.polls;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    RunFilter filter{target.spec.kind, target.spec.value, m_options.runsPerPoll};
    auto runs = target.forge->runs(filter);
    if (!m_running)
        return; // stopped while the request was out
    if (!runs) {
        ++m_stats.failedPolls;
        ++target.failures;
        if (target.failures == 1)
            Q_EMIT problem(runs.error());
        // Try again soon after a network fault, later after the forge said no.
        const qint64 base = isTransient(runs.error()) ? m_options.fastIntervalMs
                                                      : m_options.slowIntervalMs;
        target.nextPoll = now.addMSecs(
                std::min<qint64>(base << std::min(target.failures - 1, 6), m_options.maxBackoffMs));
        return;
    }
    if (target.failures > 0) {
        target.failures = 0;
        Q_EMIT recovered(target.spec.label());
    }
    const bool firstPoll = target.polls++ == 0;
    store::RunHistory history(m_store);
    // The runs of the newest commit are what "all finished" is about.
    const QString newestSha = runs->isEmpty() ? QString() : runs->first().sha;
    QList<PipelineRun> current;
    bool pending = false;
    // Oldest first, so events come in the order things happened.
    for (auto it = runs->rbegin(); it != runs->rend(); ++it) {
        PipelineRun run = *it;
        if (run.sha == newestSha) {
            pending = pending || isPending(run.state);
        }
        auto record = history.recordRun(target.repository, run, now);
        if (!record) {
            Q_EMIT problem(record.error());
            continue;
        }
        const bool finished = !isPending(run.state);
        if (finished && run.state != RunState::Skipped && !target.jobs.contains(run.id)
            && run.sha == newestSha && (record->changed || run.state != RunState::Success)) {
            // The jobs of a finished run, once: the failed job's name and link.
            if (auto jobs = target.forge->jobs(run)) {
                target.jobs.insert(run.id, *jobs);
                run.jobs = *jobs;
                (void) history.recordJobs(target.repository, run);
            }
        }
        run.jobs = target.jobs.value(run.id);
        if (run.sha == newestSha)
            current.append(run);
        if (!record->changed)
            continue;
        // A run that had finished before the watch began is history, not news.
        if (record->isNew && finished && firstPoll)
            continue;
        target.told.insert(run.id);
        if (!finished) {
            if (record->isNew || !isPending(record->previous))
                Q_EMIT runEvent(makeEvent(target, RunEvent::Kind::Started, run));
            continue;
        }
        std::optional<RunState> before;
        if (auto previous = history.previousOutcome(target.repository, run))
            before = *previous;
        RunEvent::Kind kind;
        switch (run.state) {
        case RunState::Success:
            kind = before == RunState::Failed ? RunEvent::Kind::Fixed : RunEvent::Kind::Succeeded;
            break;
        case RunState::Failed:
            kind = before == RunState::Failed ? RunEvent::Kind::StillFailing
                                              : RunEvent::Kind::Failed;
            break;
        case RunState::Cancelled:
            kind = RunEvent::Kind::Cancelled;
            break;
        default:
            continue; // skipped: nothing to tell
        }
        RunEvent told = makeEvent(target, kind, run);
        for (const PipelineJob &job : std::as_const(run.jobs)) {
            if (job.state == RunState::Failed || job.state == RunState::Cancelled) {
                told.failedJob = job;
                break;
            }
        }
        Q_EMIT runEvent(told);
    }
    if (current.isEmpty() || pending) {
        // Nothing yet (the runs of a fresh tag appear late) or something runs: look again soon.
        target.finishedPolls = 0;
        target.nextPoll = now.addMSecs(m_options.fastIntervalMs);
        return;
    }
    ++target.finishedPolls;
    if (target.finishedPolls <= m_options.settlePolls) {
        target.nextPoll = now.addMSecs(m_options.fastIntervalMs);
        return;
    }
    target.nextPoll = now.addMSecs(m_options.slowIntervalMs);
    emitFinished(target, current);
}

void Watcher::emitFinished(Target &target, const QList<PipelineRun> &runs)
{
    RunEvent finished = makeEvent(target, RunEvent::Kind::AllFinished, {});
    // Newest first, as the forge lists them.
    finished.runs = QList<PipelineRun>(runs.rbegin(), runs.rend());
    finished.run.sha = runs.first().sha;
    finished.run.ref = target.spec.label();
    finished.isHistory = std::none_of(runs.begin(), runs.end(), [&](const PipelineRun &run) {
        return target.told.contains(run.id);
    });
    const QString key = finished.key();
    if (key == target.finishedKey)
        return;
    target.finishedKey = key;
    Q_EMIT runEvent(finished);
}

} // namespace rd::watch
