// SPDX-License-Identifier: GPL-3.0-or-later
// The first window a newcomer sees (issue 15, "a first window that tells the truth"): a
// repository given at start opens at once without the Welcome page, the next version never sits
// beside a contradicting badge, counts read as sentences, and a reload that fails on a broken
// .releasedesk.yml leaves the last analysis visible, marked out of date, with the file named.

#include "fixtures.h"
#include "scratchrepository.h"
#include "screenshot.h"

#include "mainwindow.h"
#include "overviewpage.h"
#include "repositorycontroller.h"

#include "git/library.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using rd::gui::MainWindow;
using rd::test::ScratchRepository;

namespace {

constexpr int timeout = 60000; // the machine may be busy: a bound, not a speed test

// Opens `path` as main() does (before the window shows) and waits for the analysis. Spies
// first: a small repository can finish loading before the window is up.
bool openAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy loaded(window.controller(), &rd::gui::RepositoryController::loaded);
    QSignalSpy failed(window.controller(), &rd::gui::RepositoryController::failed);
    window.openRepository(path);
    window.show();
    return QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, timeout)
           && !loaded.isEmpty();
}

QString labelText(QWidget *page, const char *name)
{
    auto *label = page->findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}

} // namespace

class TestFirstWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void repositoryOpensWithoutWelcome();
    void demoRepository();
    void firstReleaseSaysWhatHappens();
    void nothingToRelease();
    void brokenConfigMarksTheAnalysisStale();

private:
    git::Library m_library;
};

void TestFirstWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ReleaseDeskTests"));
}

// As main() does with a repository on the command line: opened before the window shows.
void TestFirstWindow::repositoryOpensWithoutWelcome()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: start"), {{QStringLiteral("a"), "1"}});
    MainWindow window;
    QSignalSpy loaded(window.controller(), &rd::gui::RepositoryController::loaded);
    window.openRepository(scratch.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Before the history is read, the repository's own page is up, saying it is being read.
    if (loaded.isEmpty()) {
        QCOMPARE(window.currentView(), window.overviewPage());
    }
    QVERIFY(QTest::qWaitFor([&] { return !loaded.isEmpty(); }, timeout));
    QCOMPARE(window.currentView(), window.overviewPage());
    QCOMPARE(window.overviewPage()->nextVersionText(), QStringLiteral("0.1.0"));
}

// What `scripts/run` opens.
void TestFirstWindow::demoRepository()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString demo = temp.filePath(QStringLiteral("demo"));
    QVERIFY(rd::test::makeDemoRepository(demo));

    MainWindow window;
    window.resize(1180, 760);
    QVERIFY(openAndWait(window, demo));
    rd::gui::OverviewPage *overview = window.overviewPage();
    QCOMPARE(overview->currentVersionText(), QStringLiteral("1.1.0"));
    QCOMPARE(overview->nextVersionText(), QStringLiteral("1.2.0"));
    QCOMPARE(overview->badgeText(), QStringLiteral("minor"));
    QVERIFY(!overview->summaryText().contains(QStringLiteral("0 of 0")));
    // Reasons show no Markdown backticks.
    auto *deciding = overview->findChild<QTreeWidget *>(QStringLiteral("deciding"));
    QVERIFY(deciding && deciding->topLevelItemCount() > 0);
    for (int row = 0; row < deciding->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = deciding->topLevelItem(row);
        QVERIFY2(!item->text(2).contains(u'`'), qPrintable(item->text(2)));
        QVERIFY2(!item->toolTip(2).contains(u'`'), qPrintable(item->toolTip(2)));
        QVERIFY(!item->toolTip(1).isEmpty());
    }
    QVERIFY2(!overview->stepsText().contains(u'`'), qPrintable(overview->stepsText()));
    QVERIFY(!rd::test::saveScreenshot(&window, QStringLiteral("first-window-demo")).isEmpty());
}

// No tag and no Conventional Commit (like this project's own history): the first release,
// said as such, never a "none" badge beside a version.
void TestFirstWindow::firstReleaseSaysWhatHappens()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("Initial import"), {{QStringLiteral("a"), "1"}});
    scratch.commit(QStringLiteral("Update README"), {{QStringLiteral("README"), "x"}});
    MainWindow window;
    window.resize(1024, 700);
    QVERIFY(openAndWait(window, scratch.path()));
    rd::gui::OverviewPage *overview = window.overviewPage();
    QCOMPARE(overview->currentVersionText(), QStringLiteral("none"));
    QCOMPARE(overview->nextVersionText(), QStringLiteral("0.1.0"));
    QCOMPARE(overview->badgeText(), QStringLiteral("first release"));
    QVERIFY2(labelText(overview, "nextDetail").contains(QStringLiteral("no release tag yet")),
             qPrintable(labelText(overview, "nextDetail")));
    QVERIFY2(overview->summaryText().startsWith(QStringLiteral("None of the 2")),
             qPrintable(overview->summaryText()));
    QVERIFY(!rd::test::saveScreenshot(&window, QStringLiteral("first-window-first-release"))
                     .isEmpty());
}

void TestFirstWindow::nothingToRelease()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: start"), {{QStringLiteral("a"), "1"}});
    scratch.tag(QStringLiteral("v1.0.0"), QStringLiteral("Release 1.0.0"));
    MainWindow window;
    QVERIFY(openAndWait(window, scratch.path()));
    rd::gui::OverviewPage *overview = window.overviewPage();
    QCOMPARE(overview->currentVersionText(), QStringLiteral("1.0.0"));
    QCOMPARE(overview->nextVersionText(), QStringLiteral("nothing to release"));
    QVERIFY(overview->badgeText().isEmpty());
    // The sentence, then which tag pattern was used, without Markdown backticks.
    QCOMPARE(overview->summaryText(),
             QStringLiteral("No commits since the last release.\nRelease tags: tags look like "
                            "v1.0.0: pattern v{version}, inferred from 1 tag."));
}

void TestFirstWindow::brokenConfigMarksTheAnalysisStale()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: start"), {{QStringLiteral("a"), "1"}});
    scratch.tag(QStringLiteral("v1.0.0"), QStringLiteral("Release 1.0.0"));
    scratch.commit(QStringLiteral("fix: a bug"), {{QStringLiteral("a"), "2"}});
    MainWindow window;
    window.resize(1024, 700);
    QVERIFY(openAndWait(window, scratch.path()));
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.overviewPage()->nextVersionText(), QStringLiteral("1.0.1"));
    QVERIFY(!window.isStale());

    scratch.writeFile(QStringLiteral(".releasedesk.yml"), "tag-pattern: [unclosed\n");
    QSignalSpy failed(window.controller(), &rd::gui::RepositoryController::failed);
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, timeout));
    // The old analysis is still there, greyed and marked; the file that failed is named.
    QVERIFY(window.isStale());
    QCOMPARE(window.overviewPage()->nextVersionText(), QStringLiteral("1.0.1"));
    QVERIFY(!window.overviewPage()->isEnabled());
    QVERIFY2(window.statusText().contains(QStringLiteral(".releasedesk.yml:")),
             qPrintable(window.statusText()));
    QVERIFY(!window.statusText().contains(QStringLiteral("the repository")));
    QVERIFY2(window.bannerText().contains(QStringLiteral("out of date"))
                     || window.bannerText().contains(QStringLiteral("before this failure")),
             qPrintable(window.bannerText()));
    QVERIFY(window.windowTitle().contains(QStringLiteral("out of date")));
    QVERIFY(!rd::test::saveScreenshot(&window, QStringLiteral("first-window-stale")).isEmpty());

    // Fixed and reloaded: current again.
    scratch.writeFile(QStringLiteral(".releasedesk.yml"), "# every default\n");
    QSignalSpy loaded(window.controller(), &rd::gui::RepositoryController::loaded);
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(QTest::qWaitFor([&] { return !loaded.isEmpty(); }, timeout));
    QVERIFY(!window.isStale());
    QVERIFY(window.overviewPage()->isEnabled());
    QVERIFY(!window.windowTitle().contains(QStringLiteral("out of date")));
}

QTEST_MAIN(TestFirstWindow)
#include "tst_firstwindow.moc"
