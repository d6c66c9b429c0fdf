// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI thread's responsiveness on large histories (a benchmark, never a timed test): opens
// each repository given in the real main window (offscreen by default), visits every view,
// reloads with the Changelog shown, types in the commit filter, switches the release list and
// the notes' style, while a heartbeat timer on the GUI thread records the longest time between
// two of its ticks. Prints the worst gap per step; the target is none over 50 ms. Beside it, the
// most CPU time the GUI thread spent between two ticks: on a loaded machine a gap can be the
// scheduler's (other processes on the cores), the CPU time is the GUI thread's own work.
//
//   bench_gui [--interval MS] REPOSITORY...
#include "changelogpage.h"
#include "commitspage.h"
#include "dashboard/metricspage.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "releasespage.h"
#include "repositorycontroller.h"
#include "sourcespage.h"

#include "git/library.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <functional>

namespace {

constexpr qint64 target = 50; // ms

qint64 threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

struct Worst
{
    QString step;
    qint64 gap = 0;  // ms between two ticks
    qint64 busy = 0; // ms of the GUI thread's CPU time between two ticks
};

// Ticks every `interval` ms on the GUI thread; the gap before each tick is charged to the step
// running when it arrives.
class Heartbeat : public QObject
{
public:
    explicit Heartbeat(int interval)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(interval);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            const qint64 cpu = threadCpuMs();
            Worst &worst = m_worst.last();
            worst.gap = std::max(worst.gap, now - m_last);
            worst.busy = std::max(worst.busy, cpu - m_lastCpu);
            m_last = now;
            m_lastCpu = cpu;
        });
    }

    void start(const QString &step)
    {
        m_worst.append({step});
        if (!m_timer.isActive()) {
            m_clock.start();
            m_last = 0;
            m_lastCpu = threadCpuMs();
            m_timer.start();
        }
    }
    void stop() { m_timer.stop(); }
    const QList<Worst> &worst() const { return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    QList<Worst> m_worst;
};

// Runs the event loop (never sleeping the thread) until `done` or `timeout` ms.
bool waitFor(const std::function<bool()> &done, int timeout)
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    poll.start();
    if (!done())
        loop.exec();
    return done();
}

void settle(int ms)
{
    waitFor([] { return false; }, ms);
}

bool idle(const rd::gui::MainWindow &window)
{
    return !window.controller()->isLoading() && !window.changelogPage()->isLoading()
           && !window.releasesPage()->isLoading() && !window.sourcesPage()->isLoading();
}

bool waitIdle(const rd::gui::MainWindow &window)
{
    const bool done = waitFor([&] { return idle(window); }, 600000);
    settle(400); // the lazy layout and repaints that follow
    return done;
}

// One key as a user presses it, then the event loop until the next one.
void press(QWidget *widget, int key, const QString &text = {})
{
    QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier, text);
    QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(widget, &down);
    QCoreApplication::sendEvent(widget, &up);
    settle(120);
}

// Types `text`; '\b' is Backspace.
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c == u'\b')
            press(widget, Qt::Key_Backspace);
        else
            press(widget, c.toUpper().unicode(), QString(c));
    }
}

bool run(const QString &path, int interval)
{
    using namespace rd::gui;
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    Heartbeat heartbeat(interval);
    bool ok = true;

    // The Metrics view is computed as soon as the repository has loaded: how long until its
    // figures are filled (the metrics issue's target: 300 ms on vite).
    QElapsedTimer sinceLoaded;
    QElapsedTimer sinceOpened;
    qint64 metricsMs = -1;
    qint64 openedMs = -1;
    QObject::connect(window.controller(), &RepositoryController::loaded, &window, [&] {
        if (!sinceLoaded.isValid())
            sinceLoaded.start();
    });
    QObject::connect(window.metricsPage(), &MetricsPage::busyChanged, &window, [&](bool busy) {
        if (!busy && sinceLoaded.isValid() && metricsMs < 0) {
            metricsMs = sinceLoaded.elapsed();
            openedMs = sinceOpened.elapsed();
        }
    });

    heartbeat.start(QStringLiteral("open (first load)"));
    sinceOpened.start();
    window.openRepository(path);
    ok = waitIdle(window) && ok;
    ok = waitFor([&] { return metricsMs >= 0; }, 600000) && ok;
    if (!window.controller()->report()) {
        std::fprintf(stderr,
                     "bench_gui: %s did not load: %s\n",
                     qPrintable(path),
                     qPrintable(window.bannerText()));
        return false;
    }

    const QList<QPair<QString, QWidget *>> views{
            {QStringLiteral("view Next Release"), window.overviewPage()},
            {QStringLiteral("view Commits"), window.commitsPage()},
            {QStringLiteral("view Releases"), window.releasesPage()},
            {QStringLiteral("view Changelog"), window.changelogPage()},
            {QStringLiteral("view Version Sources"), window.sourcesPage()},
    };
    for (const auto &[name, page] : views) {
        heartbeat.start(name);
        window.showView(page);
        settle(600);
    }

    // The freeze: the Changelog shown while the repository loads again.
    heartbeat.start(QStringLiteral("open again, Changelog shown"));
    window.showView(window.changelogPage());
    window.openRepository(path);
    settle(50);
    ok = waitIdle(window) && ok;
    heartbeat.start(QStringLiteral("Reload, Changelog shown"));
    window.controller()->reload();
    settle(50);
    ok = waitIdle(window) && ok;

    heartbeat.start(QStringLiteral("Commits: type in the filter"));
    window.showView(window.commitsPage());
    window.commitsPage()->focusFilter();
    auto *filter = window.commitsPage()->findChild<QLineEdit *>(QStringLiteral("filter"));
    type(filter, QStringLiteral("fix api\b\b\b\b\b\b\bfeat cache\b\b\b\b\b\b\b\b\b\b"));
    auto *scope = window.commitsPage()->findChild<QComboBox *>(QStringLiteral("scope"));
    for (int index : {1, 2, 0}) {
        scope->setCurrentIndex(index);
        settle(150);
    }

    heartbeat.start(QStringLiteral("Releases: hide/show pre-releases, move"));
    window.showView(window.releasesPage());
    auto *preReleases = window.releasesPage()->findChild<QCheckBox *>(
            QStringLiteral("showPreReleases"));
    preReleases->setChecked(false);
    settle(200);
    preReleases->setChecked(true);
    settle(200);
    auto *table = window.releasesPage()->findChild<QTableView *>(QStringLiteral("table"));
    table->setFocus();
    for (int step = 0; step < 5; ++step)
        press(table, Qt::Key_Down);

    heartbeat.start(QStringLiteral("Changelog: switch the style"));
    window.showView(window.changelogPage());
    auto *style = window.changelogPage()->findChild<QComboBox *>(QStringLiteral("format"));
    for (int index : {1, 0}) {
        style->setCurrentIndex(index);
        ok = waitIdle(window) && ok;
    }
    heartbeat.stop();

    const qsizetype commits = window.controller()->report()->commits.size();
    std::printf("\n%s: %lld commit(s) since the last release, %d release(s) listed\n",
                qPrintable(path),
                static_cast<long long>(commits),
                window.releasesPage()->visibleRowCount());
    std::printf("  Metrics view filled %lld ms after the repository loaded (%lld ms after it was "
                "opened)\n",
                static_cast<long long>(metricsMs),
                static_cast<long long>(openedMs));
    std::printf("  %-40s %10s %12s\n", "step", "worst gap", "max CPU");
    for (const Worst &worst : heartbeat.worst())
        std::printf("  %-40s %7lld ms %9lld ms%s\n",
                    qPrintable(worst.step),
                    static_cast<long long>(worst.gap),
                    static_cast<long long>(worst.busy),
                    worst.gap > target ? "  over 50 ms" : "");
    std::fflush(stdout);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The recent-repositories list and other settings go to a test location, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("ReleaseDesk-bench"));
    git::Library library;

    QStringList args = QApplication::arguments().mid(1);
    int interval = 10;
    if (args.size() >= 2 && args.first() == u"--interval") {
        interval = args.at(1).toInt();
        args = args.mid(2);
    }
    if (args.isEmpty() || interval <= 0) {
        std::fprintf(stderr, "usage: bench_gui [--interval MS] REPOSITORY...\n");
        return 2;
    }
    std::printf("Heartbeat every %d ms on the GUI thread; worst gap between two ticks per step "
                "(target: none over %lld ms).\n",
                interval,
                static_cast<long long>(target));
    bool ok = true;
    for (const QString &path : std::as_const(args))
        ok = run(path, interval) && ok;
    return ok ? 0 : 1;
}
