// SPDX-License-Identifier: GPL-3.0-or-later
// The Pipelines view against the forge double: the runs of the branch checked out, newest
// first, the jobs of the selected run, a fault that keeps what was shown, and a repository
// without a forge.
#include "forgedouble.h"
#include "scratchrepository.h"
#include "screenshot.h"

#include "pipelinespage.h"

#include "git/library.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using rd::gui::PipelinesPage;
using rd::test::ScratchRepository;

class TestPipelinesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runsAndJobsOfTheBranch();
    void faultKeepsTheRunsShown();
    void repositoryWithoutAForge();

private:
    bool waitLoaded(PipelinesPage &page);
    // A first commit whose .releasedesk.yml points at the double as GitHub project octo/app.
    void commitForgeSettings(ScratchRepository &scratch);
    git::Library m_library;
    ForgeDouble m_double;
    QTemporaryDir m_cache;
    const QString m_token = QStringLiteral("ghp_PipelinesViewTest");
};

void TestPipelinesPage::initTestCase()
{
    QVERIFY2(m_double.isValid(), qPrintable(m_double.skipReason()));
    // The on-disk validator cache in a folder of the test's own; no keychain (no session
    // bus), the token from the environment.
    qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("GITHUB_TOKEN", m_token.toUtf8());
}

bool TestPipelinesPage::waitLoaded(PipelinesPage &page)
{
    return QTest::qWaitFor([&] { return !page.isLoading(); }, 60000);
}

void TestPipelinesPage::commitForgeSettings(ScratchRepository &scratch)
{
    scratch.commit(QStringLiteral("feat: first"),
                   {{QStringLiteral(".releasedesk.yml"),
                     QStringLiteral("forge:\n  type: github\n  api: %1\n  project: octo/app\n")
                             .arg(m_double.url().toString())
                             .toUtf8()}});
}

void TestPipelinesPage::runsAndJobsOfTheBranch()
{
    m_double.reset();
    ScratchRepository scratch;
    commitForgeSettings(scratch);
    const QJsonArray
            green{ForgeDouble::jobSpec(QStringLiteral("build"), ForgeDouble::passing(), 90),
                  ForgeDouble::jobSpec(QStringLiteral("test"), ForgeDouble::passing(), 30)};
    const QJsonArray red{
            ForgeDouble::jobSpec(QStringLiteral("deploy"), ForgeDouble::failing(), 45)};
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {ForgeDouble::runSpec(QStringLiteral("aaa1111"),
                                           QStringLiteral("CI"),
                                           ForgeDouble::passing(),
                                           green),
                      ForgeDouble::runSpec(QStringLiteral("bbb2222"),
                                           QStringLiteral("Deploy"),
                                           ForgeDouble::failing(),
                                           red)});
    m_double.advance();
    m_double.advance();

    PipelinesPage page;
    page.resize(1024, 600);
    page.setProject(scratch.path());
    QCOMPARE(page.runCount(), 0); // nothing is asked before the view is shown
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(waitLoaded(page));
    QVERIFY2(page.messageText().isEmpty(), qPrintable(page.messageText()));
    QVERIFY2(page.forgeText().contains(QStringLiteral("GitHub octo/app")),
             qPrintable(page.forgeText()));
    QVERIFY2(page.forgeText().contains(QStringLiteral("GITHUB_TOKEN")),
             qPrintable(page.forgeText()));
    QVERIFY(!page.forgeText().contains(m_token));

    QCOMPARE(page.runCount(), 2);
    const QStringList newest = page.runRow(0);
    QCOMPARE(newest.at(0), QStringLiteral("failed"));
    QCOMPARE(newest.at(1), QStringLiteral("Deploy"));
    QCOMPARE(newest.at(2), QStringLiteral("main"));
    QCOMPARE(newest.at(3), QStringLiteral("bbb2222"));
    QCOMPARE(page.runRow(1).at(0), QStringLiteral("passed"));
    QVERIFY(page.runUrl(0).isValid());
    // The newest run is selected: its job.
    QCOMPARE(page.jobCount(), 1);
    QCOMPARE(page.jobRow(0).at(0), QStringLiteral("failed"));
    QCOMPARE(page.jobRow(0).at(1), QStringLiteral("deploy"));
    QCOMPARE(page.jobRow(0).at(3), QStringLiteral("45 s"));
    page.selectRun(1);
    QCOMPARE(page.jobCount(), 2);
    QCOMPARE(page.jobRow(0).at(1), QStringLiteral("build"));
    QCOMPARE(page.jobRow(0).at(3), QStringLiteral("1 min 30 s"));
    QVERIFY(!rd::test::saveScreenshot(&page, QStringLiteral("pipelines")).isEmpty());

    // Another branch without runs says so.
    page.showRuns(PipelinesPage::Scope::Branch, QStringLiteral("feature"));
    QVERIFY(waitLoaded(page));
    QCOMPARE(page.runCount(), 0);
    QCOMPARE(page.messageText(), QStringLiteral("No CI runs for branch feature."));

    // The token went to the double, and nowhere into what is shown.
    bool authorised = false;
    for (const QJsonValue &request : m_double.requests()) {
        const QString header = request[u"headers"][u"authorization"].toString();
        authorised = authorised || header.contains(m_token);
    }
    QVERIFY(authorised);
}

void TestPipelinesPage::faultKeepsTheRunsShown()
{
    m_double.reset();
    ScratchRepository scratch;
    commitForgeSettings(scratch);
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {ForgeDouble::runSpec(QStringLiteral("ccc3333"),
                                           QStringLiteral("CI"),
                                           ForgeDouble::passing())});
    m_double.advance();
    m_double.advance();
    PipelinesPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setProject(scratch.path());
    QVERIFY(waitLoaded(page));
    QCOMPARE(page.runCount(), 1);

    m_double.fault({{QStringLiteral("kind"), QStringLiteral("status")},
                    {QStringLiteral("status"), 401},
                    {QStringLiteral("message"), QStringLiteral("Bad credentials ") + m_token}});
    page.refresh();
    QVERIFY(waitLoaded(page));
    QVERIFY2(page.messageText().contains(QStringLiteral("could not be fetched"))
                     && page.messageText().contains(QStringLiteral("401")),
             qPrintable(page.messageText()));
    QVERIFY(!page.messageText().contains(m_token));
    // A failed refresh does not look like "no runs".
    QCOMPARE(page.runCount(), 1);
}

void TestPipelinesPage::repositoryWithoutAForge()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: first"), {{QStringLiteral("a"), "1"}});
    PipelinesPage page;
    page.resize(900, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setProject(scratch.path());
    QVERIFY(waitLoaded(page));
    QCOMPARE(page.runCount(), 0);
    QVERIFY2(page.messageText().contains(QStringLiteral("CI is not checked"))
                     && page.messageText().contains(QStringLiteral("forge:")),
             qPrintable(page.messageText()));
}

QTEST_MAIN(TestPipelinesPage)
#include "tst_pipelinespage.moc"
