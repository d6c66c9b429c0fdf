// SPDX-License-Identifier: GPL-3.0-or-later
// The Pipelines view against the forge double: the runs of the branch checked out, newest
// first, the jobs of the selected run, a fault that keeps what was shown, and a repository
// without a forge.
#include "forgedouble.h"
#include "releasescenario.h"
#include "scratchrepository.h"
#include "screenshot.h"
#include "wizardtools.h"

#include "overviewpage.h"
#include "pipelinespage.h"
#include "releasewizard.h"
#include "runworkflowdialog.h"
#include "ui_preflightpage.h"
#include "wizard/preflightpage.h"
#include "workpool.h"

#include "git/library.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using rd::gui::OverviewPage;
using rd::gui::PipelinesPage;
using rd::test::ScratchRepository;

namespace {

// The requests that would start something (GETs list what is there).
int postsTo(ForgeDouble &forge)
{
    int posts = 0;
    for (const QJsonValue &request : forge.requests())
        posts += request[u"method"].toString() == u"POST" ? 1 : 0;
    return posts;
}

} // namespace

class TestPipelinesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runsAndJobsOfTheBranch();
    void faultKeepsTheRunsShown();
    void repositoryWithoutAForge();
    void signInWithoutAToken();
    void overviewShowsTheCiOfHead();
    void rerunAndCancelTheSelectedRun();
    void wizardRefusesARedCommit();
    void closingAbortsAHungFetch();
    void runWorkflowWithItsInputs();
    void runGitLabPipelineWithVariables();

private:
    bool waitLoaded(PipelinesPage &page);
    // A first commit whose .releasedesk.yml points at the double as GitHub project octo/app.
    void commitForgeSettings(ScratchRepository &scratch,
                             const QString &type = QStringLiteral("github"));
    git::Library m_library;
    ForgeDouble m_double;
    QTemporaryDir m_cache;
    const QString m_token = QStringLiteral("ghp_PipelinesViewTest");
};

void TestPipelinesPage::initTestCase()
{
    QVERIFY2(m_double.isValid(), qPrintable(m_double.skipReason()));
    // The on-disk validator cache in a folder of the test's own; no keychain (a session bus
    // that is not there), the token from the environment.
    qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
    // A bus address that refuses at once: without any, the keychain library may try to start a
    // bus of its own.
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            QStringLiteral("unix:path=%1/no-bus").arg(m_cache.path()).toUtf8());
    qputenv("GITHUB_TOKEN", m_token.toUtf8());
}

bool TestPipelinesPage::waitLoaded(PipelinesPage &page)
{
    return QTest::qWaitFor([&] { return !page.isLoading(); }, 60000);
}

void TestPipelinesPage::commitForgeSettings(ScratchRepository &scratch, const QString &type)
{
    const QString api = type == u"github" ? m_double.url().toString()
                                          : m_double.url().toString() + QStringLiteral("/api/v4");
    scratch.commit(QStringLiteral("feat: first"),
                   {{QStringLiteral(".releasedesk.yml"),
                     QStringLiteral("forge:\n  type: %1\n  api: %2\n  project: octo/app\n")
                             .arg(type, api)
                             .toUtf8()},
                    {QStringLiteral(".github/workflows/deploy.yml"),
                     "name: Deploy\non:\n  workflow_dispatch:\n    inputs:\n"
                     "      environment:\n        type: choice\n"
                     "        options: [staging, production]\n        required: true\n"
                     "      dry-run:\n        type: boolean\n        default: false\n"
                     "      reason:\n        description: Why now\n        required: true\n"},
                    {QStringLiteral(".github/workflows/ci.yml"),
                     "name: CI\non: [push]\njobs: {}\n"}});
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
    // The CI run was started by the token's user, the deploy by someone else.
    QJsonObject mine = ForgeDouble::runSpec(QStringLiteral("aaa1111"),
                                            QStringLiteral("CI"),
                                            ForgeDouble::passing(),
                                            green);
    mine.insert(QStringLiteral("actor"), QStringLiteral("Mona"));
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {mine,
                      ForgeDouble::runSpec(QStringLiteral("bbb2222"),
                                           QStringLiteral("Deploy"),
                                           ForgeDouble::failing(),
                                           red)});
    m_double.setUsers({{m_token, QStringLiteral("mona")}});
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
    QVERIFY(!page.offersSignIn()); // it has a token

    QCOMPARE(page.runCount(), 2);
    const QStringList newest = page.runRow(0);
    QCOMPARE(newest.at(0), QStringLiteral("failed"));
    QCOMPARE(newest.at(1), QStringLiteral("Deploy"));
    QCOMPARE(newest.at(6), QStringLiteral("push"));    // event
    QCOMPARE(newest.at(7), QStringLiteral("octocat")); // actor
    // The workflow filter shows one workflow's runs, and all again.
    page.showWorkflow(QStringLiteral("CI"));
    QCOMPARE(page.visibleRunCount(), 1);
    page.showWorkflow(QString());
    QCOMPARE(page.visibleRunCount(), 2);
    // "Mine": the forge said whose the token is (logins compare without case).
    QVERIFY(page.offersMine());
    QVERIFY2(page.mineToolTip().contains(QStringLiteral("mona")), qPrintable(page.mineToolTip()));
    page.showMineOnly(true);
    QCOMPARE(page.visibleRunCount(), 1);
    page.showWorkflow(QStringLiteral("Deploy"));
    QCOMPARE(page.visibleRunCount(), 0);
    page.showWorkflow(QString());
    page.showMineOnly(false);
    QCOMPARE(page.visibleRunCount(), 2);
    page.selectRun(0); // the filter had moved the selection to the CI run
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
    // The timeline: build (90 s) then test (30 s), on the run's 120 s.
    const std::optional<QPointF> build = page.jobBar(0);
    const std::optional<QPointF> test = page.jobBar(1);
    QVERIFY(build && test);
    QCOMPARE(build->x(), 0.0);
    QCOMPARE(build->y(), 0.75);
    QCOMPARE(test->x(), 0.75);
    QCOMPARE(test->y(), 1.0);
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

// Without a token the forge line offers Sign In…, which asks the window for the Tokens dialog.
void TestPipelinesPage::signInWithoutAToken()
{
    m_double.reset();
    ScratchRepository scratch;
    commitForgeSettings(scratch);
    qunsetenv("GITHUB_TOKEN");
    PipelinesPage page;
    page.resize(1024, 600);
    page.setProject(scratch.path());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const bool loaded = waitLoaded(page);
    qputenv("GITHUB_TOKEN", m_token.toUtf8());
    QVERIFY(loaded);
    QVERIFY2(page.forgeText().contains(QStringLiteral("without a token")),
             qPrintable(page.forgeText()));
    QVERIFY(page.offersSignIn());
    // Without a token nobody is "me": the filter is off and says why.
    QVERIFY(!page.offersMine());
    QVERIFY2(page.mineToolTip().contains(QStringLiteral("Sign in")),
             qPrintable(page.mineToolTip()));
    QSignalSpy asked(&page, &PipelinesPage::signInRequested);
    const QList<QPushButton *> buttons = page.findChildren<QPushButton *>();
    auto signIn = std::find_if(buttons.cbegin(), buttons.cend(), [](const QPushButton *button) {
        return button->text() == u"&Sign In…";
    });
    QVERIFY(signIn != buttons.cend());
    (*signIn)->click();
    QCOMPARE(asked.size(), 1);
}

// The Next Release view says how CI went on HEAD, as the pre-flight's gate reads it: a failed
// run names itself and its job, in the failure colour; asked off the GUI thread.
void TestPipelinesPage::overviewShowsTheCiOfHead()
{
    m_double.reset();
    ScratchRepository scratch;
    commitForgeSettings(scratch);
    const QString head = scratch.head().toString();
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {ForgeDouble::runSpec(head,
                                           QStringLiteral("CI"),
                                           ForgeDouble::failing(),
                                           {ForgeDouble::jobSpec(QStringLiteral("unit tests"),
                                                                 ForgeDouble::failing(),
                                                                 30)})});
    m_double.advance();
    m_double.advance();

    OverviewPage page;
    page.resize(1024, 600);
    page.show();
    page.showReport(rd::NextVersionReport{}, scratch.path(), QStringLiteral("v{version}"));
    QVERIFY(page.isCheckingCi());
    QVERIFY2(page.ciText().contains(QStringLiteral("asking")), qPrintable(page.ciText()));
    QVERIFY(QTest::qWaitFor([&] { return !page.isCheckingCi(); }, 60000));
    QVERIFY2(page.ciText().startsWith(QStringLiteral("CI of HEAD: ")), qPrintable(page.ciText()));
    QVERIFY2(page.ciText().contains(QStringLiteral("CI")) && page.ciText().contains(u"failed")
                     && page.ciText().contains(QStringLiteral("unit tests")),
             qPrintable(page.ciText()));
    QVERIFY(!rd::test::saveScreenshot(&page, QStringLiteral("overview-ci-failed")).isEmpty());

    // Without a forge it says CI is not checked, without asking anyone.
    ScratchRepository plain;
    plain.commit(QStringLiteral("feat: first"), {{QStringLiteral("a"), "1"}});
    page.showReport(rd::NextVersionReport{}, plain.path(), QStringLiteral("v{version}"));
    QVERIFY(QTest::qWaitFor([&] { return !page.isCheckingCi(); }, 60000));
    QVERIFY2(page.ciText().contains(QStringLiteral("Not checked")), qPrintable(page.ciText()));
}

// Re-run Failed on a failed run and Cancel Run (after asking) on a running one go to the forge,
// and the runs are fetched again with their new states; each button only where it applies.
void TestPipelinesPage::rerunAndCancelTheSelectedRun()
{
    m_double.reset();
    ScratchRepository scratch;
    commitForgeSettings(scratch);
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {ForgeDouble::runSpec(QStringLiteral("aaa1111"),
                                           QStringLiteral("CI"),
                                           ForgeDouble::failing(),
                                           {ForgeDouble::jobSpec(QStringLiteral("unit"),
                                                                 ForgeDouble::failing())})});
    m_double.advance();
    m_double.advance(); // CI failed
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {ForgeDouble::runSpec(QStringLiteral("bbb2222"),
                                           QStringLiteral("Deploy"),
                                           ForgeDouble::passing())});
    m_double.advance(); // Deploy running

    PipelinesPage page;
    page.resize(1024, 600);
    page.setProject(scratch.path());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(waitLoaded(page));
    QCOMPARE(page.runCount(), 2);
    QCOMPARE(page.runRow(0).at(0), QStringLiteral("running"));
    QCOMPARE(page.runRow(1).at(0), QStringLiteral("failed"));
    auto button = [&](const QString &text) {
        const QList<QPushButton *> buttons = page.findChildren<QPushButton *>();
        auto found = std::find_if(buttons.cbegin(), buttons.cend(), [&](const QPushButton *b) {
            return b->text() == text;
        });
        return found == buttons.cend() ? nullptr : *found;
    };
    QPushButton *rerun = button(QStringLiteral("Re-run &Failed"));
    QPushButton *cancel = button(QStringLiteral("&Cancel Run…"));
    QVERIFY(rerun && cancel);

    page.selectRun(1);
    QVERIFY(rerun->isEnabled());
    QVERIFY(!cancel->isEnabled());
    page.rerunFailed();
    QVERIFY(QTest::qWaitFor([&] { return !page.isActing() && !page.isLoading(); }, 60000));
    QVERIFY2(page.messageText().isEmpty(), qPrintable(page.messageText()));
    QCOMPARE(page.runRow(1).at(0), QStringLiteral("queued"));

    page.selectRun(0);
    QVERIFY(!rerun->isEnabled());
    QVERIFY(cancel->isEnabled());
    auto *box = qobject_cast<QMessageBox *>(page.cancelRun());
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("Deploy")));
    const QList<QAbstractButton *> choices = box->buttons();
    auto stop = std::find_if(choices.cbegin(), choices.cend(), [&](QAbstractButton *choice) {
        return box->buttonRole(choice) == QMessageBox::DestructiveRole;
    });
    QVERIFY(stop != choices.cend());
    (*stop)->click();
    QVERIFY(QTest::qWaitFor([&] { return !page.isActing() && !page.isLoading(); }, 60000));
    QCOMPARE(page.runRow(0).at(0), QStringLiteral("cancelled"));
    QVERIFY(!rd::test::saveScreenshot(&page, QStringLiteral("pipelines-actions")).isEmpty());
}

// The end to end: with forge.api on a GitHub-compatible server whose run of HEAD failed,
// the release wizard's pre-flight fails "CI green on the release commit", names the run and
// its job, and the wizard does not go on.
void TestPipelinesPage::wizardRefusesARedCommit()
{
    m_double.reset();
    rd::test::ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    s.local().commit(QStringLiteral("ci: report to the forge"),
                     {{QStringLiteral(".releasedesk.yml"),
                       QStringLiteral("forge:\n  type: github\n  api: %1\n  project: octo/app\n")
                               .arg(m_double.url().toString())
                               .toUtf8()}});
    m_double.addRuns(QStringLiteral("github"),
                     QStringLiteral("octo/app"),
                     {ForgeDouble::runSpec(s.local().head().toString(),
                                           QStringLiteral("CI"),
                                           ForgeDouble::failing(),
                                           {ForgeDouble::jobSpec(QStringLiteral("unit tests"),
                                                                 ForgeDouble::failing())})});
    m_double.advance();
    m_double.advance();

    rd::gui::ReleaseWizard wizard(s.local().path(), rd::gui::ReleaseWizard::Mode::New);
    wizard.resize(980, 680);
    wizard.show();
    QTreeWidget *checks = wizard.preflightPage()->ui()->checks;
    QVERIFY(QTest::qWaitFor([&] { return checks->topLevelItemCount() == 11; }, 60000));
    QTreeWidgetItem *ci = checks->topLevelItem(7);
    QCOMPARE(ci->text(0), QStringLiteral("CI green on the release commit"));
    QVERIFY2(ci->text(1).contains(QStringLiteral("CI")) && ci->text(1).contains(u"failed")
                     && ci->text(1).contains(QStringLiteral("unit tests")),
             qPrintable(ci->text(1)));
    QVERIFY(!rd::test::pageComplete(wizard, rd::gui::ReleaseWizard::PreflightPageId));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!rd::test::saveScreenshot(&wizard, QStringLiteral("release-1-preflight-red-ci"))
                     .isEmpty());
}

// A view that goes while its fetch hangs on the forge aborts the request: the window's work pool
// is free at once, so quitting never waits for a server that does not answer.
void TestPipelinesPage::closingAbortsAHungFetch()
{
    m_double.reset();
    ScratchRepository scratch;
    commitForgeSettings(scratch);
    m_double.fault(
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("hang")},
                        {QStringLiteral("path"), QStringLiteral("/repos/octo/app/actions")}});
    auto page = std::make_unique<PipelinesPage>();
    page->setProject(scratch.path());
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    QVERIFY(page->isLoading());
    QTest::qWait(300); // the request is under way and hangs
    QVERIFY(page->isLoading());
    page.reset();
    QElapsedTimer closing;
    closing.start();
    QVERIFY(rd::gui::workPool()->waitForDone(5000));
    QVERIFY2(closing.elapsed() < 2000, qPrintable(QString::number(closing.elapsed())));
    m_double.reset(); // lets the hung answer go
}

// The dialog offers the workflows that can be run by hand, with a field per input; a required
// input left empty is refused before anything is sent; what is sent is what was chosen.
void TestPipelinesPage::runWorkflowWithItsInputs()
{
    m_double.reset();
    ScratchRepository scratch;
    commitForgeSettings(scratch);
    PipelinesPage page;
    page.resize(1024, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setProject(scratch.path());
    QVERIFY(waitLoaded(page));

    rd::gui::RunWorkflowDialog *dialog = page.openRunDialog();
    QVERIFY(dialog);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->workflowNames(), QStringList{QStringLiteral("deploy.yml")});
    QCOMPARE(dialog->refField()->text(), QStringLiteral("main"));
    auto *environment = qobject_cast<QComboBox *>(
            dialog->inputField(QStringLiteral("environment")));
    auto *dryRun = qobject_cast<QCheckBox *>(dialog->inputField(QStringLiteral("dry-run")));
    auto *reason = qobject_cast<QLineEdit *>(dialog->inputField(QStringLiteral("reason")));
    QVERIFY(environment && dryRun && reason);
    QCOMPARE(environment->count(), 2);
    QVERIFY(!dryRun->isChecked());
    QCOMPARE(reason->placeholderText(), QStringLiteral("Why now"));
    QVERIFY(!rd::test::saveScreenshot(dialog, QStringLiteral("run-workflow")).isEmpty());

    // The reason is required and has no default: refused here, nothing sent.
    dialog->run();
    QVERIFY2(dialog->messageText().contains(QStringLiteral("reason")),
             qPrintable(dialog->messageText()));
    QVERIFY(!dialog->isSending());
    QCOMPARE(postsTo(m_double), 0);

    environment->setCurrentText(QStringLiteral("production"));
    dryRun->setChecked(true);
    reason->setText(QStringLiteral("hotfix"));
    const QPointer<rd::gui::RunWorkflowDialog> watched(dialog);
    dialog->run();
    QVERIFY(QTest::qWaitFor([&] { return watched.isNull(); }, 60000));
    QVERIFY(waitLoaded(page));
    QJsonObject dispatch;
    for (const QJsonValue &request : m_double.requests()) {
        if (request[u"method"].toString() == u"POST")
            dispatch = request.toObject();
    }
    QCOMPARE(dispatch[u"url"].toString(),
             QStringLiteral("/repos/octo/app/actions/workflows/deploy.yml/dispatches"));
    QCOMPARE(QJsonDocument::fromJson(dispatch[u"body"].toString().toUtf8()).object(),
             (QJsonObject{{QStringLiteral("ref"), QStringLiteral("main")},
                          {QStringLiteral("inputs"),
                           QJsonObject{{QStringLiteral("environment"),
                                        QStringLiteral("production")},
                                       {QStringLiteral("dry-run"), QStringLiteral("true")},
                                       {QStringLiteral("reason"), QStringLiteral("hotfix")}}}}));
    // The page shows the runs of the branch it ran on: the new one among them.
    QCOMPARE(page.runCount(), 1);
    // (the double names a dispatched run after the workflow's file)
    QCOMPARE(page.runRow(0).at(1), QStringLiteral("deploy.yml"));
    QCOMPARE(page.runRow(0).at(2), QStringLiteral("main"));
}

// GitLab: a pipeline with variables, one KEY=VALUE a line; a malformed line is refused.
void TestPipelinesPage::runGitLabPipelineWithVariables()
{
    m_double.reset();
    ScratchRepository scratch;
    commitForgeSettings(scratch, QStringLiteral("gitlab"));
    PipelinesPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setProject(scratch.path());
    QVERIFY(waitLoaded(page));
    rd::gui::RunWorkflowDialog *dialog = page.openRunDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->variablesField());
    dialog->variablesField()->setPlainText(QStringLiteral("DEPLOY_ENV=staging\nbroken\n"));
    dialog->run();
    QVERIFY2(dialog->messageText().contains(QStringLiteral("Line 2")),
             qPrintable(dialog->messageText()));
    QCOMPARE(postsTo(m_double), 0);
    dialog->variablesField()->setPlainText(QStringLiteral("DEPLOY_ENV=staging\n"));
    dialog->run();
    // Accepted, it closes and goes (the page made it delete itself on close).
    const QPointer<rd::gui::RunWorkflowDialog> watched(dialog);
    QVERIFY(QTest::qWaitFor([&] { return watched.isNull(); }, 60000));
    bool sent = false;
    for (const QJsonValue &request : m_double.requests()) {
        if (request[u"method"].toString() == u"POST") {
            sent = true;
            QVERIFY2(request[u"body"].toString().contains(QStringLiteral("DEPLOY_ENV")),
                     qPrintable(request[u"body"].toString()));
        }
    }
    QVERIFY(sent);
    // The page follows with the runs of the branch.
    QVERIFY(waitLoaded(page));
}

QTEST_MAIN(TestPipelinesPage)
#include "tst_pipelinespage.moc"
