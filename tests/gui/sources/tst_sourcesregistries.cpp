// SPDX-License-Identifier: GPL-3.0-or-later
// The version sources grid with its registry columns, read from real registries on 127.0.0.1:
// verdaccio (a package published by the real npm) and the PyPI double (a project uploaded by
// the real twine). The columns arrive after the sources, from a worker thread; a screenshot of
// the grid with them.
#include "scratchrepository.h"
#include "screenshot.h"
#include "serverstate.h"

#include "sourcesmodel.h"
#include "sourcespage.h"
#include "sourcestatusstyle.h"

#include "git/library.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using rd::test::ScratchRepository;
using rd::test::serverStateFile;
using namespace rd;
using namespace rd::gui;

class TestSourcesRegistries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void registryColumnsShowLatestAndDate();
    void detectedRegistriesAreNotAsked();

private:
    git::Library m_library;
    QString m_npm;
    QString m_npmPackage;
    QString m_pypi;
};

void TestSourcesRegistries::initTestCase()
{
    m_npm = serverStateFile("RELEASEDESK_TEST_VERDACCIO", QStringLiteral("url"));
    m_npmPackage = serverStateFile("RELEASEDESK_TEST_VERDACCIO", QStringLiteral("package"));
    m_pypi = serverStateFile("RELEASEDESK_TEST_PYPI", QStringLiteral("url"));
    QVERIFY2(!m_npm.isEmpty() && !m_pypi.isEmpty(),
             "the registries are not running: run the test through ctest so its fixtures start "
             "them");
}

void TestSourcesRegistries::registryColumnsShowLatestAndDate()
{
    ScratchRepository scratch;
    // Tagged 1.0.0; pyproject.toml is bumped to 1.1.0, which PyPI already has; npm has 1.1.0
    // too, ahead of the tag.
    scratch.commit(QStringLiteral("feat: first release"),
                   {{QStringLiteral("package.json"),
                     QStringLiteral("{\n  \"name\": \"%1\",\n  \"version\": \"1.0.0\"\n}\n")
                             .arg(m_npmPackage)
                             .toUtf8()},
                    {QStringLiteral("pyproject.toml"),
                     "[project]\nname = \"rdtest-pkg\"\nversion = \"1.1.0\"\n"},
                    {QStringLiteral(".releasedesk.yml"),
                     QStringLiteral("registries:\n"
                                    "  - { type: npm, package: \"%1\", url: \"%2\" }\n"
                                    "  - { type: pypi, package: rdtest-pkg, url: \"%3\" }\n")
                             .arg(m_npmPackage, m_npm, m_pypi)
                             .toUtf8()}});
    scratch.tag(QStringLiteral("v1.0.0"), QStringLiteral("Release 1.0.0"));

    SourcesPage page;
    page.resize(1100, 480);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy read(&page, &SourcesPage::registriesRead);
    page.setProject(scratch.path());
    QVERIFY(QTest::qWaitFor([&] { return !read.isEmpty(); }, 60000));
    const SourcesModel &model = *page.model();
    const int npm = model.columnOf(QStringLiteral("npm"));
    const int pypi = model.columnOf(QStringLiteral("pypi"));
    QVERIFY(npm >= SourcesModel::FixedColumns && pypi >= SourcesModel::FixedColumns);
    QCOMPARE(model.headerData(pypi, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("PyPI"));

    // Each registry's latest version and date on the row of the file it was configured for.
    const int packageRow = model.rowOf(QStringLiteral("package.json#version"));
    const int pyprojectRow = model.rowOf(QStringLiteral("pyproject.toml#[project] version"));
    const QString npmCell = model.index(packageRow, npm).data().toString();
    QVERIFY2(npmCell.startsWith(QStringLiteral("1.1.0 · ")), qPrintable(npmCell));
    QVERIFY(npmCell.contains(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)));
    QVERIFY2(model.index(pyprojectRow, pypi)
                     .data()
                     .toString()
                     .startsWith(QStringLiteral("1.1.0 · ")),
             qPrintable(model.index(pyprojectRow, pypi).data().toString()));
    // Ahead of the tag: coloured like any source ahead of it.
    QCOMPARE(model.index(packageRow, npm).data(Qt::BackgroundRole).value<QColor>(),
             statusBackground(SourceStatus::Ahead));
    // Both rules in the summary: npm ahead of the tag, PyPI already has the coming 1.1.0.
    QVERIFY2(page.summaryText().contains(QStringLiteral("higher than the project")),
             qPrintable(page.summaryText()));
    QVERIFY2(page.summaryText().contains(QStringLiteral("already has 1.1.0")),
             qPrintable(page.summaryText()));

    auto *table = page.findChild<QTableView *>(QStringLiteral("table"));
    table->selectRow(0);
    QVERIFY(!rd::test::saveScreenshot(&page, QStringLiteral("sources-registries")).isEmpty());
}

// Without a registries: section the registries detected from the sources get their column,
// saying they were not asked, and the summary says why; nothing is read from them.
void TestSourcesRegistries::detectedRegistriesAreNotAsked()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: first"),
                   {{QStringLiteral("package.json"),
                     QStringLiteral("{\n  \"name\": \"%1\",\n  \"version\": \"1.0.0\"\n}\n")
                             .arg(m_npmPackage)
                             .toUtf8()}});
    SourcesPage page;
    QSignalSpy read(&page, &SourcesPage::registriesRead);
    page.setProject(scratch.path());
    QVERIFY(QTest::qWaitFor([&] { return !read.isEmpty(); }, 60000));
    const SourcesModel &model = *page.model();
    const int npm = model.columnOf(QStringLiteral("npm"));
    QVERIFY(npm >= SourcesModel::FixedColumns);
    QCOMPARE(model.columnCount(), int(SourcesModel::FixedColumns) + 1);
    QCOMPARE(model.index(model.rowOf(QStringLiteral("package.json#version")), npm)
                     .data()
                     .toString(),
             QStringLiteral("not asked"));
    QVERIFY2(page.summaryText().contains(QStringLiteral("registries: section")),
             qPrintable(page.summaryText()));
}

QTEST_MAIN(TestSourcesRegistries)
#include "tst_sourcesregistries.moc"
