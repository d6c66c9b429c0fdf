// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "scratchrepository.h"
#include "screenshot.h"

#include "changelogpage.h"
#include "releaselistmodel.h"
#include "releasespage.h"

#include "git/library.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
    void releasesOfAProject();
    void releasesOfARealHistory();
    void packagesOfAMonorepo();
    void nextReleaseNotes();
    void notesWhenNothingIsReleasable();
    void errorsReachTheWindow();

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

QTEST_MAIN(TestHistoryPages)
#include "tst_historypages.moc"
