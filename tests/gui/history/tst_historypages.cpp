// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "scratchrepository.h"
#include "screenshot.h"

#include "changelogpage.h"
#include "commitfilter.h"
#include "commitspage.h"
#include "committablemodel.h"
#include "mainwindow.h"
#include "releaselistmodel.h"
#include "releasespage.h"
#include "repositorycontroller.h"

#include "commits/classifier.h"
#include "git/library.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using rd::gui::ChangelogPage;
using rd::gui::ReleaseListModel;
using rd::gui::ReleasesPage;
using rd::test::ScratchRepository;

namespace {

template<typename Page>
bool openAndWait(Page &page, const QString &path)
{
    page.setProject(path);
    const bool done = QTest::qWaitFor([&] { return !page.isLoading(); }, 60000);
    QTest::qWait(50); // let the layouts follow the new texts before a screenshot
    return done;
}

// Two releases, a pre-release of the next one, then more work: a fix, a feature that closes
// an issue, a chore and a commit that is not conventional.
void buildProject(ScratchRepository &scratch)
{
    auto config = scratch.repo().config();
    config->setString(QStringLiteral("remote.origin.url"),
                      QStringLiteral("git@github.com:acme/widgets.git"));
    scratch.commit(QStringLiteral("feat: first usable widget"), {{QStringLiteral("a"), "1"}});
    scratch.tag(QStringLiteral("v1.0.0"), QStringLiteral("Release 1.0.0"));
    scratch.commit(QStringLiteral("feat(render): rounded corners (#3)"),
                   {{QStringLiteral("b"), "1"}});
    scratch.commit(QStringLiteral("fix(render): clip the shadow\n\nCloses #4"),
                   {{QStringLiteral("b"), "2"}});
    scratch.commit(QStringLiteral("docs: corner examples"), {{QStringLiteral("e"), "1"}});
    scratch.tag(QStringLiteral("v1.1.0-rc.1"));
    scratch.commit(QStringLiteral("perf(render): cache the corner masks"),
                   {{QStringLiteral("b"), "3"}});
    scratch.tag(QStringLiteral("v1.1.0"), QStringLiteral("Release 1.1.0"));
    scratch.commit(QStringLiteral("fix: ignore empty labels (#12)"), {{QStringLiteral("a"), "2"}});
    scratch.commit(QStringLiteral("feat(api)!: let callers choose the corner radius\n\n"
                                  "BREAKING CHANGE: setRounded(bool) is now setRadius(int).\n\n"
                                  "Closes #15"),
                   {{QStringLiteral("c"), "1"}});
    scratch.commit(QStringLiteral("chore(deps): update the test runner"),
                   {{QStringLiteral("d"), "1"}});
    scratch.commit(QStringLiteral("Update README"), {{QStringLiteral("README"), "x"}});
}

} // namespace

class TestHistoryPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The window notes opened repositories in the history database: a test one, not the user's.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void releasesOfAProject();
    void releasesOfARealHistory();
    void packagesOfAMonorepo();
    void nextReleaseNotes();
    void notesWhenNothingIsReleasable();
    void errorsReachTheWindow();
    void commitFilterMatchesWords();
    void largeUnreleasedHistory();

private:
    git::Library m_library;
};

void TestHistoryPages::releasesOfAProject()
{
    ScratchRepository scratch;
    buildProject(scratch);
    ReleasesPage page;
    page.resize(1000, 620);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy busy(&page, &ReleasesPage::busyChanged);
    QVERIFY(openAndWait(page, scratch.path()));
    QCOMPARE(busy.size(), 2); // busy, then done

    ReleaseListModel *model = page.model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, ReleaseListModel::VersionColumn).data().toString(),
             QStringLiteral("1.1.0"));
    QCOMPARE(model->index(1, ReleaseListModel::VersionColumn).data().toString(),
             QStringLiteral("1.1.0-rc.1"));
    QCOMPARE(model->index(2, ReleaseListModel::VersionColumn).data().toString(),
             QStringLiteral("1.0.0"));
    // 1.1.0 holds everything since 1.0.0, its release candidate's commits too.
    QCOMPARE(model->index(0, ReleaseListModel::CommitsColumn).data().toInt(), 4);
    QCOMPARE(model->index(1, ReleaseListModel::CommitsColumn).data().toInt(), 3);
    QCOMPARE(model->index(0, ReleaseListModel::LevelColumn).data().toString(),
             QStringLiteral("minor"));
    QCOMPARE(model->index(0, ReleaseListModel::TypesColumn).data().toString(),
             QStringLiteral("docs 1, feat 1, fix 1, perf 1"));
    QVERIFY(model->index(1, 0).data(ReleaseListModel::PreReleaseRole).toBool());
    QVERIFY(model->index(1, 0).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(page.summaryText().contains(QStringLiteral("3 release")));
    QVERIFY(page.summaryText().contains(QStringLiteral("1 pre-release")));

    // The newest release is selected, its notes below.
    QVERIFY2(page.notesText().contains(QStringLiteral("rounded corners")),
             qPrintable(page.notesText()));
    QVERIFY(page.notesText().contains(QStringLiteral("Performance Improvements")));
    QVERIFY(page.notesText().contains(QStringLiteral("since v1.0.0")));
    QVERIFY(!rd::test::saveScreenshot(&page, QStringLiteral("releases")).isEmpty());

    page.setShowPreReleases(false);
    QCOMPARE(page.visibleRowCount(), 2);
    QVERIFY(!page.selectRelease(QStringLiteral("v1.1.0-rc.1")));
    QVERIFY(page.selectRelease(QStringLiteral("v1.0.0")));
    QVERIFY(page.notesText().contains(QStringLiteral("first usable widget")));
    QVERIFY(page.notesText().contains(QStringLiteral("the first release")));
}

void TestHistoryPages::releasesOfARealHistory()
{
    QTemporaryDir dir;
    QVERIFY(rd::test::loadHistory(QStringLiteral("semantic-release"), dir.path()));
    ReleasesPage page;
    page.resize(1120, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(openAndWait(page, dir.path()));
    QVERIFY(page.model()->rowCount() > 400);
    // Highest version first: the unfinished 26.0.0 beta, then 25.0.9 (21 commits, one fix).
    QCOMPARE(page.model()->index(0, 0).data(ReleaseListModel::TagRole).toString(),
             QStringLiteral("v26.0.0-beta.1"));
    QCOMPARE(page.model()->index(1, 0).data(ReleaseListModel::TagRole).toString(),
             QStringLiteral("v25.0.9"));
    QCOMPARE(page.model()->index(1, ReleaseListModel::CommitsColumn).data().toInt(), 21);
    QVERIFY(page.selectRelease(QStringLiteral("v25.0.0")));
    QVERIFY(page.notesText().contains(QStringLiteral("BREAKING CHANGES")));
    QVERIFY(page.selectRelease(QStringLiteral("v25.0.9")));
    QVERIFY(page.notesText().contains(QStringLiteral("EGITNOPERMISSION")));
    QVERIFY(!rd::test::saveScreenshot(&page, QStringLiteral("releases-semantic-release"))
                     .isEmpty());
}

void TestHistoryPages::packagesOfAMonorepo()
{
    // The vite monorepo: vite's own v8.x tags, create-vite@…, plugin-legacy@… The fixture has
    // no files, so the packages filter by tags only (no path).
    QTemporaryDir dir;
    const QString bare = dir.filePath(QStringLiteral("vite.git"));
    QVERIFY(rd::test::loadHistory(QStringLiteral("vite"), bare));
    const QString work = dir.filePath(QStringLiteral("vite"));
    QProcess clone;
    clone.start(QStringLiteral("git"), {QStringLiteral("clone"), QStringLiteral("-q"), bare, work});
    QVERIFY(clone.waitForFinished(120000));
    QCOMPARE(clone.exitCode(), 0);
    QFile config(work + QStringLiteral("/.releasedesk.yml"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("packages:\n  create-vite:\n  plugin-legacy:\n");
    config.close();

    ReleasesPage page;
    page.resize(1120, 700);
    page.show();
    QVERIFY(openAndWait(page, work));
    QCOMPARE(page.packages(),
             (QStringList{QString(),
                          QStringLiteral("create-vite"),
                          QStringLiteral("plugin-legacy")}));
    QCOMPARE(page.model()->index(0, 0).data(ReleaseListModel::TagRole).toString(),
             QStringLiteral("v8.2.2"));
    page.selectPackage(QStringLiteral("create-vite"));
    QVERIFY(QTest::qWaitFor([&] { return !page.isLoading(); }, 60000));
    QTest::qWait(50);
    QCOMPARE(page.model()->index(0, 0).data(ReleaseListModel::TagRole).toString(),
             QStringLiteral("create-vite@9.1.2"));
    for (int row = 0; row < page.model()->rowCount(); ++row)
        QVERIFY(page.model()
                        ->index(row, 0)
                        .data(ReleaseListModel::TagRole)
                        .toString()
                        .startsWith(QStringLiteral("create-vite@")));
    QVERIFY(page.summaryText().contains(QStringLiteral("create-vite@{version}")));
    QVERIFY(!rd::test::saveScreenshot(&page, QStringLiteral("releases-monorepo")).isEmpty());

    ChangelogPage notes;
    notes.resize(1120, 700);
    notes.show();
    QVERIFY(openAndWait(notes, work));
    QCOMPARE(notes.packages().size(), 3);
    notes.selectPackage(QStringLiteral("plugin-legacy"));
    QVERIFY(QTest::qWaitFor([&] { return !notes.isLoading(); }, 60000));
    QVERIFY(!notes.titleText().isEmpty());
}

void TestHistoryPages::nextReleaseNotes()
{
    ScratchRepository scratch;
    buildProject(scratch);
    ChangelogPage page;
    page.resize(1120, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(openAndWait(page, scratch.path()));

    QCOMPARE(page.titleText(), QStringLiteral("Release notes for 2.0.0"));
    QVERIFY(page.markdown().startsWith(
            QStringLiteral("## [2.0.0](https://github.com/acme/widgets/compare/v1.1.0...v2.0.0)")));
    QVERIFY(page.markdown().contains(QStringLiteral("### ⚠ BREAKING CHANGES")));
    // The preview is the Markdown rendered: headings and links become text.
    QVERIFY(page.previewText().contains(QStringLiteral("BREAKING CHANGES")));
    QVERIFY(page.previewText().contains(QStringLiteral("setRounded(bool) is now setRadius(int).")));
    QVERIFY(!page.previewText().contains(QStringLiteral("](https://")));
    QCOMPARE(page.includedCount(), 2);
    QCOMPARE(page.includedSections(),
             QStringList({QStringLiteral("Features (1)"), QStringLiteral("Bug Fixes (1)")}));
    // The entry, not the section, gets the list's width: the sections are rows over their
    // entries, the level and the commit are as wide as their texts.
    auto *included = page.findChild<QTreeView *>(QStringLiteral("included"));
    QVERIFY(included);
    QVERIFY2(included->header()->sectionSize(0) * 2 > included->viewport()->width(),
             qPrintable(QStringLiteral("%1 of %2")
                                .arg(included->header()->sectionSize(0))
                                .arg(included->viewport()->width())));
    const QStringList reasons = page.leftOutReasons();
    QCOMPARE(reasons.size(), 2);
    QVERIFY2(reasons.at(0).contains(QStringLiteral("not a Conventional Commit")),
             qPrintable(reasons.at(0)));
    QVERIFY2(reasons.at(1).contains(QStringLiteral("chore")), qPrintable(reasons.at(1)));
    QVERIFY(!rd::test::saveScreenshot(&page, QStringLiteral("changelog")).isEmpty());

    page.setFormat(rd::ChangelogFormat::KeepAChangelog);
    QTest::qWait(50);
    QVERIFY(page.markdown().startsWith(QStringLiteral("## [2.0.0] - ")));
    QVERIFY(page.markdown().contains(QStringLiteral("### Added")));
    QVERIFY(page.markdown().contains(QStringLiteral("### Fixed")));
    QVERIFY(!rd::test::saveScreenshot(&page, QStringLiteral("changelog-keepachangelog")).isEmpty());
}

void TestHistoryPages::notesWhenNothingIsReleasable()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: first"), {{QStringLiteral("a"), "1"}});
    scratch.tag(QStringLiteral("v0.3.0"));
    scratch.commit(QStringLiteral("chore: tidy"), {{QStringLiteral("a"), "2"}});
    ChangelogPage page;
    page.resize(900, 560);
    page.show();
    QVERIFY(openAndWait(page, scratch.path()));
    QCOMPARE(page.titleText(), QStringLiteral("Unreleased changes"));
    QCOMPARE(page.includedCount(), 0);
    QCOMPARE(page.leftOutReasons().size(), 1);
    QVERIFY(page.previewText().contains(QStringLiteral("Nothing for the release notes yet")));
}

void TestHistoryPages::errorsReachTheWindow()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: first"),
                   {{QStringLiteral(".releasedesk.yml"), "changelog:\n  scopes: italic\n"}});
    ChangelogPage page;
    QSignalSpy failed(&page, &ChangelogPage::failed);
    QVERIFY(openAndWait(page, scratch.path()));
    QCOMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<rd::Error>();
    QVERIFY2(error.toString().contains(QStringLiteral("changelog.scopes")),
             qPrintable(error.toString()));

    ReleasesPage releases;
    QSignalSpy releasesFailed(&releases, &ReleasesPage::failed);
    QTemporaryDir empty;
    QVERIFY(openAndWait(releases, empty.path()));
    QCOMPARE(releasesFailed.size(), 1);
    QCOMPARE(releases.model()->rowCount(), 0);
}

namespace {

rd::AnalyzedCommit analyzed(const QString &message, const QString &author, const QString &id)
{
    rd::AnalyzedCommit commit;
    commit.message = message;
    commit.parsed = rd::parseCommitMessage(message);
    commit.classification = rd::CommitClassifier().classify(commit.parsed);
    commit.author.name = author;
    commit.id = *git::Oid::fromString(id);
    return commit;
}

} // namespace

void TestHistoryPages::commitFilterMatchesWords()
{
    using rd::gui::CommitFilter;
    const rd::AnalyzedCommit fix = analyzed(QStringLiteral("fix(parser): keep CRLF endings"),
                                            QStringLiteral("Ada Lovelace"),
                                            QStringLiteral("0123abcd") + QString(32, u'0'));
    const rd::AnalyzedCommit prefix = analyzed(QStringLiteral("feat(api): add a prefix option"),
                                               QStringLiteral("Grace Hopper"),
                                               QStringLiteral("fedc9876") + QString(32, u'1'));
    const rd::AnalyzedCommit free = analyzed(QStringLiteral("Update README"),
                                             QStringLiteral("Linus"),
                                             QStringLiteral("aaaa0000") + QString(32, u'2'));
    // The reasons mention types and words the user did not write in the commit.
    QVERIFY(prefix.classification.reason.contains(QStringLiteral("feat")));
    QVERIFY(free.classification.reason.contains(QStringLiteral("Conventional")));

    const auto found = [&](const QString &text) {
        const CommitFilter filter(text);
        QStringList names;
        for (const rd::AnalyzedCommit *commit : {&fix, &prefix, &free}) {
            if (filter.matches(*commit))
                names.append(commit->parsed.type.isEmpty() ? QStringLiteral("free")
                                                           : commit->parsed.type);
        }
        return names;
    };
    QCOMPARE(found(QString()),
             (QStringList{QStringLiteral("fix"), QStringLiteral("feat"), QStringLiteral("free")}));
    // "fix" is the fix commit's type, not the end of "prefix".
    QCOMPARE(found(QStringLiteral("fix")), QStringList{QStringLiteral("fix")});
    // Words are found by their start, case ignored: type, scope, subject, author.
    QCOMPARE(found(QStringLiteral("pre")), QStringList{QStringLiteral("feat")});
    QCOMPARE(found(QStringLiteral("FEAT")), QStringList{QStringLiteral("feat")});
    QCOMPARE(found(QStringLiteral("pars")), QStringList{QStringLiteral("fix")});
    QCOMPARE(found(QStringLiteral("readme")), QStringList{QStringLiteral("free")});
    QCOMPARE(found(QStringLiteral("hopper")), QStringList{QStringLiteral("feat")});
    // Every word must be found; "feat(api)" is the words feat and api.
    QCOMPARE(found(QStringLiteral("feat(api)")), QStringList{QStringLiteral("feat")});
    QCOMPARE(found(QStringLiteral("feat parser")), QStringList());
    // A hash prefix, not a piece of the middle of one.
    QCOMPARE(found(QStringLiteral("0123ab")), QStringList{QStringLiteral("fix")});
    QCOMPARE(found(QStringLiteral("23ab")), QStringList());
    // The reason is not searched.
    QCOMPARE(found(QStringLiteral("conventional")), QStringList());
}

// A history whose whole is unreleased: thousands of notes entries and commits left out, made
// off the GUI thread; every view on it shown and photographed.
void TestHistoryPages::largeUnreleasedHistory()
{
    // The fixture is a bare repository, whose settings come from HEAD's tree: a clone gets
    // the work tree the .releasedesk.yml below is written into.
    QTemporaryDir bare;
    QVERIFY(rd::test::loadHistory(QStringLiteral("vite"), bare.path()));
    QTemporaryDir dir;
    QProcess clone;
    clone.start(QStringLiteral("git"),
                {QStringLiteral("clone"), QStringLiteral("-q"), bare.path(), dir.path()});
    QVERIFY(clone.waitForFinished(120000) && clone.exitCode() == 0);
    QFile config(dir.filePath(QStringLiteral(".releasedesk.yml")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("tag-pattern: \"never-{version}\"\n");
    config.close();

    rd::gui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openRepository(dir.path());
    ChangelogPage *notes = window.changelogPage();
    QVERIFY(QTest::qWaitFor(
            [&] {
                return window.controller()->report() && !window.controller()->isLoading()
                       && !notes->isLoading() && !window.releasesPage()->isLoading();
            },
            120000));
    window.showView(notes);
    QTest::qWait(100);

    const int commits = int(window.controller()->report()->commits.size());
    QVERIFY2(commits > 9000, qPrintable(QString::number(commits)));
    QCOMPARE(notes->titleText(), QStringLiteral("Release notes for 0.1.0"));
    QVERIFY2(notes->includedCount() > 1000, qPrintable(QString::number(notes->includedCount())));
    const QStringList reasons = notes->leftOutReasons();
    QVERIFY(reasons.size() > 1000);
    QCOMPARE(notes->includedCount() + reasons.size(), commits);
    for (const QString &reason : reasons)
        QVERIFY2(!reason.contains(u'`'), qPrintable(reason));
    // Every entry is in the Markdown; the preview renders its start and says where the rest is.
    const QString markdown = notes->markdown();
    QVERIFY(markdown.startsWith(QStringLiteral("## 0.1.0")));
    QVERIFY(int(markdown.count(QStringLiteral("\n* "))) >= notes->includedCount());
    const QString preview = notes->previewText();
    QVERIFY(preview.startsWith(QStringLiteral("0.1.0")));
    QVERIFY(preview.size() < markdown.size() / 4);
    const QString lines = QString::number(markdown.count(u'\n'));
    QVERIFY2(preview.contains(QStringLiteral(" of %1: the Markdown tab").arg(lines)),
             qPrintable(preview.right(200)));
    QString firstEntry = markdown.section(QStringLiteral("\n* "), 1, 1).section(u'(', 0, 0);
    QVERIFY2(preview.contains(firstEntry.remove(u'*').remove(u'`').trimmed()),
             qPrintable(firstEntry));
    QVERIFY(!rd::test::saveScreenshot(&window, QStringLiteral("large-changelog")).isEmpty());

    notes->setFormat(rd::ChangelogFormat::KeepAChangelog);
    QVERIFY(notes->isLoading()); // rendered on the pool
    QVERIFY(QTest::qWaitFor([&] { return !notes->isLoading(); }, 60000));
    QVERIFY(notes->markdown().startsWith(QStringLiteral("## [0.1.0] - ")));
    QVERIFY(int(notes->markdown().count(QStringLiteral("\n- "))) >= notes->includedCount());

    window.showView(window.commitsPage());
    QTest::qWait(100);
    rd::gui::CommitTableModel *model = window.commitsPage()->model();
    QCOMPARE(model->rowCount(), commits);
    for (int row = 0; row < 200; ++row) {
        const QModelIndex why = model->index(row, rd::gui::CommitTableModel::ReasonColumn);
        QVERIFY2(!why.data().toString().contains(u'`'), qPrintable(why.data().toString()));
        QVERIFY(!why.data().toString().isEmpty());
    }
    QVERIFY(!rd::test::saveScreenshot(&window, QStringLiteral("large-commits")).isEmpty());
    window.commitsPage()->focusFilter();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("fix"));
    const int fixes = window.commitsPage()->visibleRowCount();
    QVERIFY(fixes > 100 && fixes < commits);
    QVERIFY(!rd::test::saveScreenshot(&window, QStringLiteral("large-commits-filtered")).isEmpty());

    window.showView(window.releasesPage());
    QTest::qWait(100);
    QVERIFY(!rd::test::saveScreenshot(&window, QStringLiteral("large-releases")).isEmpty());
}

QTEST_MAIN(TestHistoryPages)
#include "tst_historypages.moc"
