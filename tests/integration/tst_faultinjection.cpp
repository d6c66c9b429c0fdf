// SPDX-License-Identifier: GPL-3.0-or-later
// Kills the release driver at every step boundary, then resumes (or aborts) in a new process:
// the release ends exactly once — one commit, one tag, the remote consistent — or is undone.
#include "drivertools.h"
#include "releasescenario.h"

#include "git/library.h"
#include "git/references.h"
#include "git/worktreestatus.h"
#include "release/journal.h"
#include "util/fileio.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using rd::test::ReleaseScenario;
using rd::test::runDriver;

class TestFaultInjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killThenRecover_data();
    void killThenRecover();

private:
    git::Library m_library;
};

void TestFaultInjection::initTestCase()
{
    QVERIFY2(QFileInfo::exists(qEnvironmentVariable("RELEASEDESK_DRIVER")),
             "RELEASEDESK_DRIVER must name the releasedriver executable");
}

void TestFaultInjection::killThenRecover_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<int>("step");
    QTest::addColumn<bool>("abort");
    const QStringList variables{QStringLiteral("RELEASEDESK_FAIL_BEFORE_STEP"),
                                QStringLiteral("RELEASEDESK_FAIL_AFTER_STEP"),
                                QStringLiteral("RELEASEDESK_FAIL_AFTER_JOURNAL")};
    // The plan: 1 write package.json, 2 write CHANGELOG.md, 3 commit, 4 tag, 5 push.
    for (int step = 1; step <= 5; ++step)
        for (const QString &variable : variables)
            for (bool abort : {false, true})
                QTest::addRow("%s=%d then %s",
                              qPrintable(variable),
                              step,
                              abort ? "abort" : "resume")
                        << variable << step << abort;
}

void TestFaultInjection::killThenRecover()
{
    QFETCH(QString, variable);
    QFETCH(int, step);
    QFETCH(bool, abort);

    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    QTemporaryDir inputs;
    const QByteArray package = ReleaseScenario::packageJson(QStringLiteral("1.1.0"));
    const QByteArray changelog = ReleaseScenario::changelogAfter(QStringLiteral("1.1.0"));
    QVERIFY(writeFileAtomically(inputs.filePath(QStringLiteral("package.json")), package));
    QVERIFY(writeFileAtomically(inputs.filePath(QStringLiteral("CHANGELOG.md")), changelog));
    const QStringList release{QStringLiteral("release"),
                              QStringLiteral("--repo"),
                              s.local().path(),
                              QStringLiteral("--version"),
                              QStringLiteral("1.1.0"),
                              QStringLiteral("--notes"),
                              QStringLiteral("Release notes for 1.1.0"),
                              QStringLiteral("--no-keychain"),
                              QStringLiteral("--write"),
                              QStringLiteral("package.json=")
                                      + inputs.filePath(QStringLiteral("package.json")),
                              QStringLiteral("--write"),
                              QStringLiteral("CHANGELOG.md=")
                                      + inputs.filePath(QStringLiteral("CHANGELOG.md"))};
    QProcessEnvironment kill;
    kill.insert(variable, QString::number(step));
    const auto killed = runDriver(release, kill);
    QVERIFY2(killed.crashed || killed.exitCode != 0, qPrintable(killed.output));
    QVERIFY2(killed.output.contains(QStringLiteral("fault injection")), qPrintable(killed.output));

    auto journal = Journal::load(s.repo().gitDir());
    QVERIFY(journal && *journal);
    QVERIFY((*journal)->isUnfinished());

    // Reopen: the driver changed the repository behind this process's back.
    auto repo = git::Repository::open(s.local().path());
    QVERIFY(repo);
    git::References refs(*repo);
    const QStringList recover{abort ? QStringLiteral("abort") : QStringLiteral("resume"),
                              QStringLiteral("--repo"),
                              s.local().path(),
                              QStringLiteral("--no-keychain")};

    if (!abort) {
        const auto resumed = runDriver(recover);
        QVERIFY2(!resumed.crashed && resumed.exitCode == 0, qPrintable(resumed.output));
        // Exactly one release commit on the base, one new tag on it, the remote in step.
        QCOMPARE(s.commitsSinceBase(), 1);
        const git::Oid head = *repo->headId();
        auto tags = repo->tags();
        QVERIFY(tags);
        QCOMPARE(tags->size(), 2); // v1.0.0 and v1.1.0
        auto tag = refs.target(QStringLiteral("refs/tags/v1.1.0"));
        QVERIFY(tag && *tag);
        for (const git::TagRef &t : *tags)
            if (t.name == u"v1.1.0")
                QCOMPARE(t.target, head);
        QCOMPARE(s.remoteRef(QStringLiteral("refs/heads/main")), std::optional<git::Oid>(head));
        QCOMPARE(s.remoteRef(QStringLiteral("refs/tags/v1.1.0")), *tag);
        QCOMPARE(*readFile(QDir(s.local().path()).filePath(QStringLiteral("package.json"))),
                 package);
        auto status = git::WorkTreeStatus::read(*repo, true);
        QVERIFY(status && status->isClean());
        auto finished = Journal::load(repo->gitDir());
        QCOMPARE((*finished)->state, Journal::State::Completed);
        return;
    }

    const bool pushed = step == 5 && variable != u"RELEASEDESK_FAIL_BEFORE_STEP";
    if (pushed) {
        // The release reached the remote: abort refuses without confirmation, changing nothing.
        const auto refused = runDriver(recover);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.output.contains(QStringLiteral("release.remote-confirm")),
                 qPrintable(refused.output));
        QCOMPARE(s.commitsSinceBase(), 1);
        QVERIFY(s.remoteRef(QStringLiteral("refs/tags/v1.1.0")));
        const auto confirmed = runDriver(recover + QStringList{QStringLiteral("--confirm-remote")});
        QVERIFY2(!confirmed.crashed && confirmed.exitCode == 0, qPrintable(confirmed.output));
    } else {
        const auto aborted = runDriver(recover);
        QVERIFY2(!aborted.crashed && aborted.exitCode == 0, qPrintable(aborted.output));
    }
    // Back where the release started, here and on the remote.
    QCOMPARE(*repo->headId(), s.base());
    QVERIFY(!*refs.target(QStringLiteral("refs/tags/v1.1.0")));
    QCOMPARE(*readFile(QDir(s.local().path()).filePath(QStringLiteral("package.json"))),
             ReleaseScenario::packageJson(QStringLiteral("1.0.0")));
    QCOMPARE(*readFile(QDir(s.local().path()).filePath(QStringLiteral("CHANGELOG.md"))),
             ReleaseScenario::changelogBefore());
    auto status = git::WorkTreeStatus::read(*repo, true);
    QVERIFY(status && status->isClean());
    QCOMPARE(s.remoteRef(QStringLiteral("refs/heads/main")), std::optional<git::Oid>(s.base()));
    QVERIFY(!s.remoteRef(QStringLiteral("refs/tags/v1.1.0")));
    auto finished = Journal::load(repo->gitDir());
    QCOMPARE((*finished)->state, Journal::State::Aborted);
}

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"
