// SPDX-License-Identifier: GPL-3.0-or-later
// The watch soak: 50 repositories on the forge double followed for a simulated day, time
// scaled (one real second is SCALE simulated seconds). Now and then a repository gets a new
// run that goes queued → running → success. Prints the requests per simulated hour against
// the bound the poll intervals set, the share answered 304, the memory at the start and the
// end, and how long after a run finished on the server its event came.
//
//   bench_watch [--repositories N] [--hours H] [--scale S]     (RELEASEDESK_TEST_FORGE set)
#include "forgedouble.h"

#include "activitylist.h"
#include "watchsession.h"

#include "store/store.h"
#include "watch/watchthread.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>

using namespace rd;

namespace {

qint64 threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // --gui: a widget application (offscreen unless told otherwise), read before it exists.
    const bool gui = std::any_of(argv + 1, argv + argc, [](const char *argument) {
        return std::strcmp(argument, "--gui") == 0;
    });
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The desktop notifications of --gui go nowhere: no session bus.
    if (gui)
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bench-watch-bus");
    std::unique_ptr<QCoreApplication> application = gui ? std::make_unique<QApplication>(argc, argv)
                                                        : std::make_unique<QCoreApplication>(argc,
                                                                                             argv);
    QCoreApplication &app = *application;
    QCommandLineParser parser;
    const QCommandLineOption guiOption(QStringLiteral("gui"),
                                       QStringLiteral("Watch as the application does, with its "
                                                      "GUI thread (offscreen)."));
    parser.addOption(guiOption);
    const QCommandLineOption repositoriesOption(QStringLiteral("repositories"),
                                                QStringLiteral("Repositories watched (50)."),
                                                QStringLiteral("N"),
                                                QStringLiteral("50"));
    const QCommandLineOption hoursOption(QStringLiteral("hours"),
                                         QStringLiteral("Simulated hours (24)."),
                                         QStringLiteral("H"),
                                         QStringLiteral("24"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("Simulated seconds per real second (600)."),
                                         QStringLiteral("S"),
                                         QStringLiteral("600"));
    const QCommandLineOption workflowsOption(QStringLiteral("workflows"),
                                             QStringLiteral("Workflows per repository (1)."),
                                             QStringLiteral("W"),
                                             QStringLiteral("1"));
    const QCommandLineOption idleOption(QStringLiteral("idle"),
                                        QStringLiteral("Nothing changes: no new runs."));
    parser.addOptions({repositoriesOption, workflowsOption, idleOption, hoursOption, scaleOption});
    parser.addHelpOption();
    parser.process(app);
    const int repositories = parser.value(repositoriesOption).toInt();
    const int workflows = parser.value(workflowsOption).toInt();
    const bool idle = parser.isSet(idleOption);
    const int hours = parser.value(hoursOption).toInt();
    const double scale = parser.value(scaleOption).toDouble();
    if (repositories < 1 || workflows < 1 || hours < 1 || scale < 1) {
        std::fprintf(stderr,
                     "bench_watch: --repositories, --workflows, --hours and --scale take positive "
                     "numbers\n");
        return 2;
    }
    ForgeDouble forge;
    if (!forge.isValid()) {
        std::fprintf(stderr, "bench_watch: %s\n", qPrintable(forge.skipReason()));
        return 1;
    }
    forge.reset();
    QTemporaryDir dir;
    store::Store store(dir.filePath(QStringLiteral("history.sqlite")));

    // The product's default intervals, scaled.
    const watch::WatchOptions defaults;
    watch::WatchOptions options;
    options.fastIntervalMs = std::max(1, int(defaults.fastIntervalMs / scale));
    options.slowIntervalMs = std::max(1, int(defaults.slowIntervalMs / scale));
    options.maxBackoffMs = std::max(1, int(defaults.maxBackoffMs / scale));
    options.followReachability = false;
    std::unique_ptr<watch::WatchThread> thread;
    std::unique_ptr<gui::WatchSession> session;
    std::unique_ptr<gui::ActivityList> activity;
    if (gui) {
        session = std::make_unique<gui::WatchSession>(store, options);
        activity = std::make_unique<gui::ActivityList>();
        activity->resize(600, 400);
        activity->show();
        QObject::connect(session.get(),
                         &gui::WatchSession::runEvent,
                         activity.get(),
                         &gui::ActivityList::addEvent);
    } else {
        thread = std::make_unique<watch::WatchThread>(store, options);
    }

    auto project = [](int i) {
        return QStringLiteral("soak/repo-%1").arg(i, 2, 10, QLatin1Char('0'));
    };
    for (int i = 0; i < repositories; ++i) {
        // Each repository has a finished run of each workflow on main to begin with.
        QJsonArray finished;
        for (int w = 0; w < workflows; ++w)
            finished.append(ForgeDouble::runSpec(QString(40, QLatin1Char('a')),
                                                 w == 0 ? QStringLiteral("CI")
                                                        : QStringLiteral("Workflow %1").arg(w + 1),
                                                 {QStringLiteral("success")}));
        forge.addRuns(QStringLiteral("github"), project(i), finished);
        watch::WatchTarget target;
        target.location.api = forge.url();
        target.location.project = project(i);
        target.kind = RunFilter::Kind::Branch;
        target.value = QStringLiteral("main");
        if (session)
            session->addTarget(target);
        else
            thread->addTarget(target);
    }

    QHash<qint64, qint64> finishedAt; // run id → real ms when the double finished it
    QList<double> latencies;          // simulated seconds from finish to event
    int events = 0;
    QElapsedTimer clock;
    QObject guard;
    auto onEvent = [&](const notify::RunEvent &e) {
        ++events;
        if (e.kind == notify::RunEvent::Kind::Succeeded && finishedAt.contains(e.run.id))
            latencies.append((clock.elapsed() - finishedAt.take(e.run.id)) * scale / 1000.0);
    };
    if (session)
        QObject::connect(session.get(), &gui::WatchSession::runEvent, &guard, onEvent);
    else
        QObject::connect(thread->watcher(), &watch::Watcher::runEvent, &guard, onEvent);

    const qint64 hourMs = qint64(3600 * 1000 / scale);
    const qint64 stepMs = qint64(180 * 1000 / scale); // the double moves every 3 minutes
    QList<QPair<qint64, int>> running;                // run id, advances it still needs
    QList<double> memory;
    int newRuns = 0;
    int hour = 0;
    QJsonObject warm;

    // The receiving thread's heartbeat: a 5 ms timer; a late tick is time that thread was busy.
    // Beside the gap, the CPU time the thread itself spent between two ticks: on two cores
    // shared with the forge double and the watcher, a gap can be the scheduler's.
    QElapsedTimer beat;
    qint64 worstGapMs = 0;
    qint64 worstBusyMs = 0;
    qint64 lastCpuMs = threadCpuMs();
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, &guard, [&] {
        worstGapMs = std::max(worstGapMs, beat.restart());
        const qint64 cpu = threadCpuMs();
        worstBusyMs = std::max(worstBusyMs, cpu - lastCpuMs);
        lastCpuMs = cpu;
    });

    if (activity) {
        // The window is up and painted before the watch starts (a first paint loads fonts:
        // the application's start, not the watch's load).
        QElapsedTimer shown;
        shown.start();
        while (shown.elapsed() < 200)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    if (session)
        session->start();
    else
        thread->start();
    clock.start();
    beat.start();
    lastCpuMs = threadCpuMs();
    heartbeat.start(5);
    // Each simulated hour two repositories get a new commit and its run.
    QTimer hourly;
    QObject::connect(&hourly, &QTimer::timeout, &guard, [&] {
        memory.append(residentMegabytes());
        if (hour == 0)
            warm = forge.stats();
        if (++hour > hours) {
            app.quit();
            return;
        }
        for (int k = 0; k < (idle ? 0 : 2); ++k) {
            const int i = (hour * 7 + k * 13) % repositories;
            const QString sha = QString::number(hour * 100 + k)
                                        .rightJustified(40, QLatin1Char('0'));
            const qint64 id = forge.addRuns(QStringLiteral("github"),
                                            project(i),
                                            {ForgeDouble::runSpec(sha,
                                                                  QStringLiteral("CI"),
                                                                  ForgeDouble::passing())})
                                      .first();
            running.append({id, 2});
            ++newRuns;
        }
    });
    QTimer stepper;
    QObject::connect(&stepper, &QTimer::timeout, &guard, [&] {
        if (running.isEmpty())
            return;
        forge.advance();
        for (auto &[id, left] : running) {
            if (--left == 0)
                finishedAt.insert(id, clock.elapsed());
        }
        running.removeIf([](const QPair<qint64, int> &r) { return r.second <= 0; });
    });
    hourly.start(int(hourMs));
    stepper.start(int(stepMs));
    app.exec();

    const QJsonObject stats = forge.stats();
    const qint64 requests = stats.value(u"requests").toInteger();
    const QJsonObject answered = stats.value(u"answered").toObject();
    const qint64 notModified = answered.value(u"304").toInteger();
    // The first hour fills the caches (a 200 per repository); the share is of the rest too.
    const qint64 warmRequests = warm.value(u"requests").toInteger();
    const qint64 warmNotModified = warm.value(u"answered").toObject().value(u"304").toInteger();
    const double perHour = double(requests) / hours;
    const double bound = repositories * 3600.0 / (defaults.slowIntervalMs / 1000.0);
    std::sort(latencies.begin(), latencies.end());
    const double worstLatency = latencies.isEmpty() ? 0 : latencies.last();
    const double medianLatency = latencies.isEmpty() ? 0 : latencies.at(latencies.size() / 2);

    std::printf("watch soak: %d repositories x %d workflows%s, %d simulated hours at %.0fx "
                "(%.0f s real), %d new runs, %d events\n",
                repositories,
                workflows,
                idle ? " (idle)" : "",
                hours,
                scale,
                clock.elapsed() / 1000.0,
                newRuns,
                events);
    std::printf("requests per simulated hour: %.0f (idle bound from the %d s slow interval: "
                "%.0f; ratio %.2f)\n",
                perHour,
                defaults.slowIntervalMs / 1000,
                bound,
                perHour / bound);
    std::printf("answered 304: %.1f %% of all %lld requests; %.1f %% after the first hour "
                "(target >= 95 %%: %s)\n",
                100.0 * notModified / std::max<qint64>(1, requests),
                qlonglong(requests),
                100.0 * (notModified - warmNotModified)
                        / std::max<qint64>(1, requests - warmRequests),
                100.0 * notModified / std::max<qint64>(1, requests) >= 95 ? "met" : "missed");
    std::printf("memory (RSS): %.1f MB after the first hour, %.1f MB at the end (growth %.1f MB)\n",
                memory.isEmpty() ? 0 : memory.first(),
                memory.isEmpty() ? 0 : memory.last(),
                memory.isEmpty() ? 0 : memory.last() - memory.first());
    std::printf("run finished → event: median %.0f s, worst %.0f s simulated over %lld runs "
                "(target: the %d s fast interval + 1 s)\n",
                medianLatency,
                worstLatency,
                qlonglong(latencies.size()),
                defaults.fastIntervalMs / 1000);
    if (idle) {
        // Nothing changed after the first round: every later poll must be a 304.
        const qint64 later = requests - warmRequests;
        const qint64 laterNotModified = notModified - warmNotModified;
        std::printf("idle: %lld of %lld polls after the first hour answered 304 (%.1f %%; target "
                    "100 %%: %s)\n",
                    qlonglong(laterNotModified),
                    qlonglong(later),
                    100.0 * laterNotModified / std::max<qint64>(1, later),
                    later > 0 && laterNotModified == later ? "met" : "missed");
    }
    std::printf("heartbeat of the %s (5 ms timer): worst gap %lld ms (target <= 50 "
                "ms: %s); most CPU time of that thread between two ticks %lld ms\n",
                gui ? "GUI thread" : "thread receiving the events",
                qlonglong(worstGapMs),
                worstGapMs <= 50 ? "met" : "missed",
                qlonglong(worstBusyMs));
    return 0;
}
