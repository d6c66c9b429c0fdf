// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedcheck.h"
#include "releasescenario.h"

#include "git/library.h"
#include "git/references.h"
#include "release/branchcheck.h"
#include "release/pendingcommitscheck.h"
#include "release/preflight.h"
#include "release/tagcheck.h"
#include "release/upstreamcheck.h"
#include "release/versionordercheck.h"
#include "release/versionsourceprobe.h"
#include "release/versionsourcescheck.h"
#include "release/worktreecheck.h"
#include "util/fileio.h"

#include <QTest>

using namespace rd;
using rd::test::ReleaseScenario;
using CheckStatus = CheckResult::Status;

namespace {

class FakeProbe : public VersionSourceProbe
{
public:
    explicit FakeProbe(QList<VersionReading> readings)
        : m_readings(std::move(readings))
    {}
    Result<QList<VersionReading>> read() override { return m_readings; }

private:
    QList<VersionReading> m_readings;
};

VersionReading reading(const QString &source, const QString &text)
{
    auto version = Version::parse(text);
    return VersionReading{source, text, version ? std::optional<Version>(*version) : std::nullopt};
}

PreflightContext contextFor(ReleaseScenario &s)
{
    PreflightContext context(s.repo());
    context.remote = QStringLiteral("origin");
    context.remotes = &s.remotes();
    context.version = *Version::parse(u"1.1.0");
    context.tagName = QStringLiteral("v1.1.0");
    context.lastRelease = *Version::parse(u"1.0.0");
    context.lastReleaseTag = QStringLiteral("v1.0.0");
    context.commitsSinceLastRelease = 2;
    return context;
}

} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readyRepositoryPasses();
    void dirtyWorkTreeFails();
    void untrackedFilesOnlyWarn();
    void notOnAReleaseBranchFails();
    void behindUpstreamFailsWithFastForwardFix();
    void aheadOfUpstreamWarns();
    void tagOnTheRemoteFails();
    void localLeftoverTagCanBeDeleted();
    void versionMustGrow_data();
    void versionMustGrow();
    void nothingToRelease();
    void versionSources_data();
    void versionSources();
    void laterChecksCanBeAdded();

private:
    git::Library m_library;
};

void TestPreflight::readyRepositoryPasses()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    PreflightContext context = contextFor(s);
    Preflight preflight = Preflight::standard();
    const QList<CheckResult> results = preflight.run(context);
    QCOMPARE(results.size(), 7);
    for (const CheckResult &r : results)
        QVERIFY2(r.status == CheckStatus::Pass,
                 qPrintable(r.id + QStringLiteral(": ") + r.message));
    QVERIFY(Preflight::allowsRelease(results));
}

void TestPreflight::dirtyWorkTreeFails()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    s.local().writeFile(QStringLiteral("src/main.c"), "changed\n");
    PreflightContext context = contextFor(s);
    const CheckResult r = WorkTreeCheck().run(context, nullptr);
    QCOMPARE(r.status, CheckStatus::Fail);
    QVERIFY2(r.message.contains(QStringLiteral("src/main.c")), qPrintable(r.message));
    QVERIFY(!Preflight::allowsRelease({r}));
}

void TestPreflight::untrackedFilesOnlyWarn()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    s.local().writeFile(QStringLiteral("notes.txt"), "scratch\n");
    PreflightContext context = contextFor(s);
    const CheckResult r = WorkTreeCheck().run(context, nullptr);
    QCOMPARE(r.status, CheckStatus::Warn);
    QVERIFY(r.message.contains(QStringLiteral("notes.txt")));
    QVERIFY(Preflight::allowsRelease({r}));
}

void TestPreflight::notOnAReleaseBranchFails()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    s.local().setBranch(QStringLiteral("feature/x"), s.base());
    PreflightContext context = contextFor(s);
    CheckResult r = BranchCheck().run(context, nullptr);
    QCOMPARE(r.status, CheckStatus::Fail);
    QVERIFY(r.message.contains(QStringLiteral("feature/x")));
    context.settings.branches = {QStringLiteral("feature/*")};
    r = BranchCheck().run(context, nullptr);
    QCOMPARE(r.status, CheckStatus::Pass);
    s.local().detach(s.base());
    r = BranchCheck().run(context, nullptr);
    QCOMPARE(r.status, CheckStatus::Fail);
    QVERIFY(r.message.contains(QStringLiteral("detached")));
}

void TestPreflight::behindUpstreamFailsWithFastForwardFix()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    // Someone else pushed a commit: make it here, push it, and move main back.
    const git::Oid theirs = s.local().commit(QStringLiteral("fix: theirs"),
                                             {{QStringLiteral("src/main.c"), "theirs\n"}});
    QVERIFY(s.remotes().push(s.repo(),
                             QStringLiteral("origin"),
                             {QStringLiteral("refs/heads/main:refs/heads/main")},
                             nullptr));
    git::References refs(s.repo());
    QVERIFY(refs.set(QStringLiteral("refs/heads/main"), s.base(), theirs, QStringLiteral("test")));
    QVERIFY(refs.set(QStringLiteral("refs/remotes/origin/main"),
                     s.base(),
                     theirs,
                     QStringLiteral("test")));
    auto index = s.repo().index();
    QVERIFY(s.repo().index());
    s.local().writeFile(QStringLiteral("src/main.c"), "int main(void) { return extra() - 1; }\n");
    QVERIFY(index->addPath(QStringLiteral("src/main.c")));
    QVERIFY(index->write());

    PreflightContext context = contextFor(s);
    CheckResult r = UpstreamCheck().run(context, nullptr); // fetches first
    QCOMPARE(r.status, CheckStatus::Fail);
    QVERIFY2(r.message.contains(QStringLiteral("1 commit(s) behind origin/main")),
             qPrintable(r.message));
    QVERIFY(r.fix);
    QVERIFY(r.fix->label.contains(QStringLiteral("Fast-forward")));
    auto fixed = r.fix->apply(nullptr);
    RD_VERIFY_OK(fixed);
    QCOMPARE(s.local().head(), theirs);
    QCOMPARE(QString::fromUtf8(*rd::readFile(s.local().path() + QStringLiteral("/src/main.c"))),
             QStringLiteral("theirs\n"));
    r = UpstreamCheck().run(context, nullptr);
    QCOMPARE(r.status, CheckStatus::Pass);
}

void TestPreflight::aheadOfUpstreamWarns()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    s.local().commit(QStringLiteral("feat: local only"), {{QStringLiteral("y"), "y"}});
    PreflightContext context = contextFor(s);
    const CheckResult r = UpstreamCheck().run(context, nullptr);
    QCOMPARE(r.status, CheckStatus::Warn);
    QVERIFY(r.message.contains(QStringLiteral("not yet on origin/main")));
}

void TestPreflight::tagOnTheRemoteFails()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    PreflightContext context = contextFor(s);
    context.tagName = QStringLiteral("v1.0.0");
    const CheckResult r = TagCheck().run(context, nullptr);
    QCOMPARE(r.status, CheckStatus::Fail);
    QVERIFY(r.message.contains(QStringLiteral("already exists on origin")));
    QVERIFY(!r.fix); // never offer to delete a published tag
}

void TestPreflight::localLeftoverTagCanBeDeleted()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    s.local().tag(QStringLiteral("v1.1.0"), QStringLiteral("leftover"));
    PreflightContext context = contextFor(s);
    CheckResult r = TagCheck().run(context, nullptr);
    QCOMPARE(r.status, CheckStatus::Fail);
    QVERIFY(r.message.contains(QStringLiteral("not on origin")));
    QVERIFY(r.fix);
    QVERIFY(r.fix->apply(nullptr));
    PreflightContext again = contextFor(s);
    r = TagCheck().run(again, nullptr);
    QCOMPARE(r.status, CheckStatus::Pass);
}

void TestPreflight::versionMustGrow_data()
{
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("last");
    QTest::addColumn<int>("status");
    QTest::newRow("minor") << QStringLiteral("1.1.0") << QStringLiteral("1.0.0")
                           << int(CheckStatus::Pass);
    QTest::newRow("same") << QStringLiteral("1.0.0") << QStringLiteral("1.0.0")
                          << int(CheckStatus::Fail);
    QTest::newRow("lower") << QStringLiteral("0.9.0") << QStringLiteral("1.0.0")
                           << int(CheckStatus::Fail);
    QTest::newRow("pre-release of same")
            << QStringLiteral("1.0.0-rc.1") << QStringLiteral("1.0.0") << int(CheckStatus::Fail);
    QTest::newRow("final after rc")
            << QStringLiteral("1.0.0") << QStringLiteral("1.0.0-rc.2") << int(CheckStatus::Pass);
    QTest::newRow("first") << QStringLiteral("0.1.0") << QString() << int(CheckStatus::Pass);
}

void TestPreflight::versionMustGrow()
{
    QFETCH(QString, next);
    QFETCH(QString, last);
    QFETCH(int, status);
    rd::test::ScratchRepository scratch;
    PreflightContext context(scratch.repo());
    context.version = *Version::parse(next);
    if (!last.isEmpty())
        context.lastRelease = *Version::parse(last);
    QCOMPARE(int(VersionOrderCheck().run(context, nullptr).status), status);
}

void TestPreflight::nothingToRelease()
{
    rd::test::ScratchRepository scratch;
    PreflightContext context(scratch.repo());
    context.lastReleaseTag = QStringLiteral("v2.0.0");
    context.commitsSinceLastRelease = 0;
    const CheckResult r = PendingCommitsCheck().run(context, nullptr);
    QCOMPARE(r.status, CheckStatus::Fail);
    QVERIFY(r.message.contains(QStringLiteral("Nothing to release")));
    QVERIFY(r.message.contains(QStringLiteral("v2.0.0")));
}

void TestPreflight::versionSources_data()
{
    QTest::addColumn<QList<VersionReading>>("readings");
    QTest::addColumn<int>("status");
    QTest::newRow("agree") << QList<VersionReading>{reading(QStringLiteral("package.json"),
                                                            QStringLiteral("1.0.0")),
                                                    reading(QStringLiteral("Cargo.toml"),
                                                            QStringLiteral("1.0.0"))}
                           << int(CheckStatus::Pass);
    QTest::newRow("disagree") << QList<VersionReading>{reading(QStringLiteral("package.json"),
                                                               QStringLiteral("1.0.0")),
                                                       reading(QStringLiteral("Cargo.toml"),
                                                               QStringLiteral("1.0.1"))}
                              << int(CheckStatus::Fail);
    QTest::newRow("unreadable") << QList<VersionReading>{reading(QStringLiteral("setup.py"),
                                                                 QStringLiteral("dev"))}
                                << int(CheckStatus::Fail);
    QTest::newRow("ahead of last release")
            << QList<VersionReading>{reading(QStringLiteral("package.json"),
                                             QStringLiteral("1.1.0"))}
            << int(CheckStatus::Warn);
    QTest::newRow("none") << QList<VersionReading>{} << int(CheckStatus::Pass);
}

void TestPreflight::versionSources()
{
    QFETCH(QList<VersionReading>, readings);
    QFETCH(int, status);
    rd::test::ScratchRepository scratch;
    PreflightContext context(scratch.repo());
    context.lastRelease = *Version::parse(u"1.0.0");
    FakeProbe probe(readings);
    context.versionSources = &probe;
    const CheckResult r = VersionSourcesCheck().run(context, nullptr);
    QVERIFY2(int(r.status) == status, qPrintable(r.message));
    if (QTest::currentDataTag() == QByteArray("disagree"))
        QVERIFY(r.message.contains(QStringLiteral("Cargo.toml: 1.0.1")));
}

void TestPreflight::laterChecksCanBeAdded()
{
    class CiCheck : public PreflightCheck
    {
    public:
        QString id() const override { return QStringLiteral("ci-green"); }
        QString title() const override { return QStringLiteral("CI is green"); }
        CheckResult run(PreflightContext &, Progress *) override
        {
            return result(CheckResult::Status::Fail, QStringLiteral("build #12 failed"));
        }
    };
    rd::test::ScratchRepository scratch;
    PreflightContext context(scratch.repo());
    Preflight preflight;
    preflight.add(std::make_unique<CiCheck>());
    const auto results = preflight.run(context);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().id, QStringLiteral("ci-green"));
    QVERIFY(!Preflight::allowsRelease(results));
}

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
