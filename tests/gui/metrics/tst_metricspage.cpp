// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedcheck.h"
#include "forgedouble.h"
#include "scratchrepository.h"
#include "screenshot.h"

#include "dashboard/metricspage.h"
#include "historystore.h"

#include "config/projectconfig.h"
#include "forge/forgeconnection.h"

#include "git/library.h"
#include "history/releasehistory.h"
#include "project/package.h"
#include "store/runhistory.h"
#include "store/store.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>

using rd::gui::MetricsPage;
using rd::test::ScratchRepository;
using Chart = MetricsPage::Chart;

namespace {

constexpr qint64 day = 86400;

// Ten weeks of releases: a minor release every five days, a fix release two days after
// v1.2.0 (so v1.2.0 failed), and a revert of a commit of v1.5.0 released in v1.6.0.
void buildHistory(ScratchRepository &scratch)
{
    scratch.commit(QStringLiteral("feat: start"));
    scratch.tag(QStringLiteral("v1.0.0"), QStringLiteral("Release 1.0.0"));
    git::Oid reverted;
    for (int minor = 1; minor <= 12; ++minor) {
        scratch.advanceClock(5 * day);
        const git::Oid feature = scratch.commit(QStringLiteral("feat: feature %1").arg(minor));
        scratch.commit(QStringLiteral("docs: describe feature %1").arg(minor));
        if (minor == 5)
            reverted = feature;
        if (minor == 6)
            scratch.commit(QStringLiteral("Revert \"feat: feature 5\"\n\nThis reverts commit %1.\n")
                                   .arg(reverted.toString()));
        scratch.tag(QStringLiteral("v1.%1.0").arg(minor));
        if (minor == 2) {
            scratch.advanceClock(2 * day);
            scratch.commit(QStringLiteral("fix: feature 2 crashed"));
            scratch.tag(QStringLiteral("v1.2.1"));
        }
    }
}

bool waitFor(MetricsPage &page)
{
    const bool done = QTest::qWaitFor([&] { return !page.isLoading(); }, 60000);
    QTest::qWait(50);
    return done;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    palette.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    palette.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    return palette;
}

} // namespace

class TestMetricsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void figuresMatchTheCore();
    void hoverAndClickShowTheItems();
    void exportsPngAndCsv();
    void emptyWindowSaysWhy();
    void screenshotsLightAndDark();
    void pipelineHealthFromTheWatchesAndTheForge();

private:
    void open(MetricsPage &page);
    git::Library m_library;
    QTemporaryDir m_data; // the history database of this test
    ForgeDouble m_double;
    ScratchRepository m_scratch;
    QDate m_since;
    QDate m_until;
};

void TestMetricsPage::initTestCase()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    // Before anything opens the history database: this test's own.
    qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
    qputenv("XDG_CACHE_HOME", m_data.filePath(QStringLiteral("cache")).toUtf8());
    QVERIFY(m_scratch.isValid());
    buildHistory(m_scratch);
    m_since = QDate(2024, 1, 1);
    m_until = m_scratch.signature().when.date();
}

void TestMetricsPage::open(MetricsPage &page)
{
    page.resize(1100, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setProject(m_scratch.path());
    QVERIFY(waitFor(page));
    page.setWindow(m_since, m_until);
    QVERIFY(waitFor(page));
    QVERIFY(page.metrics());
}

void TestMetricsPage::figuresMatchTheCore()
{
    MetricsPage page;
    QSignalSpy busy(&page, &MetricsPage::busyChanged);
    open(page);
    QVERIFY(busy.size() >= 2);

    // The same computation straight from the core.
    rd::ProjectSettings settings;
    auto history = rd::ReleaseHistory::open(m_scratch.repo(),
                                            settings,
                                            rd::Package::repository(settings));
    RD_VERIFY_OK(history);
    rd::MetricsOptions options;
    options.since = QDateTime(m_since, QTime(0, 0), Qt::UTC);
    options.until = QDateTime(m_until, QTime(23, 59, 59), Qt::UTC);
    auto expected = rd::DeliveryMetrics::compute(m_scratch.repo(), *history, options);
    RD_VERIFY_OK(expected);
    const rd::DeliveryMetrics &shown = *page.metrics();
    QCOMPARE(shown.deploymentCount(), expected->deploymentCount());
    QCOMPARE(shown.deploymentCount(), 14);
    QCOMPARE(shown.failures.size(), 2); // v1.2.0 (fix release) and v1.5.0 (revert)
    QVERIFY2(page.figureText(Chart::Deployments)
                     .contains(QLocale().toString(expected->perWeek, 'f', 2)),
             qPrintable(page.figureText(Chart::Deployments)));
    QVERIFY2(page.figureText(Chart::LeadTime).contains(rd::durationText(expected->leadTime.median)),
             qPrintable(page.figureText(Chart::LeadTime)));
    QVERIFY(page.figureText(Chart::FailureRate).contains(QStringLiteral("14.3")));
    QVERIFY(page.figureText(Chart::Restore).contains(rd::durationText(expected->restore.median)));
    // Each figure carries its definition.
    QVERIFY(page.figureText(Chart::LeadTime).contains(QStringLiteral("committer date")));

    // The bars add up to the deployments; every chart has labelled axes.
    auto *bars = qobject_cast<QBarSeries *>(
            page.chartView(Chart::Deployments)->chart()->series().first());
    QVERIFY(bars);
    double sum = 0;
    for (int i = 0; i < bars->barSets().first()->count(); ++i)
        sum += bars->barSets().first()->at(i);
    QCOMPARE(int(sum), 14);
    for (Chart chart : {Chart::Deployments, Chart::LeadTime, Chart::FailureRate, Chart::Restore}) {
        const QList<QAbstractAxis *> axes = page.chartView(chart)->chart()->axes();
        QCOMPARE(axes.size(), 2);
        for (const QAbstractAxis *axis : axes)
            QVERIFY2(!axis->titleText().isEmpty(),
                     qPrintable(page.chartView(chart)->chart()->title()));
    }
    // Without a forge the pipeline health says what it needs, and draws no empty chart.
    QVERIFY2(page.pipelineText().contains(QStringLiteral("no GitHub or GitLab forge")),
             qPrintable(page.pipelineText()));
    QVERIFY(!page.pipelineHealth());
    QVERIFY(page.chartView(Chart::Pipelines)->isHidden());
}

void TestMetricsPage::hoverAndClickShowTheItems()
{
    MetricsPage page;
    open(page);
    // The week of v1.2.0 and v1.2.1.
    int week = -1;
    for (int i = 0; i < page.pointCount(Chart::Deployments); ++i) {
        const QList<QStringList> rows = page.itemsAt(Chart::Deployments, i);
        for (const QStringList &row : rows) {
            if (row.first() == u"v1.2.1")
                week = i;
        }
    }
    QVERIFY(week >= 0);
    QCOMPARE(page.hoverText(Chart::Deployments, week).left(13), QStringLiteral("2 deployments"));

    // Hovering a bar shows the tooltip with its value and count.
    QChart *chart = page.chartView(Chart::Deployments)->chart();
    QBarSet *set = qobject_cast<QBarSeries *>(chart->series().first())->barSets().first();
    Q_EMIT set->hovered(true, week);
    QTRY_COMPARE(QToolTip::text(), page.hoverText(Chart::Deployments, week));

    // A click on the bar opens its deployments, v1.2.0 with why it failed.
    QAbstractSeries *series = chart->series().first();
    const QPointF inBar = chart->mapToPosition(QPointF(week, 1), series);
    QChartView *view = page.chartView(Chart::Deployments);
    const QPoint at = view->mapFromScene(chart->mapToScene(inBar));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTRY_VERIFY(page.itemsDialog());
    auto *tree = page.itemsDialog()->findChild<QTreeWidget *>();
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("v1.2.0"));
    QVERIFY2(tree->topLevelItem(0)->text(3).contains(QStringLiteral("v1.2.1")),
             qPrintable(tree->topLevelItem(0)->text(3)));
    QVERIFY(!rd::test::saveScreenshot(page.itemsDialog(), QStringLiteral("metrics-items"))
                     .isEmpty());
    page.itemsDialog()->close();

    // A lead-time point lists its commits with their lead times.
    const int points = page.pointCount(Chart::LeadTime);
    QCOMPARE(points, 13);
    page.openItems(Chart::LeadTime, points - 1);
    QTRY_VERIFY(page.itemsDialog());
    tree = page.itemsDialog()->findChild<QTreeWidget *>();
    QCOMPARE(tree->topLevelItemCount(), 2); // v1.12.0: a feature and its docs
    QVERIFY(tree->topLevelItem(1)->text(1).startsWith(QStringLiteral("feat: feature 12")));
    QVERIFY(page.hoverText(Chart::LeadTime, points - 1).startsWith(QStringLiteral("v1.12.0")));

    // The restore point of the reverted release names the revert.
    QCOMPARE(page.pointCount(Chart::Restore), 2);
    const QList<QStringList> restore = page.itemsAt(Chart::Restore, 1);
    QCOMPARE(restore.first().first(), QStringLiteral("v1.5.0"));
    QCOMPARE(restore.first().at(1), QStringLiteral("revert"));
}

void TestMetricsPage::exportsPngAndCsv()
{
    MetricsPage page;
    open(page);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("metrics.png"));
    RD_VERIFY_OK(page.exportPng(png));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 700);
    const QString csv = dir.filePath(QStringLiteral("metrics.csv"));
    RD_VERIFY_OK(page.exportCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 15);
    QVERIFY(lines.first().startsWith("tag,time,previous"));
    // A folder that does not exist: an error that names the file, and no file.
    const QString nowhere = dir.filePath(QStringLiteral("missing/metrics.csv"));
    const auto failed = page.exportCsv(nowhere);
    QVERIFY(!failed);
    QCOMPARE(failed.error().source, nowhere);
    QVERIFY(!QFile::exists(nowhere));
}

void TestMetricsPage::emptyWindowSaysWhy()
{
    MetricsPage page;
    open(page);
    page.setWindow(QDate(2020, 1, 1), QDate(2020, 3, 31));
    QVERIFY(waitFor(page));
    QCOMPARE(page.metrics()->deploymentCount(), 0);
    QVERIFY2(page.messageText().contains(QStringLiteral("No data")),
             qPrintable(page.messageText()));
    QVERIFY(page.messageText().contains(QStringLiteral("v1.12.0")));
    for (Chart chart : {Chart::Deployments, Chart::LeadTime, Chart::FailureRate, Chart::Restore})
        QVERIFY2(page.figureText(chart).contains(QStringLiteral("no data")),
                 qPrintable(page.figureText(chart)));
    QVERIFY(!rd::test::saveScreenshot(&page, QStringLiteral("metrics-empty")).isEmpty());
}

void TestMetricsPage::screenshotsLightAndDark()
{
    {
        MetricsPage page;
        open(page);
        QVERIFY(!rd::test::saveScreenshot(&page, QStringLiteral("metrics-light")).isEmpty());
    }
    const QPalette light = QApplication::palette();
    QApplication::setPalette(darkPalette());
    {
        MetricsPage page;
        open(page);
        const QColor background
                = page.chartView(Chart::LeadTime)->chart()->backgroundBrush().color();
        QVERIFY2(background.lightness() < 128, qPrintable(background.name()));
        QVERIFY(!rd::test::saveScreenshot(&page, QStringLiteral("metrics-dark")).isEmpty());
    }
    QApplication::setPalette(light);
}

// Pipeline health per workflow: first from what the watches recorded in the history database,
// then from the newest runs fetched from the forge (the double).
void TestMetricsPage::pipelineHealthFromTheWatchesAndTheForge()
{
    QVERIFY2(m_double.isValid(), qPrintable(m_double.skipReason()));
    m_double.reset();
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: first"),
                   {{QStringLiteral(".releasedesk.yml"),
                     QStringLiteral("forge:\n  type: github\n  api: %1\n  project: octo/metrics\n"
                                    "  deploy-workflows: [Deploy]\n")
                             .arg(m_double.url().toString())
                             .toUtf8()}});
    scratch.tag(QStringLiteral("v1.0.0"), QStringLiteral("Release 1.0.0"));
    const QDateTime head = scratch.signature().when;

    // What a watch recorded: three CI runs (one failed) and a Docs run, in the window.
    auto config = rd::ProjectConfig::load(scratch.path());
    QVERIFY(config);
    auto location = rd::ForgeConnection::locate(scratch.repo(), *config, QStringLiteral("origin"));
    RD_VERIFY_OK(location);
    {
        rd::store::Store &store = rd::gui::historyStore();
        const rd::store::RunHistory history(store);
        auto repository = history.repositoryId(*location);
        RD_VERIFY_OK(repository);
        const QList<QPair<QString, rd::RunState>>
                recorded{{QStringLiteral("CI"), rd::RunState::Success},
                         {QStringLiteral("CI"), rd::RunState::Failed},
                         {QStringLiteral("Docs"), rd::RunState::Success},
                         {QStringLiteral("CI"), rd::RunState::Success}};
        for (qsizetype i = 0; i < recorded.size(); ++i) {
            rd::PipelineRun run;
            run.id = 500 + i;
            run.workflow = recorded.at(i).first;
            run.ref = QStringLiteral("main");
            run.sha = QString(40, QLatin1Char('a' + char(i)));
            run.event = QStringLiteral("push");
            run.state = recorded.at(i).second;
            run.url = QUrl(m_double.url().toString() + QStringLiteral("/runs/%1").arg(run.id));
            run.started = head.addDays(-10 + i);
            run.finished = run.started.addSecs(60 * (i + 2));
            RD_VERIFY_OK(history.recordRun(*repository, run, run.finished));
        }
        store.releaseThreadConnection();
    }

    MetricsPage page;
    page.resize(1100, 1300);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setProject(scratch.path());
    QVERIFY(waitFor(page));
    QVERIFY(page.pipelineHealth());
    QCOMPARE(page.pipelineHealth()->workflows.size(), 2);
    QVERIFY(!page.chartView(Chart::Pipelines)->isHidden());
    QVERIFY2(page.pipelineText().contains(QStringLiteral("the 4 runs of GitHub octo/metrics"))
                     && page.pipelineText().contains(QStringLiteral("2 workflows")),
             qPrintable(page.pipelineText()));
    QCOMPARE(page.pointCount(Chart::Pipelines), 2);
    // CI: two of three passed; its runs newest first.
    QVERIFY2(page.hoverText(Chart::Pipelines, 0)
                     .startsWith(QStringLiteral("CI: 66.7 % passed of 3 finished runs")),
             qPrintable(page.hoverText(Chart::Pipelines, 0)));
    const QList<QStringList> ci = page.itemsAt(Chart::Pipelines, 0);
    QCOMPARE(ci.size(), 3);
    QCOMPARE(ci.first().at(0), QStringLiteral("503"));
    QCOMPARE(ci.at(1).at(3), QStringLiteral("failed"));
    QCOMPARE(ci.first().at(5), QStringLiteral("5 min"));
    // The chart: duration bars (median, p90) and the share passed, per workflow.
    QChart *chart = page.chartView(Chart::Pipelines)->chart();
    QCOMPARE(chart->series().size(), 2);
    const auto *bars = qobject_cast<QBarSeries *>(chart->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 2);
    QCOMPARE(chart->axes().size(), 3);
    for (const QAbstractAxis *axis : chart->axes())
        QVERIFY(!axis->titleText().isEmpty());

    // Fetched from the forge: its runs, with jobs, replace what the store had.
    const qint64 at = head.addDays(-3).toSecsSinceEpoch();
    QJsonObject build = ForgeDouble::runSpec(QString(40, QLatin1Char('f')),
                                             QStringLiteral("Build"),
                                             {QStringLiteral("success")},
                                             {ForgeDouble::jobSpec(QStringLiteral("compile"),
                                                                   {QStringLiteral("success")},
                                                                   240)});
    build.insert(QStringLiteral("createdAt"), at);
    QJsonObject deploy = ForgeDouble::runSpec(QString(40, QLatin1Char('e')),
                                              QStringLiteral("Deploy"),
                                              {QStringLiteral("failure")},
                                              {ForgeDouble::jobSpec(QStringLiteral("push"),
                                                                    {QStringLiteral("failure")},
                                                                    30)});
    deploy.insert(QStringLiteral("createdAt"), at + 600);
    deploy.insert(QStringLiteral("ref"), QStringLiteral("v1.0.0"));
    m_double.addRuns(QStringLiteral("github"), QStringLiteral("octo/metrics"), {build, deploy});
    page.fetchRuns();
    QVERIFY(page.isFetching());
    QVERIFY(QTest::qWaitFor([&] { return !page.isFetching() && !page.isLoading(); }, 60000));
    QVERIFY2(page.pipelineHealth(), qPrintable(page.pipelineText()));
    QStringList names;
    for (const rd::WorkflowHealth &workflow : page.pipelineHealth()->workflows)
        names.append(workflow.workflow);
    QCOMPARE(names, QStringList({QStringLiteral("Build"), QStringLiteral("Deploy")}));
    QVERIFY2(page.pipelineText().contains(
                     QStringLiteral("the newest 2 runs fetched from GitHub octo/metrics")),
             qPrintable(page.pipelineText()));
    QVERIFY2(page.hoverText(Chart::Pipelines, 1)
                     .startsWith(QStringLiteral("Deploy: 0.0 % passed of 1 finished run")),
             qPrintable(page.hoverText(Chart::Pipelines, 1)));
    // The failed deploy of v1.0.0 fails that deployment (forge: deploy-workflows: [Deploy]).
    QCOMPARE(page.metrics()->failures.size(), 1);
    QCOMPARE(page.metrics()->failures.first().tag, QStringLiteral("v1.0.0"));
    QCOMPARE(page.metrics()->failures.first().reasons.first().rule, rd::FailureRule::FailedDeploy);
    QVERIFY(!rd::test::saveScreenshot(page.chartView(Chart::Pipelines)->parentWidget(),
                                      QStringLiteral("metrics-pipelines"))
                     .isEmpty());
    QVERIFY2(!m_double.log().contains("SCHEMA MISMATCH"), m_double.log().constData());
}

QTEST_MAIN(TestMetricsPage)
#include "tst_metricspage.moc"
