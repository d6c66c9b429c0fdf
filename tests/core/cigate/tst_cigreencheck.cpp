// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedcheck.h"
#include "forgedouble.h"
#include "scratchrepository.h"

#include "cigate/cigreencheck.h"
#include "cigate/securityjobscheck.h"
#include "forge/forgetoken.h"
#include "git/library.h"
#include "net/filevalidatorcache.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace rd;
using rd::test::ScratchRepository;

class TestCiGreenCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void failedRunFailsTheGateAndNamesTheJob();
    void pendingRunWarns();
    void waitForCiEndsWhenTheRunsDo();
    void waitForCiStopsOnStop();
    void allGreenPasses();
    void requiredWorkflowsOnly();
    void successfulRerunReplacesTheFailure();
    void noForgeIsNotChecked();
    void securityJobsWarnWithFileAndLine();

private:
    void makeProject(const QByteArray &extraConfig = {});
    CheckResult check();
    ForgeConnection::Options options() const;

    git::Library m_library;
    ForgeDouble m_double;
    std::unique_ptr<ScratchRepository> m_scratch;
    QString m_head;
    QTemporaryDir m_cache;
};

void TestCiGreenCheck::initTestCase()
{
    QVERIFY2(m_double.isValid(), qPrintable(m_double.skipReason()));
}

void TestCiGreenCheck::init()
{
    m_double.reset();
    makeProject();
}

void TestCiGreenCheck::makeProject(const QByteArray &extraConfig)
{
    m_scratch = std::make_unique<ScratchRepository>();
    const QByteArray config = "forge:\n  type: github\n  api: " + m_double.url().toString().toUtf8()
                              + "\n  project: octo/app\n" + extraConfig;
    m_scratch->commit(QStringLiteral("feat: first"),
                      {{QStringLiteral(".releasedesk.yml"), config}});
    m_head = m_scratch->head().toString();
}

ForgeConnection::Options TestCiGreenCheck::options() const
{
    ForgeConnection::Options options;
    options.http.cache = std::make_shared<net::FileValidatorCache>(m_cache.path());
    // No keychain or helpers in the test: an empty environment gives no token.
    options.tokenSources = {std::make_shared<EnvironmentTokenProvider>(ForgeLocation::Type::GitHub,
                                                                       QProcessEnvironment())};
    return options;
}

CheckResult TestCiGreenCheck::check()
{
    CiGreenCheck gate(options());
    PreflightContext context(m_scratch->repo());
    return gate.run(context, nullptr);
}

// While HEAD's run is going, the warning's fix waits for it: it returns once the run has
// finished (the forge moves it on meanwhile), and the check then says how it ended.
void TestCiGreenCheck::waitForCiEndsWhenTheRunsDo()
{
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {ForgeDouble::runSpec(m_head,
                                           QStringLiteral("CI"),
                                           ForgeDouble::failing(),
                                           {ForgeDouble::jobSpec(QStringLiteral("unit"),
                                                                 ForgeDouble::failing())})});
    m_double.advance(); // running
    CiGreenCheck gate(options(), 100, 60000);
    PreflightContext context(m_scratch->repo());
    const CheckResult pending = gate.run(context, nullptr);
    QCOMPARE(CheckResult::statusName(pending.status),
             CheckResult::statusName(CheckResult::Status::Warn));
    QVERIFY(pending.fix);
    QCOMPARE(pending.fix->label, QStringLiteral("Wait for CI"));

    Progress progress;
    std::atomic_bool returned{false};
    Status waited;
    std::thread waiter([&] {
        waited = pending.fix->apply(&progress);
        returned = true;
    });
    QTest::qWait(400);
    const bool stillWaiting = !returned;
    m_double.advance(); // failed
    QVERIFY(QTest::qWaitFor([&] { return bool(returned); }, 20000));
    waiter.join();
    QVERIFY(stillWaiting);
    RD_VERIFY_OK(waited);
    const CheckResult after = gate.run(context, nullptr);
    QCOMPARE(CheckResult::statusName(after.status),
             CheckResult::statusName(CheckResult::Status::Fail));
    QVERIFY(!after.fix);
}

// Stop (the progress cancelled) ends the wait at once with errc::cancelled.
void TestCiGreenCheck::waitForCiStopsOnStop()
{
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {ForgeDouble::runSpec(m_head, QStringLiteral("CI"), ForgeDouble::passing())});
    m_double.advance(); // running, and it stays so
    CiGreenCheck gate(options(), 5000, 60000);
    PreflightContext context(m_scratch->repo());
    const CheckResult pending = gate.run(context, nullptr);
    QVERIFY(pending.fix);
    Progress progress;
    std::atomic_bool returned{false};
    Status waited;
    std::thread waiter([&] {
        waited = pending.fix->apply(&progress);
        returned = true;
    });
    QTest::qWait(300);
    QVERIFY(!returned);
    progress.cancel();
    QVERIFY(QTest::qWaitFor([&] { return bool(returned); }, 3000)); // not the 5 s poll
    waiter.join();
    QVERIFY(!waited);
    QCOMPARE(waited.error().code, QString(errc::cancelled.toString()));
}

void TestCiGreenCheck::failedRunFailsTheGateAndNamesTheJob()
{
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {ForgeDouble::runSpec(m_head,
                                           QStringLiteral("CI"),
                                           ForgeDouble::passing(),
                                           {ForgeDouble::jobSpec(QStringLiteral("build"),
                                                                 ForgeDouble::passing())}),
                      ForgeDouble::runSpec(m_head,
                                           QStringLiteral("Security"),
                                           ForgeDouble::failing(),
                                           {ForgeDouble::jobSpec(QStringLiteral("gitleaks"),
                                                                 ForgeDouble::passing()),
                                            ForgeDouble::jobSpec(QStringLiteral("trivy"),
                                                                 ForgeDouble::failing())})});
    m_double.advance();
    m_double.advance();
    const CheckResult result = check();
    QCOMPARE(CheckResult::statusName(result.status),
             CheckResult::statusName(CheckResult::Status::Fail));
    QVERIFY2(result.message.contains(u"run “Security”")
                     && result.message.contains(u"job “trivy” failed")
                     && !result.message.contains(u"gitleaks")
                     && result.message.contains(m_head.left(7)),
             qPrintable(result.message));
    QCOMPARE(result.title, QStringLiteral("CI green on the release commit"));
}

void TestCiGreenCheck::pendingRunWarns()
{
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {ForgeDouble::runSpec(m_head, QStringLiteral("CI"), ForgeDouble::passing())});
    m_double.advance();
    const CheckResult result = check();
    QCOMPARE(CheckResult::statusName(result.status),
             CheckResult::statusName(CheckResult::Status::Warn));
    QVERIFY2(result.message.contains(u"still going: “CI” running")
                     && result.message.contains(u"Wait"),
             qPrintable(result.message));
    // No run at all yet: also wait.
    m_double.reset();
    QVERIFY(check().message.contains(QStringLiteral("no CI run for ") + m_head.left(7)));
}

void TestCiGreenCheck::allGreenPasses()
{
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {ForgeDouble::runSpec(m_head, QStringLiteral("CI"), ForgeDouble::passing()),
                      ForgeDouble::runSpec(m_head, QStringLiteral("Docs"), ForgeDouble::passing()),
                      ForgeDouble::runSpec(QStringLiteral("f00"),
                                           QStringLiteral("CI"),
                                           ForgeDouble::failing())});
    m_double.advance();
    m_double.advance();
    const CheckResult result = check();
    QCOMPARE(CheckResult::statusName(result.status),
             CheckResult::statusName(CheckResult::Status::Pass));
    QVERIFY2(result.message.contains(u"2 runs"), qPrintable(result.message));
}

void TestCiGreenCheck::requiredWorkflowsOnly()
{
    makeProject("  required-workflows: [CI, release.yml]\n");
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {ForgeDouble::runSpec(m_head, QStringLiteral("CI"), ForgeDouble::passing()),
                      ForgeDouble::runSpec(m_head,
                                           QStringLiteral("Nightly"),
                                           ForgeDouble::failing())});
    m_double.advance();
    m_double.advance();
    CheckResult result = check();
    // The failed Nightly does not count; release.yml has not run yet.
    QCOMPARE(CheckResult::statusName(result.status),
             CheckResult::statusName(CheckResult::Status::Warn));
    QVERIFY2(result.message.contains(u"no run yet of release.yml"), qPrintable(result.message));
    QJsonObject release = ForgeDouble::runSpec(m_head,
                                               QStringLiteral("Release"),
                                               ForgeDouble::passing());
    release[QStringLiteral("path")] = QStringLiteral(".github/workflows/release.yml");
    m_double.addRuns(QStringLiteral("github"), QStringLiteral("octo/app"), {release});
    m_double.advance();
    m_double.advance();
    result = check();
    QCOMPARE(CheckResult::statusName(result.status),
             CheckResult::statusName(CheckResult::Status::Pass));
}

void TestCiGreenCheck::successfulRerunReplacesTheFailure()
{
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {ForgeDouble::runSpec(m_head, QStringLiteral("CI"), ForgeDouble::failing())});
    m_double.advance();
    m_double.advance();
    QCOMPARE(CheckResult::statusName(check().status),
             CheckResult::statusName(CheckResult::Status::Fail));
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {ForgeDouble::runSpec(m_head, QStringLiteral("CI"), ForgeDouble::passing())});
    m_double.advance();
    m_double.advance();
    QCOMPARE(CheckResult::statusName(check().status),
             CheckResult::statusName(CheckResult::Status::Pass));
}

void TestCiGreenCheck::noForgeIsNotChecked()
{
    m_scratch = std::make_unique<ScratchRepository>();
    m_scratch->commit(QStringLiteral("feat: x"), {{QStringLiteral("a"), "1"}});
    const CheckResult result = check();
    QCOMPARE(CheckResult::statusName(result.status),
             CheckResult::statusName(CheckResult::Status::Pass));
    QVERIFY2(result.message.startsWith(u"Not checked: No forge is configured"),
             qPrintable(result.message));
    QVERIFY(m_double.requests().isEmpty());
}

void TestCiGreenCheck::securityJobsWarnWithFileAndLine()
{
    m_scratch->writeFile(QStringLiteral(".github/workflows/sec.yml"),
                         "on: push\njobs:\n  audit:\n    runs-on: x\n    steps:\n"
                         "      - run: pip-audit\n        continue-on-error: true\n");
    SecurityJobsCheck gate;
    PreflightContext context(m_scratch->repo());
    const CheckResult result = gate.run(context, nullptr);
    QCOMPARE(CheckResult::statusName(result.status),
             CheckResult::statusName(CheckResult::Status::Warn));
    QVERIFY2(result.message.startsWith(
                     u".github/workflows/sec.yml:7: step “pip-audit” of job audit"),
             qPrintable(result.message));
    m_scratch->writeFile(QStringLiteral(".github/workflows/sec.yml"), "on: push\njobs: {}\n");
    QCOMPARE(CheckResult::statusName(gate.run(context, nullptr).status),
             CheckResult::statusName(CheckResult::Status::Pass));
}

QTEST_GUILESS_MAIN(TestCiGreenCheck)
#include "tst_cigreencheck.moc"
