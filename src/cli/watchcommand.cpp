// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "exitcode.h"
#include "forgeaccess.h"

#include "notify/desktopnotifier.h"
#include "store/store.h"
#include "watch/watchnotifications.h"
#include "watch/watchthread.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QEventLoop>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTime>
#include <QTimer>

namespace rd::cli {

namespace {

// "90", "90s", "15m", "2h", "1h30m" → milliseconds; nullopt when malformed or zero.
std::optional<qint64> parseDuration(const QString &text)
{
    static const QRegularExpression pattern(
            QStringLiteral("^(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s?)?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch() || text.trimmed().isEmpty())
        return std::nullopt;
    const qint64 ms = (match.captured(1).toLongLong() * 3600 + match.captured(2).toLongLong() * 60
                       + match.captured(3).toLongLong())
                      * 1000;
    if (ms <= 0)
        return std::nullopt;
    return ms;
}

QJsonObject runJson(const PipelineRun &run)
{
    QJsonObject object{{QStringLiteral("id"), run.id},
                       {QStringLiteral("workflow"), run.workflow},
                       {QStringLiteral("ref"), run.ref},
                       {QStringLiteral("sha"), run.sha},
                       {QStringLiteral("state"), runStateName(run.state)},
                       {QStringLiteral("url"), run.url.toString()}};
    if (const auto seconds = run.durationSeconds(); seconds && !isPending(run.state))
        object.insert(QStringLiteral("duration_s"), *seconds);
    return object;
}

QJsonObject eventJson(const notify::RunEvent &event)
{
    QJsonObject object{{QStringLiteral("event"), notify::RunEvent::kindName(event.kind)},
                       {QStringLiteral("time"), event.at.toString(Qt::ISODate)},
                       {QStringLiteral("project"), event.location.project},
                       {QStringLiteral("target"), event.target},
                       {QStringLiteral("summary"), event.summary()},
                       {QStringLiteral("body"), event.body()}};
    if (event.kind == notify::RunEvent::Kind::AllFinished) {
        QJsonArray runs;
        for (const PipelineRun &run : event.runs)
            runs.append(runJson(run));
        object.insert(QStringLiteral("runs"), runs);
        object.insert(QStringLiteral("passed"), event.passedCount());
        object.insert(QStringLiteral("failed"), event.failedCount());
        object.insert(QStringLiteral("duration_s"), event.wallSeconds());
    } else {
        object.insert(QStringLiteral("run"), runJson(event.run));
    }
    if (event.failedJob)
        object.insert(QStringLiteral("failed_job"),
                      QJsonObject{{QStringLiteral("name"), event.failedJob->name},
                                  {QStringLiteral("url"), event.failedJob->url.toString()}});
    return object;
}

} // namespace

int runWatch(Context &context)
{
    QCommandLineParser parser;
    ForgeAccess access(context);
    access.addRunOptions(parser);
    const QCommandLineOption
            notifyOption(QStringLiteral("notify"),
                         QStringLiteral(
                                 "Also send a desktop notification for each change (through the "
                                 "session bus's notification daemon)."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("Give up after DURATION (90s, 15m, 1h30m); "
                                                    "exit status 6."),
                                     QStringLiteral("DURATION"));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      QStringLiteral("Poll every DURATION while runs are going "
                                                     "(default 10s)."),
                                      QStringLiteral("DURATION"),
                                      QStringLiteral("10s"));
    parser.addOption(notifyOption);
    parser.addOption(timeout);
    parser.addOption(interval);
    access.addOptions(parser);
    if (!context.parse(parser,
                       QStringLiteral(
                               "Follows the CI runs of a branch, tag or commit until all of "
                               "them have finished, printing a line for each change as it "
                               "happens (JSON lines with --json). Without --ref, --sha or --tag: "
                               "HEAD's commit. Exit status 0 when every run succeeded, 5 when a "
                               "run failed or was cancelled, 6 when --timeout ran out first. "
                               "For example: git push --follow-tags && releasedesk-cli watch "
                               "--tag v1.4.0 --notify")))
        return context.exitCode();
    if (!access.checkRunOptions(parser))
        return context.exitCode();
    std::optional<qint64> timeoutMs;
    if (parser.isSet(timeout)) {
        timeoutMs = parseDuration(parser.value(timeout));
        if (!timeoutMs)
            return context.usageError(
                    QStringLiteral("--timeout takes a duration such as 90s, 15m or 1h30m, not "
                                   "\"%1\"")
                            .arg(parser.value(timeout)));
    }
    const auto intervalMs = parseDuration(parser.value(interval));
    if (!intervalMs || *intervalMs > 3600 * 1000)
        return context.usageError(
                QStringLiteral("--interval takes a duration from 1s to 1h such as 10s, not \"%1\"")
                        .arg(parser.value(interval)));
    if (!access.open(parser))
        return context.exitCode();
    QString what;
    const std::optional<RunFilter> filter = access.runFilter(parser, 20, what);
    if (!filter)
        return context.exitCode();

    store::Store store;
    if (store.problem())
        context.warn(store.problem()->toString());

    watch::WatchOptions options;
    options.fastIntervalMs = int(*intervalMs);
    options.slowIntervalMs = int(*intervalMs);
    options.http.notice = [&context](const QString &text) { context.warn(text); };
    watch::WatchThread thread(store, options);
    watch::WatchTarget target{access.connection().location(),
                              access.connection().token(),
                              filter->kind,
                              filter->value};

    std::unique_ptr<notify::DesktopNotifier> notifier;
    std::unique_ptr<watch::WatchNotifications> notifications;
    if (parser.isSet(notifyOption)) {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected())
            context.warn(QStringLiteral("there is no D-Bus session bus (%1); the changes are "
                                        "printed but not notified")
                                 .arg(bus.lastError().message()));
        notifier = std::make_unique<notify::DesktopNotifier>(store, bus);
        notifications = std::make_unique<watch::WatchNotifications>(store, *notifier);
        QObject::connect(notifier.get(),
                         &notify::DesktopNotifier::fellBack,
                         notifier.get(),
                         [&context](const QString &, const Error &why) {
                             context.warn(why.toString());
                         });
        QObject::connect(notifications.get(),
                         &watch::WatchNotifications::problem,
                         notifications.get(),
                         [&context](const Error &error) { context.warn(error.toString()); });
    }

    QEventLoop loop;
    int exitCode = Success;
    QObject guard;
    QObject::connect(thread.watcher(),
                     &watch::Watcher::runEvent,
                     &guard,
                     [&](const notify::RunEvent &event) {
                         if (context.json()) {
                             context.out() << QJsonDocument(eventJson(event))
                                                      .toJson(QJsonDocument::Compact)
                                           << '\n';
                         } else {
                             context.out()
                                     << event.at.toLocalTime().toString(QStringLiteral("HH:mm:ss"))
                                     << "  "
                                     << notify::RunEvent::kindName(event.kind).leftJustified(13)
                                     << ' ' << event.summary() << " (" << event.body() << ")\n";
                         }
                         context.out().flush();
                         if (notifications)
                             notifications->onEvent(event);
                         if (event.kind == notify::RunEvent::Kind::AllFinished) {
                             exitCode = event.failedCount() > 0 ? RunFailed : Success;
                             loop.quit();
                         }
                     });
    QObject::connect(thread.watcher(), &watch::Watcher::problem, &guard, [&](const Error &error) {
        context.warn(error.toString() + QStringLiteral(" (the watch goes on)"));
    });
    QObject::connect(thread.watcher(), &watch::Watcher::recovered, &guard, [&](const QString &t) {
        context.warn(QStringLiteral("the forge answers again for %1").arg(t));
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    if (timeoutMs) {
        QObject::connect(&deadline, &QTimer::timeout, &guard, [&] {
            exitCode = RunPending;
            loop.quit();
        });
        deadline.start(int(std::min<qint64>(*timeoutMs, std::numeric_limits<int>::max())));
    }
    thread.addTarget(target);
    thread.start();
    loop.exec();
    if (exitCode == RunPending) {
        const QString message = QStringLiteral("timed out after %1 with runs of %2 not finished")
                                        .arg(parser.value(timeout), what);
        if (context.json())
            context.out() << QJsonDocument(QJsonObject{{QStringLiteral("event"),
                                                        QStringLiteral("timeout")},
                                                       {QStringLiteral("message"), message}})
                                     .toJson(QJsonDocument::Compact)
                          << '\n';
        else
            context.err() << "releasedesk-cli watch: " << message << Qt::endl;
        context.out().flush();
    }
    // The daemon's answers to the last notifications, before the process (and its bus
    // connection) goes away.
    if (notifier && notifier->pending() > 0) {
        QEventLoop wait;
        QObject::connect(notifier.get(), &notify::DesktopNotifier::idle, &wait, &QEventLoop::quit);
        QTimer::singleShot(15000, &wait, &QEventLoop::quit);
        wait.exec();
    }
    return exitCode;
}

namespace {
const CommandRegistration registration{
        {"watch",
         "Follow the CI runs of a branch, tag or commit until they finish (exit 5 failed, 6 "
         "timed out)",
         runWatch,
         85}};
} // namespace

} // namespace rd::cli
