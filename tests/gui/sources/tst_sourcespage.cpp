// SPDX-License-Identifier: GPL-3.0-or-later
// The version sources view on a real mismatch: the grid colours the disagreeing cells, the
// reconcile dialog previews every file's diff and writes them; screenshots of each step.
#include "scratchrepository.h"
#include "screenshot.h"

#include "reconciledialog.h"
#include "sourcesmodel.h"
#include "sourcespage.h"
#include "sourcestatusstyle.h"
#include "versiondiffview.h"

#include "git/library.h"

#include <QApplication>
#include <QFile>
#include <QLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using rd::test::ScratchRepository;
using namespace rd;
using namespace rd::gui;

namespace {

QByteArray fileContent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int rowOf(const SourcesModel &model, const QString &id)
{
    return model.rowOf(id);
}

} // namespace

class TestSourcesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsMismatchInTheGrid();
    void registryColumnsJoinTheGrid();
    void reconcilePreviewsAndWrites();
    void emptyAndInvalidStates();

private:
    void buildProject(ScratchRepository &scratch);
    bool loadPage(SourcesPage &page, const QString &root);
    git::Library m_library;
};

void TestSourcesPage::buildProject(ScratchRepository &scratch)
{
    // The seed problem: the tag says 3.2.0, pyproject.toml already 3.3.0, the chart lags.
    scratch.commit(QStringLiteral("feat: first release"),
                   {{QStringLiteral("pyproject.toml"),
                     "[project]\nname = \"demo\"\nversion = \"3.3.0\"  # bumped too early\n\n"
                     "[tool.mypy]\npython_version = \"3.9\"\n"},
                    {QStringLiteral("package.json"),
                     "{\r\n  \"name\": \"demo-ui\",\r\n  \"version\": \"3.2.0\",\r\n  "
                     "\"dependencies\": { \"left-pad\": \"3.2.0\" }\r\n}\r\n"},
                    {QStringLiteral("src/demo/__init__.py"),
                     "\"\"\"Demo.\"\"\"\n\n__version__ = \"3.2.0\"\n"},
                    {QStringLiteral("charts/demo/Chart.yaml"),
                     "apiVersion: v2\nname: demo\nversion: 3.2.0\nappVersion: \"3.1.0\"\n"},
                    {QStringLiteral("pom.xml"),
                     "<project>\n  <parent><version>2.7.1</version></parent>\n  "
                     "<version>3.2.0-SNAPSHOT</version>\n</project>\n"},
                    {QStringLiteral("setup.cfg"),
                     "[metadata]\nname = demo\nversion = attr: demo.__version__\n"},
                    {QStringLiteral("CHANGELOG.md"),
                     "# Changelog\n\n## [Unreleased]\n\n## [3.2.0] - 2024-05-01\n\n- First.\n"}});
    scratch.tag(QStringLiteral("v3.2.0"), QStringLiteral("Release 3.2.0"));
}

bool TestSourcesPage::loadPage(SourcesPage &page, const QString &root)
{
    QSignalSpy loaded(&page, &SourcesPage::loaded);
    page.setProject(root);
    return QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 20000);
}

void TestSourcesPage::showsMismatchInTheGrid()
{
    ScratchRepository scratch;
    buildProject(scratch);
    SourcesPage page;
    page.resize(1000, 520);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(loadPage(page, scratch.path()));
    const SourcesModel &model = *page.model();
    QCOMPARE(model.rowCount(), 9);
    QVERIFY2(page.summaryText().contains(QStringLiteral("3 of 9")), qPrintable(page.summaryText()));

    const int pyproject = rowOf(model, QStringLiteral("pyproject.toml#[project] version"));
    QVERIFY(pyproject >= 0);
    QCOMPARE(model.index(pyproject, SourcesModel::Status).data().toString(),
             QStringLiteral("ahead"));
    QCOMPARE(model.index(pyproject, SourcesModel::Value).data(Qt::BackgroundRole).value<QColor>(),
             statusBackground(SourceStatus::Ahead));
    QCOMPARE(model.index(pyproject, SourcesModel::Scheme).data().toString(),
             QStringLiteral("PEP 440"));
    const int app = rowOf(model, QStringLiteral("charts/demo/Chart.yaml#appVersion"));
    QCOMPARE(model.index(app, SourcesModel::Status).data().toString(), QStringLiteral("behind"));
    const int pom = rowOf(model, QStringLiteral("pom.xml#project.version"));
    QCOMPARE(model.index(pom, SourcesModel::Value).data().toString(),
             QStringLiteral("3.2.0-SNAPSHOT"));
    QCOMPARE(model.index(pom, SourcesModel::Status).data().toString(), QStringLiteral("behind"));
    // Agreeing cells stay plain, so the eye goes to the others.
    const int package = rowOf(model, QStringLiteral("package.json#version"));
    QVERIFY(!model.index(package, SourcesModel::Value).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.index(0, SourcesModel::Status).data().toString(), QStringLiteral("reference"));
    const int dynamic = rowOf(model, QStringLiteral("setup.cfg#[metadata] version"));
    QCOMPARE(model.index(dynamic, SourcesModel::Status).data().toString(),
             QStringLiteral("dynamic"));

    // The dynamic row selected: its details say where the version comes from, and the coloured
    // cells of the others stay visible.
    auto *table = page.findChild<QTableView *>(QStringLiteral("table"));
    table->selectRow(dynamic);
    QVERIFY(!rd::test::saveScreenshot(&page, QStringLiteral("sources-mismatch")).isEmpty());
}

void TestSourcesPage::registryColumnsJoinTheGrid()
{
    ScratchRepository scratch;
    buildProject(scratch);
    SourcesPage page;
    QVERIFY(loadPage(page, scratch.path()));
    SourcesModel &model = *page.model();
    model.addColumn(QStringLiteral("pypi"), QStringLiteral("PyPI"));
    QCOMPARE(model.columnCount(), SourcesModel::FixedColumns + 1);
    QCOMPARE(model.headerData(SourcesModel::FixedColumns, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
             QStringLiteral("PyPI"));
    const QString id = QStringLiteral("pyproject.toml#[project] version");
    model.setExtraValue(id, QStringLiteral("pypi"), QStringLiteral("3.1.0"));
    const QModelIndex cell = model.index(rowOf(model, id), SourcesModel::FixedColumns);
    QCOMPARE(cell.data().toString(), QStringLiteral("3.1.0"));
    QCOMPARE(cell.data(Qt::BackgroundRole).value<QColor>(), statusBackground(SourceStatus::Behind));
}

void TestSourcesPage::reconcilePreviewsAndWrites()
{
    ScratchRepository scratch;
    buildProject(scratch);
    SourcesPage page;
    page.resize(1000, 520);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(loadPage(page, scratch.path()));

    ReconcileDialog *dialog = page.reconcile();
    QVERIFY(dialog);
    dialog->resize(980, 560);
    QSignalSpy planned(dialog, &ReconcileDialog::planned);
    dialog->setVersionText(QStringLiteral("3.3.0"));
    QVERIFY(QTest::qWaitFor([&] { return dialog->plan().has_value(); }, 10000));
    const VersionPlan &plan = *dialog->plan();
    // package.json, __init__.py, Chart.yaml (version and appVersion) and pom.xml change;
    // pyproject.toml already says 3.3.0.
    QCOMPARE(plan.edits.size(), 4);
    QCOMPARE(dialog->fileList()->count(), 4);
    QVERIFY(dialog->applyButton()->isEnabled());

    // The first file is package.json (CRLF): its diff shows the one line, the dependency stays.
    const QString unified = dialog->diffView()->unifiedText();
    QVERIFY2(unified.contains(QStringLiteral("-   \"version\": \"3.2.0\",")), qPrintable(unified));
    QVERIFY(unified.contains(QStringLiteral("+   \"version\": \"3.3.0\",")));
    QVERIFY(!unified.contains(QStringLiteral("+   \"dependencies\"")));
    QCOMPARE(dialog->diffView()->highlightCount(), 2);
    dialog->layout()->activate();
    QApplication::processEvents();
    QVERIFY(!rd::test::saveScreenshot(dialog, QStringLiteral("sources-reconcile-unified"))
                     .isEmpty());

    // Side by side on the chart: two changed lines, old left, new right.
    for (int row = 0; row < dialog->fileList()->count(); ++row) {
        if (dialog->fileList()->item(row)->text() == u"charts/demo/Chart.yaml")
            dialog->fileList()->setCurrentRow(row);
    }
    dialog->findChild<QWidget *>(QStringLiteral("sideBySide"))->setProperty("checked", true);
    QCOMPARE(dialog->diffView()->mode(), VersionDiffView::Mode::SideBySide);
    QVERIFY(dialog->diffView()->leftText().contains(QStringLiteral("appVersion: \"3.1.0\"")));
    QVERIFY(dialog->diffView()->rightText().contains(QStringLiteral("appVersion: \"3.3.0\"")));
    QCOMPARE(dialog->diffView()->highlightCount(), 4);
    QVERIFY(!rd::test::saveScreenshot(dialog, QStringLiteral("sources-reconcile-side-by-side"))
                     .isEmpty());

    // Apply: the files are written, the page reloads and (after tagging) everything agrees.
    QSignalSpy applied(dialog, &ReconcileDialog::applied);
    QSignalSpy reloaded(&page, &SourcesPage::loaded);
    dialog->applyButton()->click();
    QVERIFY(QTest::qWaitFor([&] { return !applied.isEmpty(); }, 10000));
    QVERIFY(QTest::qWaitFor([&] { return !reloaded.isEmpty(); }, 10000));
    QCOMPARE(fileContent(scratch.path() + QStringLiteral("/package.json")),
             QByteArray("{\r\n  \"name\": \"demo-ui\",\r\n  \"version\": \"3.3.0\",\r\n  "
                        "\"dependencies\": { \"left-pad\": \"3.2.0\" }\r\n}\r\n"));
    QCOMPARE(fileContent(scratch.path() + QStringLiteral("/pom.xml")),
             QByteArray("<project>\n  <parent><version>2.7.1</version></parent>\n  "
                        "<version>3.3.0</version>\n</project>\n"));
    const int pyproject = rowOf(*page.model(), QStringLiteral("pyproject.toml#[project] version"));
    QCOMPARE(page.model()->index(pyproject, SourcesModel::Status).data().toString(),
             QStringLiteral("ahead")); // the tag is still v3.2.0
    scratch.tag(QStringLiteral("v3.3.0"));
    QVERIFY(loadPage(page, scratch.path()));
    QVERIFY2(page.summaryText().contains(QStringLiteral("1 of 9")), qPrintable(page.summaryText()));
    QVERIFY(!rd::test::saveScreenshot(&page, QStringLiteral("sources-reconciled")).isEmpty());
}

void TestSourcesPage::emptyAndInvalidStates()
{
    ScratchRepository scratch;
    buildProject(scratch);
    SourcesPage page;
    QVERIFY(loadPage(page, scratch.path()));
    ReconcileDialog *dialog = page.reconcile();
    dialog->setVersionText(QStringLiteral("not a version"));
    QVERIFY(!dialog->plan());
    QVERIFY(!dialog->applyButton()->isEnabled());
    QVERIFY(!dialog->problemText().isEmpty());
    // A version CMake-style numbers cannot hold would block; here every source can take an rc.
    dialog->setVersionText(QStringLiteral("4.0.0-rc.1"));
    QVERIFY(QTest::qWaitFor([&] { return dialog->plan().has_value(); }, 10000));
    QVERIFY(!dialog->plan()->isBlocked());
    dialog->reject();

    ScratchRepository empty;
    empty.commit(QStringLiteral("chore: nothing"), {{QStringLiteral("README"), "x"}});
    QVERIFY(loadPage(page, empty.path()));
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(page.summaryText().contains(QStringLiteral("No version sources")));
    page.clearProject();
    QCOMPARE(page.model()->rowCount(), 0);
}

QTEST_MAIN(TestSourcesPage)
#include "tst_sourcespage.moc"
