// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedcheck.h"

#include "net/validatorcache.h"
#include "store/notificationlog.h"
#include "store/runhistory.h"
#include "store/schema.h"
#include "store/store.h"
#include "store/storevalidatorcache.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace rd;
using namespace rd::store;

namespace {

ForgeLocation github(const QString &project)
{
    ForgeLocation location;
    location.api = QUrl(QStringLiteral("http://127.0.0.1:9/api"));
    location.project = project;
    return location;
}

PipelineRun run(qint64 id, RunState state, const QString &workflow = QStringLiteral("CI"))
{
    PipelineRun run;
    run.id = id;
    run.workflow = workflow;
    run.ref = QStringLiteral("main");
    run.sha = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
    run.event = QStringLiteral("push");
    run.state = state;
    run.url = QUrl(QStringLiteral("http://127.0.0.1:9/octo/app/actions/runs/%1").arg(id));
    return run;
}

QString pragma(const Store &store, const QString &name)
{
    QSqlQuery query(store.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0).toString();
}

// sqlite3, another program, with `sql` on its standard input.
bool sqlite(const QString &file, const QByteArray &sql)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), file});
    process.write(sql);
    process.closeWriteChannel();
    return process.waitForFinished(20000) && process.exitCode() == 0
           && process.exitStatus() == QProcess::NormalExit;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaultPathIsInTheXdgDataFolder();
    void freshDatabaseIsCurrentAndInWalMode();
    void runStateChangesAreRecordedOnce();
    void previousOutcomeOfTheSameWorkflowAndRef();
    void migratesADatabaseOfTheFirstSchema();
    void migratesADatabaseOfThePreviousSchema();
    void openedRepositoriesAreRememberedUnpinned();
    void recentRunsOfEveryRefWithTheirJobs();
    void newerSchemaIsLeftAlone();
    void corruptFileIsMovedAsideAndStartedAfresh();
    void lockedFileFallsBackToMemoryAndSaysWhere();
    void twoThreadsWriteAtOnce();
    void notificationIsClaimedOncePerKey();
    void validatorCacheSurvivesARestart();
    void releasesAndSettingsRoundTrip();

private:
    QString file() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStore::defaultPathIsInTheXdgDataFolder()
{
    qputenv("XDG_DATA_HOME", m_dir->path().toUtf8());
    QCOMPARE(Store::defaultPath(), m_dir->path() + QStringLiteral("/releasedesk/history.sqlite"));
    Store store;
    QVERIFY2(!store.problem(),
             qPrintable(store.problem() ? store.problem()->toString() : QString()));
    QVERIFY(QFile::exists(m_dir->path() + QStringLiteral("/releasedesk/history.sqlite")));
    qunsetenv("XDG_DATA_HOME");
}

void TestStore::freshDatabaseIsCurrentAndInWalMode()
{
    Store store(file());
    QVERIFY(!store.problem());
    QVERIFY(store.isPersistent());
    QCOMPARE(store.schemaVersion(), schema::currentVersion());
    QCOMPARE(pragma(store, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(store, QStringLiteral("user_version")).toInt(), schema::currentVersion());
    RunHistory history(store);
    RD_VERIFY_OK(history.repositoryId(github(QStringLiteral("octo/app"))));
    QVERIFY(QFile::exists(file() + QStringLiteral("-wal")));
}

void TestStore::runStateChangesAreRecordedOnce()
{
    Store store(file());
    RunHistory history(store);
    auto repo = history.repositoryId(github(QStringLiteral("octo/app")));
    RD_VERIFY_OK(repo);
    QCOMPARE(*history.repositoryId(github(QStringLiteral("octo/app"))), *repo);
    const QDateTime t0 = QDateTime::currentDateTimeUtc();

    auto first = history.recordRun(*repo, run(7, RunState::Queued), t0);
    RD_VERIFY_OK(first);
    QVERIFY(first->isNew && first->changed);
    auto same = history.recordRun(*repo, run(7, RunState::Queued), t0.addSecs(5));
    RD_VERIFY_OK(same);
    QVERIFY(!same->isNew && !same->changed);
    auto done = history.recordRun(*repo, run(7, RunState::Failed), t0.addSecs(10));
    RD_VERIFY_OK(done);
    QVERIFY(done->changed);
    QCOMPARE(done->previous, RunState::Queued);

    auto changes = history.recentChanges(10);
    RD_VERIFY_OK(changes);
    QCOMPARE(changes->size(), 2);
    QCOMPARE(changes->at(0).to, RunState::Failed);
    QCOMPARE(changes->at(0).from, std::optional<RunState>(RunState::Queued));
    QCOMPARE(changes->at(0).at, t0.addSecs(10));
    QCOMPARE(changes->at(1).from, std::optional<RunState>());
    QCOMPARE(changes->at(1).project, QStringLiteral("octo/app"));

    PipelineRun withJobs = run(7, RunState::Failed);
    PipelineJob job;
    job.id = 70;
    job.name = QStringLiteral("test");
    job.state = RunState::Failed;
    withJobs.jobs = {job};
    RD_VERIFY_OK(history.recordJobs(*repo, withJobs));
    auto runs = history.runs(*repo, QStringLiteral("main"));
    RD_VERIFY_OK(runs);
    QCOMPARE(runs->size(), 1);
    QCOMPARE(runs->at(0).state, RunState::Failed);
}

void TestStore::previousOutcomeOfTheSameWorkflowAndRef()
{
    Store store(file());
    RunHistory history(store);
    const qint64 repo = *history.repositoryId(github(QStringLiteral("octo/app")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    RD_VERIFY_OK(history.recordRun(repo, run(1, RunState::Failed), now));
    RD_VERIFY_OK(history.recordRun(repo, run(2, RunState::Success, QStringLiteral("Docs")), now));
    RD_VERIFY_OK(history.recordRun(repo, run(3, RunState::Cancelled), now));
    auto before = history.previousOutcome(repo, run(4, RunState::Success));
    RD_VERIFY_OK(before);
    // The cancelled run and the other workflow's run do not count.
    QCOMPARE(*before, std::optional<RunState>(RunState::Failed));
    auto none = history.previousOutcome(repo, run(1, RunState::Success));
    RD_VERIFY_OK(none);
    QVERIFY(!none->has_value());
}

void TestStore::migratesADatabaseOfTheFirstSchema()
{
    QFile ddl(qEnvironmentVariable("RELEASEDESK_STORE_SCHEMA_V1"));
    QVERIFY2(ddl.open(QIODevice::ReadOnly), qPrintable(ddl.fileName()));
    QVERIFY(sqlite(file(),
                   ddl.readAll()
                           + "INSERT INTO repositories VALUES (1, 'github', "
                             "'http://127.0.0.1:9/api', 'octo/app', 1, '2026-01-01T00:00:00Z');"
                             "INSERT INTO runs VALUES (1, 5, 'CI', 'main', 'abc', 'push', "
                             "'failed', 'http://127.0.0.1:9/r/5', NULL, NULL, "
                             "'2026-01-01T00:00:00Z');"
                             "INSERT INTO notifications VALUES ('run-5-failed', 1, 5, "
                             "'CI failed', '2026-01-01T00:00:00Z');"));

    Store store(file());
    QVERIFY2(!store.problem(),
             qPrintable(store.problem() ? store.problem()->toString() : QString()));
    QCOMPARE(store.schemaVersion(), schema::currentVersion());
    QCOMPARE(pragma(store, QStringLiteral("user_version")).toInt(), schema::currentVersion());
    RunHistory history(store);
    QCOMPARE(*history.repositoryId(github(QStringLiteral("octo/app"))), 1);
    auto runs = history.runs(1, QStringLiteral("main"));
    RD_VERIFY_OK(runs);
    QCOMPARE(runs->size(), 1);
    QCOMPARE(runs->at(0).state, RunState::Failed);
    // The old notification still counts, and the new column and tables work.
    NotificationLog log(store);
    QCOMPARE(*log.claim(QStringLiteral("run-5-failed"), 1, 5, QStringLiteral("again")), false);
    RD_VERIFY_OK(log.setServerId(QStringLiteral("run-5-failed"), 42));
    QCOMPARE(*log.lastServerId(1, 5), 42u);
    StoreValidatorCache cache(store);
    cache.store(QStringLiteral("k"), {"\"e\"", {}, "{}", {}});
    QVERIFY(cache.find(QStringLiteral("k")).has_value());
}

// Schema 2 (before the watch plan): a pinned repository with a release keeps both, and gains
// the columns of what opening it tells.
void TestStore::migratesADatabaseOfThePreviousSchema()
{
    QCOMPARE(schema::currentVersion(), 3);
    QFile ddl(qEnvironmentVariable("RELEASEDESK_STORE_SCHEMA_V2"));
    QVERIFY2(ddl.open(QIODevice::ReadOnly), qPrintable(ddl.fileName()));
    QVERIFY(sqlite(file(),
                   ddl.readAll()
                           + "INSERT INTO repositories VALUES (1, 'github', "
                             "'http://127.0.0.1:9/api', 'octo/app', 1, '2026-01-01T00:00:00Z');"
                             "INSERT INTO releases VALUES (1, 1, 'v1.0.0', 'abc', "
                             "'2026-01-02T00:00:00Z');"
                             "INSERT INTO notify_settings VALUES (1, 1, 1, 0, 0, '');"));
    Store store(file());
    QVERIFY2(!store.problem(),
             qPrintable(store.problem() ? store.problem()->toString() : QString()));
    QCOMPARE(store.schemaVersion(), 3);
    RunHistory history(store);
    auto known = history.repositories();
    RD_VERIFY_OK(known);
    QCOMPARE(known->size(), 1);
    QVERIFY(known->at(0).pinned);
    QVERIFY(known->at(0).defaultBranch.isEmpty());
    QVERIFY(!known->at(0).openedAt.isValid());
    QCOMPARE(history.releases(1)->first().tag, QStringLiteral("v1.0.0"));
    QVERIFY(NotificationLog(store).settings(1)->failuresOnly);
    const QDateTime at = QDateTime::fromString(QStringLiteral("2026-12-01T10:00:00Z"), Qt::ISODate);
    RD_VERIFY_OK(history.noteOpened(github(QStringLiteral("octo/app")),
                                    {QStringLiteral("main"), QStringLiteral("v1.1.0")},
                                    at));
    known = history.repositories();
    QCOMPARE(known->at(0).defaultBranch, QStringLiteral("main"));
    QCOMPARE(known->at(0).latestTag, QStringLiteral("v1.1.0"));
    QCOMPARE(known->at(0).openedAt, at);
    QVERIFY(known->at(0).pinned); // opening does not unpin
}

// Opening adds a repository unpinned and updates what it knows; a release made from
// ReleaseDesk pins it.
void TestStore::openedRepositoriesAreRememberedUnpinned()
{
    Store store(file());
    RunHistory history(store);
    const QDateTime first = QDateTime::fromString(QStringLiteral("2026-11-01T08:00:00Z"),
                                                  Qt::ISODate);
    auto changed = history.noteOpened(github(QStringLiteral("octo/app")),
                                      {QStringLiteral("main"), QString()},
                                      first);
    RD_VERIFY_OK(changed);
    QVERIFY(*changed); // new
    auto known = history.repositories();
    RD_VERIFY_OK(known);
    QCOMPARE(known->size(), 1);
    QVERIFY(!known->at(0).pinned);
    QVERIFY(known->at(0).latestTag.isEmpty());
    QCOMPARE(known->at(0).openedAt, first);
    changed = history.noteOpened(github(QStringLiteral("octo/app")),
                                 {QStringLiteral("trunk"), QStringLiteral("v2.0.0")},
                                 first.addDays(3));
    QVERIFY(*changed);
    known = history.repositories();
    QCOMPARE(known->size(), 1);
    QCOMPARE(known->at(0).defaultBranch, QStringLiteral("trunk"));
    QCOMPARE(known->at(0).latestTag, QStringLiteral("v2.0.0"));
    QCOMPARE(known->at(0).openedAt, first.addDays(3));
    // Opened again as it was: nothing a watch follows changed. Without a known default branch
    // the one known stays.
    changed = history.noteOpened(github(QStringLiteral("octo/app")),
                                 {QString(), QStringLiteral("v2.0.0")},
                                 first.addDays(4));
    QVERIFY(!*changed);
    known = history.repositories();
    QCOMPARE(known->at(0).defaultBranch, QStringLiteral("trunk"));
    QCOMPARE(known->at(0).openedAt, first.addDays(4));
    RD_VERIFY_OK(history.recordRelease(known->at(0).id,
                                       {QStringLiteral("v2.1.0"), QStringLiteral("abc"), first}));
    QVERIFY(history.repositories()->at(0).pinned);
}

// What the Metrics view's pipeline health reads back: the newest runs of all refs, with their
// jobs; an unknown repository is not added by asking.
void TestStore::recentRunsOfEveryRefWithTheirJobs()
{
    Store store(file());
    RunHistory history(store);
    auto unknown = history.findRepository(github(QStringLiteral("octo/none")));
    RD_VERIFY_OK(unknown);
    QVERIFY(!unknown->has_value());
    QVERIFY(history.repositories()->isEmpty());
    const qint64 repo = *history.repositoryId(github(QStringLiteral("octo/app")));
    QCOMPARE(**history.findRepository(github(QStringLiteral("octo/app"))), repo);
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-12-01T10:00:00Z"),
                                                Qt::ISODate);
    for (qint64 id = 1; id <= 3; ++id) {
        PipelineRun each = run(id, id == 2 ? RunState::Failed : RunState::Success);
        each.ref = id == 3 ? QStringLiteral("v1.0.0") : QStringLiteral("main");
        each.started = now.addSecs(id * 600);
        each.finished = each.started.addSecs(120);
        PipelineJob job;
        job.id = id * 10;
        job.name = QStringLiteral("build");
        job.state = each.state;
        job.started = each.started.addSecs(15);
        job.finished = each.finished;
        each.jobs = {job};
        RD_VERIFY_OK(history.recordRun(repo, each, now));
        RD_VERIFY_OK(history.recordJobs(repo, each));
    }
    auto runs = history.recentRuns(repo, 2);
    RD_VERIFY_OK(runs);
    QCOMPARE(runs->size(), 2);
    // Run 1 is outside the newest two: neither it nor its job comes back.
    for (const PipelineRun &each : *runs) {
        QVERIFY(each.id != 1);
        for (const PipelineJob &job : each.jobs)
            QVERIFY(job.id != 10);
    }
    QCOMPARE(runs->at(0).id, 3);
    QCOMPARE(runs->at(0).ref, QStringLiteral("v1.0.0"));
    QCOMPARE(runs->at(1).state, RunState::Failed);
    QCOMPARE(runs->at(1).jobs.size(), 1);
    QCOMPARE(runs->at(1).jobs.at(0).id, 20);
    QCOMPARE(runs->at(1).jobs.at(0).started, now.addSecs(1215));
    QCOMPARE(runs->at(1).durationSeconds(), std::optional<qint64>(120));
}

void TestStore::newerSchemaIsLeftAlone()
{
    QVERIFY(sqlite(file(), "CREATE TABLE future (x); PRAGMA user_version = 99;"));
    const QByteArray before = [&] {
        QFile f(file());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    Store store(file());
    QVERIFY(store.problem());
    QCOMPARE(store.problem()->code, errc::storeTooNew.toString());
    QCOMPARE(store.problem()->source, file());
    QVERIFY(!store.isPersistent());
    // Still usable, in memory.
    RD_VERIFY_OK(RunHistory(store).repositoryId(github(QStringLiteral("octo/app"))));
    QFile after(file());
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

void TestStore::corruptFileIsMovedAsideAndStartedAfresh()
{
    {
        QFile damaged(file());
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray("this was a history database once; ").repeated(200));
    }
    Store store(file());
    QVERIFY(store.problem());
    QCOMPARE(store.problem()->code, errc::storeCorrupt.toString());
    QCOMPARE(store.problem()->source, file());
    QVERIFY2(store.problem()->message.contains(QStringLiteral(".corrupt-")),
             qPrintable(store.problem()->message));
    QVERIFY(store.isPersistent());
    const QStringList aside = QDir(m_dir->path())
                                      .entryList({QStringLiteral("history.sqlite.corrupt-*")});
    QCOMPARE(aside.size(), 1);
    QFile kept(m_dir->filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(kept.readAll().startsWith("this was a history database once"));
    RD_VERIFY_OK(RunHistory(store).repositoryId(github(QStringLiteral("octo/app"))));
    QCOMPARE(pragma(store, QStringLiteral("user_version")).toInt(), schema::currentVersion());
}

void TestStore::lockedFileFallsBackToMemoryAndSaysWhere()
{
    {
        Store first(file());
        QVERIFY(!first.problem());
    }
    // Another program holds the write lock until we close its input.
    QProcess holder;
    holder.setProcessChannelMode(QProcess::MergedChannels);
    // Interactive: it answers each line at once instead of when its input ends.
    holder.start(QStringLiteral("sqlite3"), {QStringLiteral("-interactive"), file()});
    QVERIFY(holder.waitForStarted());
    holder.write("BEGIN EXCLUSIVE; INSERT INTO releases VALUES (1, 1, 'x', 'y', 'z');"
                 "SELECT 'holding';\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += holder.readAll()).contains("\nholding")
                                     || holder.state() == QProcess::NotRunning,
                             10000);
    QCOMPARE(holder.state(), QProcess::Running);

    Store store(file());
    QVERIFY(store.problem());
    QCOMPARE(store.problem()->code, errc::storeLocked.toString());
    QCOMPARE(store.problem()->source, file());
    QVERIFY(!store.isPersistent());
    RunHistory history(store);
    auto repo = history.repositoryId(github(QStringLiteral("octo/app")));
    RD_VERIFY_OK(repo);
    RD_VERIFY_OK(
            history.recordRun(*repo, run(1, RunState::Running), QDateTime::currentDateTimeUtc()));

    holder.write("ROLLBACK;\n");
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    // Once the other program is gone the file is fine again.
    Store later(file());
    QVERIFY(!later.problem());
}

void TestStore::twoThreadsWriteAtOnce()
{
    Store store(file());
    const qint64 repo = *RunHistory(store).repositoryId(github(QStringLiteral("octo/app")));
    std::atomic<int> claimed{0};
    std::atomic<int> failures{0};
    auto work = [&](int offset) {
        RunHistory history(store);
        NotificationLog log(store);
        for (int i = 0; i < 100; ++i) {
            if (!history.recordRun(repo,
                                   run(offset + i, RunState::Running),
                                   QDateTime::currentDateTimeUtc()))
                ++failures;
            // Both threads try to claim the same 100 keys.
            auto mine = log.claim(QStringLiteral("key-%1").arg(i), repo, i, QStringLiteral("s"));
            if (!mine)
                ++failures;
            else if (*mine)
                ++claimed;
        }
        store.releaseThreadConnection();
    };
    std::unique_ptr<QThread> a(QThread::create(work, 0));
    std::unique_ptr<QThread> b(QThread::create(work, 1000));
    a->start();
    b->start();
    QVERIFY(a->wait(60000));
    QVERIFY(b->wait(60000));
    QCOMPARE(failures.load(), 0);
    QCOMPARE(claimed.load(), 100);
    auto changes = RunHistory(store).recentChanges(1000);
    RD_VERIFY_OK(changes);
    QCOMPARE(changes->size(), 200);
}

void TestStore::notificationIsClaimedOncePerKey()
{
    Store one(file());
    Store two(file()); // as a second window or the CLI would open it
    const qint64 repo = *RunHistory(one).repositoryId(github(QStringLiteral("octo/app")));
    NotificationLog first(one);
    NotificationLog second(two);
    QCOMPARE(*first.claim(QStringLiteral("r1/failed"), repo, 1, QStringLiteral("CI failed")), true);
    QCOMPARE(*second.claim(QStringLiteral("r1/failed"), repo, 1, QStringLiteral("CI failed")),
             false);
    QCOMPARE(*second.claim(QStringLiteral("r1/success"), repo, 1, QStringLiteral("CI fixed")),
             true);
    QCOMPARE(*first.sentFor(repo, 1), 2);
    QCOMPARE(*first.lastServerId(repo, 1), 0u);
    RD_VERIFY_OK(first.setServerId(QStringLiteral("r1/failed"), 12));
    QCOMPARE(*second.lastServerId(repo, 1), 12u);
}

void TestStore::validatorCacheSurvivesARestart()
{
    net::CachedResponse response{"W/\"abc\"",
                                 "Tue, 01 Dec 2026 10:00:00 GMT",
                                 "[1,2]",
                                 {{"Link", "<http://127.0.0.1:9/p?page=2>; rel=\"next\""}}};
    {
        Store store(file());
        StoreValidatorCache cache(store);
        QVERIFY(!cache.find(QStringLiteral("GET http://127.0.0.1:9/a")).has_value());
        cache.store(QStringLiteral("GET http://127.0.0.1:9/a"), response);
    }
    Store store(file());
    StoreValidatorCache cache(store);
    auto found = cache.find(QStringLiteral("GET http://127.0.0.1:9/a"));
    QVERIFY(found.has_value());
    QCOMPARE(found->etag, response.etag);
    QCOMPARE(found->lastModified, response.lastModified);
    QCOMPARE(found->body, response.body);
    QCOMPARE(found->headers, response.headers);
}

void TestStore::releasesAndSettingsRoundTrip()
{
    Store store(file());
    RunHistory history(store);
    const qint64 repo = *history.repositoryId(github(QStringLiteral("octo/app")));
    const QDateTime made = QDateTime::currentDateTimeUtc();
    RD_VERIFY_OK(
            history.recordRelease(repo, {QStringLiteral("v1.4.0"), QStringLiteral("abc"), made}));
    auto releases = history.releases(repo);
    RD_VERIFY_OK(releases);
    QCOMPARE(releases->size(), 1);
    QCOMPARE(releases->at(0).tag, QStringLiteral("v1.4.0"));
    QCOMPARE(releases->at(0).madeAt, made);

    NotificationLog log(store);
    QCOMPARE(*log.settings(repo), NotifySettings());
    NotifySettings settings;
    settings.failuresOnly = true;
    settings.myRunsOnly = true;
    settings.myLogin = QStringLiteral("ada");
    RD_VERIFY_OK(log.setSettings(repo, settings));
    QCOMPARE(*log.settings(repo), settings);

    RD_VERIFY_OK(history.setPinned(github(QStringLiteral("octo/other")), true));
    RD_VERIFY_OK(history.setPinned(github(QStringLiteral("octo/app")), false));
    auto pinned = history.pinnedRepositories();
    RD_VERIFY_OK(pinned);
    QCOMPARE(pinned->size(), 1);
    QCOMPARE(pinned->at(0).project, QStringLiteral("octo/other"));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
