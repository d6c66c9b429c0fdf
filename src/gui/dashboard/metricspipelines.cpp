// SPDX-License-Identifier: GPL-3.0-or-later
// MetricsPage: pipeline health per workflow, its chart and the runs fetched for it.
#include "metricsformat.h"
#include "metricspage.h"

#include "metricscharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QPushButton>
#include <QScatterSeries>
#include <QValueAxis>

namespace rd::gui {

using metricsformat::percentText;
using namespace metricscharts;

void MetricsPage::fetchRuns(int limit)
{
    if (m_root.isEmpty() || !m_metrics)
        return;
    m_fetchRuns->setEnabled(false);
    m_fetchProblem.clear();
    m_fetchRuns->setText(tr("Fetching…"));
    m_fetch.run(
            this,
            [root = m_root, limit](const std::atomic_bool &stop) {
                return fetchedRuns(root, limit, stop);
            },
            [this, root = m_root](RunsSource found) {
                announceBusy();
                m_fetchRuns->setText(tr("&Fetch CI Runs"));
                m_fetchRuns->setEnabled(m_metrics != nullptr);
                if (root != m_root)
                    return; // another repository since
                if (!found.runs) {
                    // What was shown stays; the figure says why nothing was fetched.
                    m_fetchProblem = found.note;
                    fillPipelines();
                    return;
                }
                m_fetched = std::move(found);
                reload();
            });
    announceBusy(); // the fetch runs
}

void MetricsPage::fillPipelines()
{
    QChart *chart = resetChart(m_views.at(int(Chart::Pipelines)),
                               tr("Pipeline health per workflow"));
    QLabel *label = m_figures.at(int(Chart::Pipelines));
    // No empty chart: without runs the figure says why.
    m_views.at(int(Chart::Pipelines))->setVisible(m_health.health.has_value());
    const QString problems = (m_fetchProblem.isEmpty()
                                      ? QString()
                                      : QStringLiteral("<br>")
                                                + tr("Fetching the runs failed: %1")
                                                          .arg(m_fetchProblem)
                                                          .toHtmlEscaped())
                             + (m_health.configProblem.isEmpty()
                                        ? QString()
                                        : QStringLiteral("<br>")
                                                  + tr("The failed-deploy rule is off: %1")
                                                            .arg(m_health.configProblem)
                                                            .toHtmlEscaped());
    if (!m_health.health) {
        label->setText(label->toolTip()
                       + QStringLiteral("<br><big><b>%1</b></big>")
                                 .arg(tr("no data: %1").arg(m_health.note.toHtmlEscaped()))
                       + problems);
        chart->legend()->hide();
        return;
    }
    qsizetype runs = 0;
    qsizetype passed = 0;
    qsizetype failed = 0;
    qsizetype flaky = 0;
    double largest = 0;
    for (const WorkflowHealth &workflow : std::as_const(m_health.health->workflows)) {
        runs += workflow.runs.size();
        passed += workflow.succeeded;
        failed += workflow.failed;
        flaky += workflow.flaky.size();
        if (!workflow.duration.isEmpty())
            largest = std::max(largest, workflow.duration.p90);
    }
    const QString share = passed + failed > 0
                                  ? percentText(double(passed) / double(passed + failed))
                                  : tr("no finished run");
    label->setText(label->toolTip()
                   + QStringLiteral("<br><big><b>%1</b></big><br>%2")
                             .arg(tr("%n workflows · %1 of the runs passed · flaky jobs: %2",
                                     nullptr,
                                     int(m_health.health->workflows.size()))
                                          .arg(share)
                                          .arg(flaky),
                                  tr("From %1; %n runs in the window.", nullptr, int(runs))
                                          .arg(m_health.source.toHtmlEscaped()))
                   + problems);

    // Minutes up to three hours, hours above.
    const bool hours = largest > 3 * 3600;
    const double unit = hours ? 3600 : 60;
    auto *median = new QBarSet(tr("median duration"));
    auto *p90 = new QBarSet(tr("p90 duration"));
    // Points, not a line: the workflows are categories, nothing lies between two of them.
    auto *rate = new QScatterSeries;
    rate->setName(tr("runs passed (%)"));
    rate->setObjectName(QStringLiteral("passed"));
    rate->setMarkerSize(12);
    auto *x = new QBarCategoryAxis;
    x->setTitleText(tr("Workflow"));
    QList<int> ratePoints; // the workflow of each point of the line
    for (qsizetype i = 0; i < m_health.health->workflows.size(); ++i) {
        const WorkflowHealth &workflow = m_health.health->workflows.at(i);
        x->append(workflow.workflow);
        *median << (workflow.duration.isEmpty() ? 0.0 : workflow.duration.median / unit);
        *p90 << (workflow.duration.isEmpty() ? 0.0 : workflow.duration.p90 / unit);
        if (const auto successRate = workflow.successRate()) {
            rate->append(double(i), *successRate * 100);
            ratePoints.append(int(i));
        }
    }
    auto *bars = new QBarSeries;
    bars->append(median);
    bars->append(p90);
    chart->addSeries(bars);
    chart->addSeries(rate);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *durations = valueAxis(hours ? tr("Duration (hours)") : tr("Duration (minutes)"),
                                      largest / unit,
                                      false);
    chart->addAxis(durations, Qt::AlignLeft);
    auto *percent = new QValueAxis;
    percent->setTitleText(tr("Runs passed (%)"));
    percent->setRange(0, 100);
    percent->setTickCount(6);
    percent->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(percent, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(durations);
    rate->attachAxis(x);
    rate->attachAxis(percent);
    chart->legend()->show();
    for (QBarSet *set : {median, p90}) {
        connect(set, &QBarSet::hovered, this, [this](bool state, int index) {
            hovered(Chart::Pipelines, index, state);
        });
        connect(set, &QBarSet::clicked, this, [this](int index) {
            openItems(Chart::Pipelines, index);
        });
    }
    connect(rate,
            &QScatterSeries::hovered,
            this,
            [this, rate, ratePoints](const QPointF &point, bool state) {
                const int at = nearestPoint(rate, point);
                hovered(Chart::Pipelines, at < 0 ? -1 : ratePoints.at(at), state);
            });
    connect(rate, &QScatterSeries::clicked, this, [this, rate, ratePoints](const QPointF &point) {
        const int at = nearestPoint(rate, point);
        if (at >= 0)
            openItems(Chart::Pipelines, ratePoints.at(at));
    });
}

void MetricsPage::announceBusy()
{
    // Busy while either the metrics or the CI runs are being loaded: one ending does not hide
    // the other's indicator.
    Q_EMIT busyChanged(m_task.isRunning() || m_fetch.isRunning());
}

} // namespace rd::gui
