// SPDX-License-Identifier: GPL-3.0-or-later
// The release wizard walked offscreen on scratch projects with a file:// origin: every page in
// turn with a screenshot, the release it makes checked in the repository and on the remote; a
// failed push stopped half-way, then resumed or undone; the main window's offer to recover an
// unfinished release.

#include "fixtures.h"
#include "releasescenario.h"
#include "screenshot.h"
#include "wizardtools.h"

#include "gatedpage.h"
#include "mainwindow.h"
#include "releasewizard.h"
#include "repositorycontroller.h"
#include "ui_donepage.h"
#include "ui_executepage.h"
#include "ui_notespage.h"
#include "ui_preflightpage.h"
#include "ui_reviewpage.h"
#include "ui_versionpage.h"
#include "versiondiffview.h"
#include "wizard/donepage.h"
#include "wizard/executepage.h"
#include "wizard/notespage.h"
#include "wizard/preflightpage.h"
#include "wizard/reviewpage.h"
#include "wizard/versionpage.h"

#include "git/library.h"
#include "release/journal.h"
#include "release/releaseplan.h"
#include "util/fileio.h"

#include <QApplication>
#include <QDir>
#include <QFontInfo>
#include <QJsonArray>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using rd::test::columnTexts;
using rd::test::pageComplete;
using rd::test::ReleaseScenario;
using namespace rd;
using namespace rd::gui;

namespace {

constexpr int timeout = 30000;

QByteArray fileIn(ReleaseScenario &s, const QString &path)
{
    auto bytes = readFile(s.local().path() + u'/' + path);
    return bytes ? *bytes : QByteArray();
}

std::optional<git::TagRef> localTag(ReleaseScenario &s, const QString &name)
{
    auto tags = s.repo().tags();
    if (tags)
        for (const git::TagRef &tag : *tags)
            if (tag.name == name)
                return tag;
    return std::nullopt;
}

} // namespace

class TestReleaseWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void walksEveryPageAndReleases();
    void versionOverridesAndInvalidInput();
    void failedPreflightBlocksUntilFixed();
    void failedPushIsResumed();
    void failedPushIsUndone();
    void mainWindowOffersToRecover();
    void demoRepositoryReleases();

private:
    // Runs the wizard up to the review page, complete.
    bool reachReview(ReleaseWizard &wizard);
    // Runs the release with the remote gone, so the push fails after the local steps, then
    // brings the remote back. True once the wizard offers Resume and Undo.
    bool runWithFailingPush(ReleaseWizard &wizard, ReleaseScenario &s);
    git::Library m_library;
};

bool TestReleaseWizard::reachReview(ReleaseWizard &wizard)
{
    if (!QTest::qWaitFor([&] { return pageComplete(wizard, ReleaseWizard::PreflightPageId); },
                         timeout))
        return false;
    wizard.next();
    if (wizard.currentId() != ReleaseWizard::VersionPageId)
        return false;
    wizard.next();
    wizard.next();
    return wizard.currentId() == ReleaseWizard::ReviewPageId
           && QTest::qWaitFor([&] { return pageComplete(wizard, ReleaseWizard::ReviewPageId); },
                              timeout);
}

bool TestReleaseWizard::runWithFailingPush(ReleaseWizard &wizard, ReleaseScenario &s)
{
    if (!reachReview(wizard))
        return false;
    const QString away = s.remoteDir() + QStringLiteral(".away");
    if (!QDir().rename(s.remoteDir(), away))
        return false;
    wizard.next();
    const bool offered = QTest::qWaitFor(
            [&] {
                return wizard.executePage()->ui()->resumeButton->isVisible()
                       && wizard.executePage()->ui()->resumeButton->isEnabled()
                       && wizard.executePage()->ui()->abortButton->isEnabled();
            },
            timeout);
    return QDir().rename(away, s.remoteDir()) && offered;
}

void TestReleaseWizard::initTestCase()
{
    // A finished release writes to the history database and tells the desktop: neither is
    // the user's here (tst_publishwizard checks the notification on a private bus).
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
}

void TestReleaseWizard::walksEveryPageAndReleases()
{
    ReleaseScenario s;
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    ReleaseWizard wizard(s.local().path(), ReleaseWizard::Mode::New);
    wizard.resize(980, 680);
    wizard.show();

    // 1. Pre-flight: every check ran and passed: the standard seven, then the two CI gates
    // (no forge behind a file:// remote, so CI is "not checked"), then the two registry gates
    // (no registries: section, so not checked either).
    QTRY_VERIFY_WITH_TIMEOUT(pageComplete(wizard, ReleaseWizard::PreflightPageId), timeout);
    QCOMPARE(wizard.preflightPage()->ui()->checks->topLevelItemCount(), 11);
    QCOMPARE(wizard.preflightPage()->ui()->checks->topLevelItem(7)->text(0),
             QStringLiteral("CI green on the release commit"));
    QVERIFY2(wizard.preflightPage()->ui()->checks->topLevelItem(9)->text(1).contains(
                     QStringLiteral("no registries: section")),
             qPrintable(wizard.preflightPage()->ui()->checks->topLevelItem(9)->text(1)));
    QVERIFY2(wizard.preflightPage()->ui()->preflightSummary->text().contains(
                     QStringLiteral("All checks passed")),
             qPrintable(wizard.preflightPage()->ui()->preflightSummary->text()));
    QVERIFY(!rd::test::saveScreenshot(&wizard, QStringLiteral("release-1-preflight")).isEmpty());

    // 2. Version: computed from the two commits since v1.0.0, with the reasons.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ReleaseWizard::VersionPageId));
    QVERIFY(wizard.versionPage()->ui()->nextVersion->text().contains(QStringLiteral("1.1.0")));
    QVERIFY(wizard.versionPage()->ui()->nextVersion->text().contains(QStringLiteral("v1.1.0")));
    QVERIFY(!wizard.versionPage()->ui()->reasons->text().isEmpty());
    QVERIFY(wizard.versionPage()->ui()->currentVersion->text().contains(QStringLiteral("1.0.0")));
    QCOMPARE(wizard.versionPage()->ui()->deciding->topLevelItemCount(),
             1); // the feature decides a minor release
    QCOMPARE(wizard.versionPage()->ui()->deciding->topLevelItem(0)->text(2),
             QStringLiteral("feat: second feature"));
    QVERIFY(!rd::test::saveScreenshot(&wizard, QStringLiteral("release-2-version")).isEmpty());

    // 3. Notes: generated, edited by hand, previewed.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ReleaseWizard::NotesPageId));
    QVERIFY(wizard.notesPage()->ui()->notesEdit->toPlainText().contains(
            QStringLiteral("second feature")));
    QVERIFY(wizard.notesPage()->ui()->notesEdit->toPlainText().contains(QStringLiteral("a bug")));
    wizard.notesPage()->ui()->notesEdit->moveCursor(QTextCursor::End);
    wizard.notesPage()->ui()->notesEdit->insertPlainText(
            QStringLiteral("\n- written by hand in the wizard\n"));
    QTRY_VERIFY(wizard.notesPage()->ui()->notesPreview->toPlainText().contains(
            QStringLiteral("written by hand")));
    QVERIFY(!rd::test::saveScreenshot(&wizard, QStringLiteral("release-3-notes")).isEmpty());

    // 4. Review: both files, the whole plan.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ReleaseWizard::ReviewPageId));
    QTRY_VERIFY_WITH_TIMEOUT(pageComplete(wizard, ReleaseWizard::ReviewPageId), timeout);
    QCOMPARE(wizard.reviewPage()->ui()->files->count(), 2);
    QCOMPARE(wizard.reviewPage()->ui()->files->item(0)->text(), QStringLiteral("package.json"));
    QCOMPARE(wizard.reviewPage()->ui()->files->item(1)->text(), QStringLiteral("CHANGELOG.md"));
    QVERIFY2(wizard.reviewPage()->ui()->diff->unifiedText().contains(
                     QStringLiteral("\"version\": \"1.1.0\"")),
             qPrintable(wizard.reviewPage()->ui()->diff->unifiedText()));
    const QString planText = wizard.reviewPage()->ui()->planText->toPlainText();
    QVERIFY(planText.contains(QStringLiteral("v1.1.0")));
    QVERIFY(planText.contains(QStringLiteral("written by hand")));
    QVERIFY(planText.contains(s.remoteUrl()));
    QVERIFY(wizard.reviewPage()->ui()->steps->count() >= 5);
    QVERIFY(!rd::test::saveScreenshot(&wizard, QStringLiteral("release-4-review")).isEmpty());
    // The plan holds diffs: a fixed-width font.
    QVERIFY(QFontInfo(wizard.reviewPage()->ui()->planText->font()).fixedPitch());
    // CHANGELOG.md gets a section at the top: a pure insertion, the old top section kept as
    // context on both sides at its own line numbers (issue 15).
    Ui::ReviewPage *review = wizard.reviewPage()->ui();
    review->files->setCurrentRow(1);
    const QString unified = review->diff->unifiedText();
    QVERIFY2(unified.contains(QStringLiteral("    3 + ## 1.1.0 (")), qPrintable(unified));
    QVERIFY2(unified.contains(QStringLiteral("    3    16   ## [1.0.0] - 2024-01-01")),
             qPrintable(unified));
    // The sign after the line number: no line is shown removed.
    // Gutters: unified "  old   new s ", side by side "  number s ".
    const auto removed = [](const QString &line, int signAt) {
        return !line.startsWith(QStringLiteral("@@")) && line.mid(signAt, 1) == u"-";
    };
    for (const QString &line : unified.split(u'\n'))
        QVERIFY2(!removed(line, 12), qPrintable(unified));
    QVERIFY(!rd::test::saveScreenshot(&wizard, QStringLiteral("release-4-review-changelog"))
                     .isEmpty());
    review->sideBySide->setChecked(true);
    QCOMPARE(review->diff->mode(), VersionDiffView::Mode::SideBySide);
    const QStringList left = review->diff->leftText().split(u'\n');
    const QStringList right = review->diff->rightText().split(u'\n');
    QCOMPARE(left.size(), right.size());
    int kept = 0;
    for (qsizetype row = 0; row < left.size(); ++row) {
        QVERIFY2(!removed(left.at(row), 6), qPrintable(left.at(row)));
        // A line shown unchanged on the left is the same line on the right.
        if (left.at(row).mid(8) == QStringLiteral("## [1.0.0] - 2024-01-01")) {
            QCOMPARE(right.at(row).mid(8), left.at(row).mid(8));
            ++kept;
        }
    }
    QCOMPARE(kept, 1);
    QVERIFY(!rd::test::saveScreenshot(&wizard,
                                      QStringLiteral("release-4-review-changelog-side-by-side"))
                     .isEmpty());
    review->unified->setChecked(true);
    review->files->setCurrentRow(0);
    // Nothing happened yet.
    QCOMPARE(fileIn(s, QStringLiteral("package.json")),
             ReleaseScenario::packageJson(QStringLiteral("1.0.0")));
    QCOMPARE(s.local().head(), s.base());

    // 5. Execute.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ReleaseWizard::ExecutePageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.released(), timeout);
    QTRY_VERIFY(pageComplete(wizard, ReleaseWizard::ExecutePageId));
    for (const QString &state : columnTexts(wizard.executePage()->ui()->progressSteps, 1))
        QCOMPARE(state, QStringLiteral("Done"));
    QVERIFY(!rd::test::saveScreenshot(&wizard, QStringLiteral("release-5-execute")).isEmpty());
    // The release is made: nothing is left to cancel.
    QVERIFY(!wizard.button(QWizard::CancelButton)->isEnabled());

    // 6. Done.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ReleaseWizard::DonePageId));
    QVERIFY(wizard.donePage()->ui()->doneText->text().contains(QStringLiteral("1.1.0")));
    QVERIFY(wizard.donePage()->ui()->doneText->text().contains(QStringLiteral("origin")));
    // The scratch project configures no CI: the page promises no pipeline.
    QVERIFY2(wizard.donePage()->ui()->doneText->text().contains(
                     QStringLiteral("configures no CI pipeline")),
             qPrintable(wizard.donePage()->ui()->doneText->text()));
    QVERIFY(!rd::test::saveScreenshot(&wizard, QStringLiteral("release-6-done")).isEmpty());

    // What the review showed is what happened.
    QCOMPARE(fileIn(s, QStringLiteral("package.json")),
             ReleaseScenario::packageJson(QStringLiteral("1.1.0")));
    QVERIFY(fileIn(s, QStringLiteral("CHANGELOG.md")).contains("written by hand in the wizard"));
    QVERIFY(fileIn(s, QStringLiteral("CHANGELOG.md"))
                    .endsWith(ReleaseScenario::changelogBefore().mid(13)));
    const auto remoteTag = s.remoteRef(QStringLiteral("refs/tags/v1.1.0"));
    QVERIFY(remoteTag);
    const std::optional<git::TagRef> tag = localTag(s, QStringLiteral("v1.1.0"));
    QVERIFY(tag);
    QCOMPARE(tag->object, *remoteTag);
    QVERIFY(tag->message.contains(QStringLiteral("written by hand in the wizard")));
    QCOMPARE(s.commitsSinceBase(), 1);
    auto journal = Journal::load(s.repo().gitDir());
    QVERIFY(journal && *journal);
    QCOMPARE((*journal)->state, Journal::State::Completed);
    auto journaled = ReleasePlan::fromJson((*journal)->plan);
    QVERIFY(journaled);
    QCOMPARE(journaled->dryRunText(), planText);
}

void TestReleaseWizard::versionOverridesAndInvalidInput()
{
    ReleaseScenario s;
    QVERIFY(s.isValid());
    ReleaseWizard wizard(s.local().path(), ReleaseWizard::Mode::New);
    wizard.show();
    QTRY_VERIFY_WITH_TIMEOUT(pageComplete(wizard, ReleaseWizard::PreflightPageId), timeout);
    wizard.next();

    wizard.versionPage()->ui()->majorChoice->setChecked(true);
    QCOMPARE(wizard.chosenVersion()->toString(), QStringLiteral("2.0.0"));
    QVERIFY(wizard.versionPage()->ui()->reasons->text().contains(QStringLiteral("major")));
    wizard.versionPage()->ui()->preRelease->setChecked(true);
    wizard.versionPage()->ui()->channel->setCurrentText(QStringLiteral("beta"));
    QCOMPARE(wizard.chosenVersion()->toString(), QStringLiteral("2.0.0-beta.1"));
    wizard.versionPage()->ui()->preRelease->setChecked(false);
    wizard.versionPage()->ui()->patchChoice->setChecked(true);
    QCOMPARE(wizard.chosenVersion()->toString(), QStringLiteral("1.0.1"));

    wizard.versionPage()->ui()->customChoice->setChecked(true);
    QVERIFY(!pageComplete(wizard, ReleaseWizard::VersionPageId));
    QTest::keyClicks(wizard.versionPage()->ui()->customVersion, QStringLiteral("1.2"));
    QVERIFY(!wizard.chosenVersion());
    QVERIFY(!pageComplete(wizard, ReleaseWizard::VersionPageId));
    QVERIFY2(wizard.versionPage()->ui()->reasons->text().contains(QStringLiteral("1.2")),
             qPrintable(wizard.versionPage()->ui()->reasons->text()));
    QTest::keyClicks(wizard.versionPage()->ui()->customVersion, QStringLiteral(".0-rc.3"));
    QCOMPARE(wizard.chosenVersion()->toString(), QStringLiteral("1.2.0-rc.3"));
    QVERIFY(pageComplete(wizard, ReleaseWizard::VersionPageId));

    // The notes follow the version; the review plans the tag of the custom version.
    wizard.next();
    QVERIFY(wizard.notesPage()->ui()->notesEdit->toPlainText().contains(
            QStringLiteral("1.2.0-rc.3")));
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(pageComplete(wizard, ReleaseWizard::ReviewPageId), timeout);
    QVERIFY(wizard.reviewPage()->ui()->planText->toPlainText().contains(
            QStringLiteral("v1.2.0-rc.3")));
    // Without a push, the plan has no push step.
    wizard.reviewPage()->ui()->push->setChecked(false);
    QTRY_VERIFY_WITH_TIMEOUT(pageComplete(wizard, ReleaseWizard::ReviewPageId), timeout);
    QVERIFY(!wizard.reviewPage()->ui()->planText->toPlainText().contains(s.remoteUrl()));
    QVERIFY(wizard.reviewPage()->ui()->reviewStatus->text().contains(QStringLiteral("no push")));
    wizard.reject();
}

void TestReleaseWizard::failedPreflightBlocksUntilFixed()
{
    ReleaseScenario s;
    QVERIFY(s.isValid());
    s.local().writeFile(QStringLiteral("src/main.c"), "int main(void) { return 2; }\n");
    ReleaseWizard wizard(s.local().path(), ReleaseWizard::Mode::New);
    wizard.show();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.preflightPage()->ui()->checks->topLevelItemCount() == 11,
                             timeout);
    QVERIFY(!pageComplete(wizard, ReleaseWizard::PreflightPageId));
    QVERIFY(wizard.preflightPage()->ui()->preflightSummary->text().contains(
            QStringLiteral("failed")));
    QVERIFY2(columnTexts(wizard.preflightPage()->ui()->checks, 1)
                     .join(u' ')
                     .contains(QStringLiteral("src/main.c")),
             qPrintable(columnTexts(wizard.preflightPage()->ui()->checks, 1).join(u'|')));
    QVERIFY(!rd::test::saveScreenshot(&wizard, QStringLiteral("release-1-preflight-failed"))
                     .isEmpty());
    // The Next button stays shut.
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    s.local().writeFile(QStringLiteral("src/main.c"), "int main(void) { return extra() - 1; }\n");
    QTest::keyClick(&wizard, Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(pageComplete(wizard, ReleaseWizard::PreflightPageId), timeout);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.reject();
}

void TestReleaseWizard::failedPushIsResumed()
{
    ReleaseScenario s;
    QVERIFY(s.isValid());
    ReleaseWizard wizard(s.local().path(), ReleaseWizard::Mode::New);
    wizard.show();
    // The push fails after the local steps (the remote was away for a while).
    QVERIFY(runWithFailingPush(wizard, s));
    QVERIFY(!wizard.released());
    QVERIFY(columnTexts(wizard.executePage()->ui()->progressSteps, 1)
                    .contains(QStringLiteral("Failed")));
    QVERIFY(!wizard.executePage()->ui()->executeStatus->text().isEmpty());
    QVERIFY(!rd::test::saveScreenshot(&wizard, QStringLiteral("release-5-failed")).isEmpty());

    QTest::mouseClick(wizard.executePage()->ui()->resumeButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.released(), timeout);
    QCOMPARE(s.commitsSinceBase(), 1);
    QVERIFY(s.remoteRef(QStringLiteral("refs/tags/v1.1.0")));
    QCOMPARE(s.remoteRef(QStringLiteral("refs/heads/main")), std::optional(s.local().head()));
}

void TestReleaseWizard::failedPushIsUndone()
{
    ReleaseScenario s;
    QVERIFY(s.isValid());
    ReleaseWizard wizard(s.local().path(), ReleaseWizard::Mode::New);
    wizard.show();
    QVERIFY(runWithFailingPush(wizard, s));
    QCOMPARE(s.commitsSinceBase(), 1);
    // The push failed, so there is nothing to undo on the remote.
    QTest::mouseClick(wizard.executePage()->ui()->abortButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.executePage()->ui()->executeStatus->text().contains(
                                     QStringLiteral("undone")),
                             timeout);
    QCOMPARE(s.local().head(), s.base());
    QVERIFY(!localTag(s, QStringLiteral("v1.1.0")));
    QVERIFY(!s.remoteRef(QStringLiteral("refs/tags/v1.1.0")));
    QVERIFY(wizard.button(QWizard::CancelButton)->isEnabled());
}

void TestReleaseWizard::mainWindowOffersToRecover()
{
    ReleaseScenario s;
    QVERIFY(s.isValid());
    {
        ReleaseWizard wizard(s.local().path(), ReleaseWizard::Mode::New);
        wizard.show();
        QVERIFY(runWithFailingPush(wizard, s));
        wizard.reject(); // closed with the release unfinished
    }

    MainWindow window;
    window.resize(1100, 700);
    window.show();
    window.openRepository(s.local().path());
    QTRY_VERIFY_WITH_TIMEOUT(window.unfinishedOffer(), timeout);
    QMessageBox *offer = window.unfinishedOffer();
    QVERIFY(offer->text().contains(QStringLiteral("1.1.0")));
    QVERIFY(!rd::test::saveScreenshot(offer, QStringLiteral("release-offer")).isEmpty());
    QAbstractButton *resume = nullptr;
    for (QAbstractButton *button : offer->buttons())
        if (offer->buttonRole(button) == QMessageBox::AcceptRole)
            resume = button;
    QVERIFY(resume);
    resume->click();
    QTRY_VERIFY_WITH_TIMEOUT(window.releaseWizard(), timeout);
    ReleaseWizard *wizard = window.releaseWizard();
    QCOMPARE(wizard->currentId(), int(ReleaseWizard::ExecutePageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->executePage()->ui()->resumeButton->isEnabled(), timeout);
    QVERIFY2(wizard->executePage()->ui()->executeStatus->text().contains(QStringLiteral("v1.1.0")),
             qPrintable(wizard->executePage()->ui()->executeStatus->text()));
    QVERIFY(columnTexts(wizard->executePage()->ui()->progressSteps, 1)
                    .contains(QStringLiteral("Done")));
    QVERIFY(!rd::test::saveScreenshot(wizard, QStringLiteral("release-recover")).isEmpty());
    QTest::mouseClick(wizard->executePage()->ui()->resumeButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->released(), timeout);
    QVERIFY(s.remoteRef(QStringLiteral("refs/tags/v1.1.0")));
    QCOMPARE(s.commitsSinceBase(), 1);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ReleaseWizard::DonePageId));
    QVERIFY(wizard->donePage()->ui()->doneText->text().contains(QStringLiteral("origin")));
    wizard->accept();
}

// What `scripts/run` shows a newcomer: its demo repository, released by clicking through.
void TestReleaseWizard::demoRepositoryReleases()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString demo = temp.filePath(QStringLiteral("demo"));
    QVERIFY(rd::test::makeDemoRepository(demo));

    ReleaseWizard wizard(demo, ReleaseWizard::Mode::New);
    wizard.show();
    QVERIFY(reachReview(wizard));
    QVERIFY(wizard.reviewPage()->ui()->planText->toPlainText().contains(QStringLiteral("v1.2.0")));
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.released(), timeout);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ReleaseWizard::DonePageId));

    auto origin = git::Repository::open(demo + QStringLiteral("-origin.git"));
    QVERIFY(origin);
    auto tags = origin->tags();
    QVERIFY(tags);
    QStringList names;
    for (const git::TagRef &tag : *tags)
        names.append(tag.name);
    QVERIFY2(names.contains(QStringLiteral("v1.2.0")), qPrintable(names.join(u' ')));
    auto changelog = readFile(demo + QStringLiteral("/CHANGELOG.md"));
    QVERIFY(changelog && changelog->contains("## 1.2.0"));
}

QTEST_MAIN(TestReleaseWizard)
#include "tst_releasewizard.moc"
