// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedcheck.h"
#include "scratchrepository.h"

#include "config/projectconfig.h"
#include "git/library.h"

#include "store/runhistory.h"
#include "store/store.h"
#include "watch/watchplan.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::watch;
using rd::test::ScratchRepository;

namespace {

ForgeLocation github(const QString &project)
{
    ForgeLocation location;
    location.api = QUrl(QStringLiteral("http://127.0.0.1:9/api"));
    location.project = project;
    return location;
}

QStringList describe(const QList<WatchTarget> &targets)
{
    QStringList lines;
    for (const WatchTarget &target : targets)
        lines.append(QStringLiteral("%1 %2 %3 %4")
                             .arg(target.location.project,
                                  target.isTag() ? QStringLiteral("tag") : QStringLiteral("branch"),
                                  target.value,
                                  target.token));
    return lines;
}

} // namespace

// What the background watch follows, from what the store knows.
class TestWatchPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pinnedOrRecentRepositories();
    void scopeNamesRoundTrip();
    void openingNotesTheForgeAndDefaultBranch();

private:
    void fill(const store::RunHistory &history);
    git::Library m_library;
    QTemporaryDir m_dir;
    const QDateTime m_now = QDateTime::fromString(QStringLiteral("2026-12-07T12:00:00Z"),
                                                  Qt::ISODate);
};

// Four repositories: pinned by a release made here (and opened), pinned without ever being
// opened, opened a week ago, opened two months ago.
void TestWatchPlan::fill(const store::RunHistory &history)
{
    const auto released = github(QStringLiteral("octo/released"));
    RD_VERIFY_OK(history.noteOpened(released,
                                    {QStringLiteral("main"), QStringLiteral("v1.3.0")},
                                    m_now.addDays(-1)));
    auto id = history.repositoryId(released);
    RD_VERIFY_OK(id);
    RD_VERIFY_OK(history.recordRelease(*id,
                                       {QStringLiteral("v1.4.0"),
                                        QStringLiteral("abc"),
                                        m_now.addSecs(-600)}));
    RD_VERIFY_OK(history.repositoryId(github(QStringLiteral("octo/watched")))); // a CLI watch
    // Released from ReleaseDesk, never opened here: its release tag only.
    auto releasedOnly = history.repositoryId(github(QStringLiteral("octo/released-only")));
    RD_VERIFY_OK(releasedOnly);
    RD_VERIFY_OK(history.recordRelease(*releasedOnly,
                                       {QStringLiteral("v0.9.0"),
                                        QStringLiteral("def"),
                                        m_now.addDays(-2)}));
    RD_VERIFY_OK(history.noteOpened(github(QStringLiteral("octo/lately")),
                                    {QStringLiteral("develop"), QStringLiteral("2.0.0")},
                                    m_now.addDays(-7)));
    RD_VERIFY_OK(history.noteOpened(github(QStringLiteral("octo/long-ago")),
                                    {QStringLiteral("main"), QString()},
                                    m_now.addDays(-60)));
}

void TestWatchPlan::pinnedOrRecentRepositories()
{
    store::Store store(m_dir.filePath(QStringLiteral("plan.sqlite")));
    const store::RunHistory history(store);
    fill(history);
    if (QTest::currentTestFailed())
        return;
    WatchPlanOptions options;
    options.now = m_now;
    auto targets = plannedTargets(history, options, [](const ForgeLocation &location) {
        return location.project == u"octo/released" ? QStringLiteral("secret") : QString();
    });
    RD_VERIFY_OK(targets);
    // The released repository: its default branch, the release made here, the latest tag seen
    // when it was opened. The pinned one never opened has nothing known to follow yet.
    QCOMPARE(describe(*targets),
             QStringList({QStringLiteral("octo/released branch main secret"),
                          QStringLiteral("octo/released tag v1.4.0 secret"),
                          QStringLiteral("octo/released tag v1.3.0 secret"),
                          QStringLiteral("octo/released-only tag v0.9.0 ")}));

    // "All recent": the one opened a week ago too, not the one of two months ago.
    options.scope = WatchScope::Recent;
    targets = plannedTargets(history, options, {});
    RD_VERIFY_OK(targets);
    QCOMPARE(describe(*targets),
             QStringList({QStringLiteral("octo/released branch main "),
                          QStringLiteral("octo/released tag v1.4.0 "),
                          QStringLiteral("octo/released tag v1.3.0 "),
                          QStringLiteral("octo/released-only tag v0.9.0 "),
                          QStringLiteral("octo/lately branch develop "),
                          QStringLiteral("octo/lately tag 2.0.0 ")}));
    // A shorter window leaves the week-old one out; a release tag seen twice is followed once.
    options.recentDays = 3;
    RD_VERIFY_OK(history.noteOpened(github(QStringLiteral("octo/released")),
                                    {QStringLiteral("main"), QStringLiteral("v1.4.0")},
                                    m_now));
    targets = plannedTargets(history, options, {});
    RD_VERIFY_OK(targets);
    QCOMPARE(describe(*targets),
             QStringList({QStringLiteral("octo/released branch main "),
                          QStringLiteral("octo/released tag v1.4.0 "),
                          QStringLiteral("octo/released-only tag v0.9.0 ")}));
}

void TestWatchPlan::scopeNamesRoundTrip()
{
    for (WatchScope scope : {WatchScope::Pinned, WatchScope::Recent})
        QCOMPARE(watchScopeFromName(watchScopeName(scope)), scope);
    QCOMPARE(watchScopeFromName(u"everything"), WatchScope::Pinned);
}

// Opening a clone notes its forge (from the push remote, no network), the remote's default
// branch and the latest release tag; a clone without a forge says so.
void TestWatchPlan::openingNotesTheForgeAndDefaultBranch()
{
    store::Store store(m_dir.filePath(QStringLiteral("opened.sqlite")));
    const store::RunHistory history(store);
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: first"), {{QStringLiteral("a.txt"), "x"}});
    auto none = noteOpened(history,
                           scratch.repo(),
                           ProjectConfig(),
                           QStringLiteral("v1.0.0"),
                           m_now);
    QVERIFY(!none);
    QCOMPARE(none.error().code, errc::forgeUnknown.toString());
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("remote"),
                      QStringLiteral("add"),
                      QStringLiteral("origin"),
                      QStringLiteral("git@github.com:octo/app.git")},
          QStringList{QStringLiteral("symbolic-ref"),
                      QStringLiteral("refs/remotes/origin/HEAD"),
                      QStringLiteral("refs/remotes/origin/trunk")}}) {
        QProcess git;
        git.setWorkingDirectory(scratch.path());
        git.start(QStringLiteral("git"), arguments);
        QVERIFY(git.waitForFinished());
        QCOMPARE(git.exitCode(), 0);
    }
    RD_VERIFY_OK(
            noteOpened(history, scratch.repo(), ProjectConfig(), QStringLiteral("v1.0.0"), m_now));
    auto known = history.repositories();
    RD_VERIFY_OK(known);
    QCOMPARE(known->size(), 1);
    QCOMPARE(known->at(0).location.project, QStringLiteral("octo/app"));
    QCOMPARE(known->at(0).location.type, ForgeLocation::Type::GitHub);
    QCOMPARE(known->at(0).defaultBranch, QStringLiteral("trunk"));
    QCOMPARE(known->at(0).latestTag, QStringLiteral("v1.0.0"));
    QCOMPARE(known->at(0).openedAt, m_now);
    QVERIFY(!known->at(0).pinned);
}

QTEST_GUILESS_MAIN(TestWatchPlan)
#include "tst_watchplan.moc"
