// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricspage.h"

#include "metricscharts.h"
#include "metricsformat.h"
#include "metricsload.h"

#include "historystore.h"
#include "localdates.h"
#include "packagepicker.h"
#include "stopprogress.h"

#include "forge/forgeconnection.h"
#include "history/releasehistory.h"
#include "project/project.h"
#include "store/runhistory.h"
#include "store/store.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace rd::gui {

using metricsformat::dayText;
using metricsformat::percentText;
using namespace metricscharts;

namespace {

constexpr int maximumBars = 26;

} // namespace

MetricsPage::MetricsPage(QWidget *parent)
    : ProjectView(parent)
    , m_window(new QComboBox(this))
    , m_since(new QDateEdit(this))
    , m_until(new QDateEdit(this))
    , m_packageLabel(new QLabel(tr("Package:"), this))
    , m_package(new QComboBox(this))
    , m_exportPng(new QPushButton(tr("Export PNG…"), this))
    , m_exportCsv(new QPushButton(tr("Export CSV…"), this))
    , m_message(new QLabel(this))
    , m_content(new QWidget)
    , m_fetchRuns(new QPushButton(tr("&Fetch CI Runs"), m_content))
{
    m_window->addItem(tr("Last 30 days"), 30);
    m_window->addItem(tr("Last 90 days"), 90);
    m_window->addItem(tr("Last 180 days"), 180);
    m_window->addItem(tr("Last 365 days"), 365);
    m_window->addItem(tr("Whole history"), 0);
    m_window->addItem(tr("From – to"), -1);
    m_window->setCurrentIndex(1);
    for (QDateEdit *edit : {m_since, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_packages = new PackagePicker(m_packageLabel, m_package, this);

    auto *bar = new QHBoxLayout;
    auto *windowLabel = new QLabel(tr("Window:"), this);
    windowLabel->setBuddy(m_window);
    bar->addWidget(windowLabel);
    bar->addWidget(m_window);
    bar->addWidget(m_since);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_until);
    bar->addSpacing(12);
    bar->addWidget(m_packageLabel);
    bar->addWidget(m_package);
    bar->addStretch(1);
    bar->addWidget(m_exportPng);
    bar->addWidget(m_exportCsv);

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *grid = new QGridLayout(m_content);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList definitions{
            tr("<b>Deployment frequency</b><br>A deployment is a final release tag of the tag "
               "pattern, at its tag time (the tagger date of an annotated tag, else the "
               "commit's date), or a release undone by ReleaseDesk after it reached the remote; "
               "per week in the window."),
            tr("<b>Lead time for changes</b><br>Each commit between the previous deployment and "
               "a deployment, from its committer date to the deployment's tag time."),
            tr("<b>Change failure rate</b><br>The share of deployments followed by a patch of "
               "fixes only within 7 days, with a commit reverted later, whose deploy run "
               "failed (forge: deploy-workflows), or undone by ReleaseDesk; each counts once."),
            tr("<b>Time to restore</b><br>From a failed deployment to the next deployment that "
               "did not fail."),
            tr("<b>Pipeline health</b><br>Per workflow, of the CI runs started in the window: "
               "the share of finished runs that passed (cancelled and skipped ones left out), "
               "and the median and p90 duration of those that passed or failed. The runs are "
               "those the watches recorded in the history database, or the newest 100 fetched "
               "from the forge."),
    };
    for (int i = 0; i < definitions.size(); ++i) {
        auto *figure = new QLabel(m_content);
        figure->setWordWrap(true);
        figure->setTextFormat(Qt::RichText);
        figure->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        figure->setToolTip(definitions.at(i));
        figure->setMinimumHeight(figure->fontMetrics().height() * 6);
        m_figures.append(figure);
        auto *chart = new QChart;
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->legend()->setAlignment(Qt::AlignBottom);
        auto *view = new QChartView(chart, m_content);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(380, 300);
        m_views.append(view);
        if (i < 4) {
            grid->addWidget(figure, (i / 2) * 2, i % 2);
            grid->addWidget(view, (i / 2) * 2 + 1, i % 2);
        }
    }
    // Pipeline health across the whole width, its figure beside the button that fetches runs.
    auto *pipelinesLine = new QHBoxLayout;
    pipelinesLine->addWidget(m_figures.at(int(Chart::Pipelines)), 1);
    pipelinesLine->addWidget(m_fetchRuns, 0, Qt::AlignTop);
    grid->addLayout(pipelinesLine, 4, 0, 1, 2);
    grid->addWidget(m_views.at(int(Chart::Pipelines)), 5, 0, 1, 2);
    m_fetchRuns->setToolTip(tr("Fetch the newest 100 CI runs and their jobs from the forge, "
                               "for the pipeline health"));
    m_fetchRuns->setEnabled(false);
    connect(m_fetchRuns, &QPushButton::clicked, this, [this] { fetchRuns(); });
    grid->setRowStretch(1, 1);
    grid->setRowStretch(3, 1);
    grid->setRowStretch(5, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);

    connect(m_window, &QComboBox::activated, this, &MetricsPage::windowChosen);
    for (QDateEdit *edit : {m_since, m_until})
        connect(edit, &QDateEdit::editingFinished, this, [this] {
            if (m_window->currentData().toInt() < 0)
                reload();
        });
    connect(m_packages, &PackagePicker::chosen, this, &MetricsPage::reload);
    connect(m_exportPng, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { chooseExport(false); });
    clearProject();
}

MetricsPage::~MetricsPage()
{
    m_task.cancel();
    m_fetch.cancel();
}

void MetricsPage::setProject(const QString &root)
{
    if (root != m_root) {
        m_packages->clear(true);
        m_fetched.reset();
        m_fetchProblem.clear();
    }
    m_root = root;
    reload();
}

void MetricsPage::clearProject()
{
    // A cancelled task says nothing more: the busy state it announced ends here.
    const bool busy = m_task.isRunning() || m_fetch.isRunning();
    m_task.cancel();
    m_fetch.cancel();
    if (busy)
        announceBusy();
    m_fetchRuns->setText(tr("&Fetch CI Runs"));
    m_fetchProblem.clear();
    m_fetched.reset();
    m_root.clear();
    m_packages->clear(false);
    m_metrics.reset();
    showEmpty(tr("Open a repository to see its release metrics."));
}

void MetricsPage::setLastDays(int days)
{
    const int row = m_window->findData(days);
    m_window->setCurrentIndex(row >= 0 ? row : 1);
    windowChosen(m_window->currentIndex());
}

void MetricsPage::setWindow(const QDate &since, const QDate &until)
{
    m_window->setCurrentIndex(m_window->findData(-1));
    m_since->setDate(since);
    m_until->setDate(until);
    windowChosen(m_window->currentIndex());
}

void MetricsPage::windowChosen(int)
{
    const bool custom = m_window->currentData().toInt() < 0;
    m_since->setEnabled(custom);
    m_until->setEnabled(custom);
    reload();
}

void MetricsPage::reload()
{
    if (m_root.isEmpty())
        return;
    MetricsOptions options;
    const int days = m_window->currentData().toInt();
    if (days < 0) {
        options.since = QDateTime(m_since->date(), QTime(0, 0), Qt::UTC);
        options.until = QDateTime(m_until->date(), QTime(23, 59, 59), Qt::UTC);
    } else if (days == 0) {
        options.since = QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    } else {
        options.days = days;
    }
    m_message->setText(tr("Computing the metrics…"));
    m_task.run(
            this,
            [root = m_root, package = m_packages->current(), options, fetched = m_fetched](
                    const std::atomic_bool &stop) {
                return loadMetrics(root, package, options, fetched, stop);
            },
            [this](MetricsLoaded loaded) {
                announceBusy();
                if (!loaded.metrics) {
                    m_metrics.reset();
                    showEmpty(tr("Could not compute the metrics."));
                    if (loaded.metrics.error().code != rd::errc::cancelled)
                        Q_EMIT failed(loaded.metrics.error());
                    return;
                }
                m_packages->show(loaded.packages, loaded.package);
                m_health = std::move(loaded.health);
                display(std::make_unique<DeliveryMetrics>(std::move(*loaded.metrics)));
            });
    announceBusy(); // the loading task runs
}

void MetricsPage::showEmpty(const QString &message)
{
    m_message->setText(message);
    for (QLabel *figure : std::as_const(m_figures))
        figure->setText(figure->toolTip());
    for (QChartView *view : std::as_const(m_views)) {
        view->chart()->removeAllSeries();
        for (QAbstractAxis *axis : view->chart()->axes())
            view->chart()->removeAxis(axis);
    }
    m_health = {};
    m_views.at(int(Chart::Pipelines))->hide();
    m_fetchRuns->setEnabled(false);
    m_exportPng->setEnabled(false);
    m_exportCsv->setEnabled(false);
}

void MetricsPage::display(std::unique_ptr<DeliveryMetrics> metrics)
{
    m_metrics = std::move(metrics);
    const DeliveryMetrics &data = *m_metrics;
    m_bucketDays = bucketDays(data, maximumBars);
    m_buckets = bucketsOf(data, m_bucketDays);
    const QString window = tr("%1 to %2 (UTC), %3 weeks")
                                   .arg(dayText(data.window.since),
                                        dayText(data.window.until),
                                        QLocale().toString(data.window.weeks(), 'f', 1));
    m_message->setText(data.noData.isEmpty()
                               ? tr("Deployments: final release tags of “%1”; window %2.")
                                         .arg(data.tagPattern, window)
                               : tr("No data: %1. Window %2.").arg(data.noData, window));

    const auto figure = [this](Chart chart, const QString &value) {
        QLabel *label = m_figures.at(int(chart));
        label->setText(label->toolTip() + QStringLiteral("<br><big><b>%1</b></big>").arg(value));
    };
    figure(Chart::Deployments,
           data.noData.isEmpty()
                   ? tr("%1 a week · %2 · %n deployments", nullptr, int(data.deploymentCount()))
                             .arg(QLocale().toString(data.perWeek, 'f', 2),
                                  bandTitle(data.band.band))
                   : tr("no data"));
    figure(Chart::LeadTime,
           data.leadTime.isEmpty()
                   ? tr("no data")
                   : tr("median %1 · p90 %2 · %n commits", nullptr, int(data.leadTime.count))
                             .arg(durationText(data.leadTime.median),
                                  durationText(data.leadTime.p90)));
    const auto rate = data.failureRate();
    figure(Chart::FailureRate,
           rate ? tr("%1 · %2 of %n deployments", nullptr, int(data.deploymentCount()))
                           .arg(percentText(*rate))
                           .arg(data.failures.size())
                : tr("no data"));
    figure(Chart::Restore,
           data.restore.isEmpty()
                   ? (data.noData.isEmpty() ? tr("no data: %1").arg(data.restoreNoData)
                                            : tr("no data"))
                   : tr("median %1 · p90 %2 · %n restored failures",
                        nullptr,
                        int(data.restore.count))
                             .arg(durationText(data.restore.median),
                                  durationText(data.restore.p90)));

    fillDeployments();
    fillLeadTime();
    fillFailureRate();
    fillRestore();
    fillPipelines();
    m_fetchRuns->setEnabled(!m_fetch.isRunning());
    applyTheme();
    m_exportPng->setEnabled(true);
    m_exportCsv->setEnabled(!data.deployments.isEmpty());
    Q_EMIT statusMessage(m_message->text());
}

void MetricsPage::fillDeployments()
{
    QChart *chart = resetChart(m_views.at(int(Chart::Deployments)), tr("Deployments"));
    auto *set = new QBarSet(tr("Deployments"));
    double top = 0;
    for (const MetricsBucket &bucket : std::as_const(m_buckets)) {
        *set << double(bucket.deployments.size());
        top = std::max(top, double(bucket.deployments.size()));
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    QBarCategoryAxis *x = bucketAxis(m_buckets, m_bucketDays);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = valueAxis(tr("Deployments"), top, true);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->hide();
    connect(set, &QBarSet::hovered, this, [this](bool state, int index) {
        hovered(Chart::Deployments, index, state);
    });
    connect(set, &QBarSet::clicked, this, [this](int index) {
        openItems(Chart::Deployments, index);
    });
}

QList<qsizetype> MetricsPage::leadPoints() const
{
    QList<qsizetype> points;
    for (qsizetype i = 0; m_metrics && i < m_metrics->deployments.size(); ++i) {
        if (!m_metrics->deployments.at(i).commits.isEmpty())
            points.append(i);
    }
    return points;
}

QList<qsizetype> MetricsPage::restorePoints() const
{
    QList<qsizetype> points;
    for (qsizetype i = 0; m_metrics && i < m_metrics->failures.size(); ++i) {
        if (m_metrics->failures.at(i).restoreSeconds())
            points.append(i);
    }
    return points;
}

void MetricsPage::fillLeadTime()
{
    QChart *chart = resetChart(m_views.at(int(Chart::LeadTime)), tr("Lead time per deployment"));
    const QList<qsizetype> points = leadPoints();
    double largest = 0;
    for (qsizetype i : points)
        largest = std::max(largest, m_metrics->deployments.at(i).leadTime.p90);
    const Unit unit = unitFor(largest);
    auto *median = new QLineSeries;
    median->setName(tr("median"));
    auto *p90 = new QLineSeries;
    p90->setName(tr("p90"));
    for (qsizetype i : points) {
        const Deployment &deployment = m_metrics->deployments.at(i);
        const double x = double(deployment.tag.date.toMSecsSinceEpoch());
        median->append(x, deployment.leadTime.median / unit.seconds);
        p90->append(x, deployment.leadTime.p90 / unit.seconds);
    }
    QDateTimeAxis *x = timeAxis(*m_metrics);
    QValueAxis *y = valueAxis(tr("Lead time (%1)").arg(unit.name), largest / unit.seconds, false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *series : {median, p90}) {
        series->setPointsVisible(true);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        connect(series,
                &QLineSeries::hovered,
                this,
                [this, series](const QPointF &point, bool state) {
                    hovered(Chart::LeadTime, nearestPoint(series, point), state);
                });
        connect(series, &QLineSeries::clicked, this, [this, series](const QPointF &point) {
            openItems(Chart::LeadTime, nearestPoint(series, point));
        });
    }
    chart->legend()->show();
}

void MetricsPage::fillFailureRate()
{
    QChart *chart = resetChart(m_views.at(int(Chart::FailureRate)), tr("Change failure rate"));
    auto *set = new QBarSet(tr("Failure rate"));
    double top = 0;
    for (const MetricsBucket &bucket : std::as_const(m_buckets)) {
        const double rate = bucket.failureRate().value_or(0) * 100;
        *set << rate;
        top = std::max(top, rate);
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    QBarCategoryAxis *x = bucketAxis(m_buckets, m_bucketDays);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setTitleText(tr("Failed deployments (%)"));
    // Steps of 10 % up to 50 %, of 20 % above.
    const double ceiling = top > 50 ? 100 : std::max(10.0, std::ceil(top / 10) * 10);
    y->setRange(0, ceiling);
    y->setTickCount(top > 50 ? 6 : int(ceiling / 10) + 1);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->hide();
    connect(set, &QBarSet::hovered, this, [this](bool state, int index) {
        hovered(Chart::FailureRate, index, state);
    });
    connect(set, &QBarSet::clicked, this, [this](int index) {
        openItems(Chart::FailureRate, index);
    });
}

void MetricsPage::fillRestore()
{
    QChart *chart = resetChart(m_views.at(int(Chart::Restore)), tr("Time to restore"));
    const QList<qsizetype> points = restorePoints();
    double largest = 0;
    for (qsizetype i : points)
        largest = std::max(largest, double(*m_metrics->failures.at(i).restoreSeconds()));
    const Unit unit = unitFor(largest);
    auto *series = new QScatterSeries;
    series->setName(tr("failed deployment, restored"));
    series->setMarkerSize(10);
    for (qsizetype i : points) {
        const DeploymentFailure &failure = m_metrics->failures.at(i);
        series->append(double(failure.deployed.toMSecsSinceEpoch()),
                       double(*failure.restoreSeconds()) / unit.seconds);
    }
    QDateTimeAxis *x = timeAxis(*m_metrics);
    QValueAxis *y = valueAxis(tr("Time to restore (%1)").arg(unit.name),
                              largest / unit.seconds,
                              false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->show();
    connect(series,
            &QScatterSeries::hovered,
            this,
            [this, series](const QPointF &point, bool state) {
                hovered(Chart::Restore, nearestPoint(series, point), state);
            });
    connect(series, &QScatterSeries::clicked, this, [this, series](const QPointF &point) {
        openItems(Chart::Restore, nearestPoint(series, point));
    });
}

void MetricsPage::applyTheme()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (QChartView *view : std::as_const(m_views)) {
        view->chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        view->chart()->setBackgroundBrush(palette().color(QPalette::Base));
        view->chart()->setTitleBrush(palette().color(QPalette::Text));
        for (QAbstractAxis *axis : view->chart()->axes()) {
            axis->setLabelsBrush(palette().color(QPalette::Text));
            axis->setTitleBrush(palette().color(QPalette::Text));
        }
        view->chart()->legend()->setLabelColor(palette().color(QPalette::Text));
    }
    // The share passed stands apart from the duration bars the theme colours.
    for (QAbstractSeries *series : m_views.at(int(Chart::Pipelines))->chart()->series()) {
        if (auto *passed = qobject_cast<QScatterSeries *>(series)) {
            passed->setColor(dark ? QColor(0xf3, 0x9c, 0x12) : QColor(0xc0, 0x39, 0x2b));
            passed->setBorderColor(palette().color(QPalette::Base));
        }
    }
}

QString MetricsPage::figureText(Chart chart) const
{
    return m_figures.at(int(chart))->text();
}

QString MetricsPage::messageText() const
{
    return m_message->text();
}

QString MetricsPage::pipelineText() const
{
    return figureText(Chart::Pipelines);
}

QChartView *MetricsPage::chartView(Chart chart) const
{
    return m_views.at(int(chart));
}

} // namespace rd::gui
