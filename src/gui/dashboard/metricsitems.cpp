// SPDX-License-Identifier: GPL-3.0-or-later
// MetricsPage: what stands behind a point of a chart, as the hover text says it and as the
// items dialog lists it, and what leaves the view: the PNG and CSV exports.
#include "metricsformat.h"
#include "metricspage.h"

#include "metrics/metricsexport.h"

#include <QChartView>
#include <QCursor>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QSaveFile>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rd::gui {

using metricsformat::dayText;
using metricsformat::percentText;

int MetricsPage::pointCount(Chart chart) const
{
    if (chart == Chart::Pipelines)
        return m_health.health ? int(m_health.health->workflows.size()) : 0;
    if (!m_metrics)
        return 0;
    switch (chart) {
    case Chart::Pipelines:
    case Chart::Deployments:
    case Chart::FailureRate:
        return int(m_buckets.size());
    case Chart::LeadTime:
        return int(leadPoints().size());
    case Chart::Restore:
        break;
    }
    return int(restorePoints().size());
}

QString MetricsPage::hoverText(Chart chart, int index) const
{
    if (index < 0 || index >= pointCount(chart))
        return {};
    if (chart == Chart::Pipelines) {
        const WorkflowHealth &workflow = m_health.health->workflows.at(index);
        const auto rate = workflow.successRate();
        return tr("%1: %2 passed of %n finished runs · median %3, p90 %4 · flaky jobs: %5",
                  nullptr,
                  int(workflow.succeeded + workflow.failed))
                .arg(workflow.workflow,
                     rate ? percentText(*rate) : tr("none"),
                     workflow.duration.isEmpty() ? tr("none")
                                                 : durationText(workflow.duration.median),
                     workflow.duration.isEmpty() ? tr("none") : durationText(workflow.duration.p90))
                .arg(workflow.flaky.size());
    }
    const DeliveryMetrics &data = *m_metrics;
    switch (chart) {
    case Chart::Pipelines:
        break;
    case Chart::Deployments: {
        const MetricsBucket &bucket = m_buckets.at(index);
        return tr("%n deployments from %1 to %2", nullptr, int(bucket.deployments.size()))
                .arg(dayText(bucket.start), dayText(bucket.end));
    }
    case Chart::FailureRate: {
        const MetricsBucket &bucket = m_buckets.at(index);
        const auto rate = bucket.failureRate();
        return rate ? tr("%1: %2 of %n deployments failed", nullptr, int(bucket.deployments.size()))
                               .arg(percentText(*rate))
                               .arg(bucket.failures.size())
                    : tr("no deployment from %1 to %2")
                               .arg(dayText(bucket.start), dayText(bucket.end));
    }
    case Chart::LeadTime: {
        const Deployment &deployment = data.deployments.at(leadPoints().at(index));
        return tr("%1 (%2): median %3, p90 %4 over %n commits",
                  nullptr,
                  int(deployment.commits.size()))
                .arg(deployment.tag.name,
                     dayText(deployment.tag.date),
                     durationText(deployment.leadTime.median),
                     durationText(deployment.leadTime.p90));
    }
    case Chart::Restore:
        break;
    }
    const DeploymentFailure &failure = data.failures.at(restorePoints().at(index));
    return tr("%1 failed (%n reasons), restored by %2 after %3",
              nullptr,
              int(failure.reasons.size()))
            .arg(failure.tag, failure.restoredBy, durationText(double(*failure.restoreSeconds())));
}

QList<QStringList> MetricsPage::itemsAt(Chart chart, int index) const
{
    QList<QStringList> rows;
    if (index < 0 || index >= pointCount(chart))
        return rows;
    if (chart == Chart::Pipelines) {
        // Newest first, as the Pipelines view lists runs.
        const QList<HealthRun> &runs = m_health.health->workflows.at(index).runs;
        for (auto run = runs.crbegin(); run != runs.crend(); ++run)
            rows.append({QString::number(run->id),
                         run->ref,
                         run->sha.left(10),
                         runStateName(run->state),
                         run->started.toUTC().toString(Qt::ISODate),
                         run->durationSeconds ? durationText(double(*run->durationSeconds))
                                              : QStringLiteral("–"),
                         run->url.toString()});
        return rows;
    }
    const DeliveryMetrics &data = *m_metrics;
    switch (chart) {
    case Chart::Pipelines:
        break;
    case Chart::Deployments:
    case Chart::FailureRate:
        for (qsizetype i : m_buckets.at(index).deployments) {
            const Deployment &deployment = data.deployments.at(i);
            const DeploymentFailure *failure = data.failureOf(deployment);
            QStringList reasons;
            if (failure) {
                for (const FailureReason &reason : failure->reasons)
                    reasons.append(reason.text);
            }
            rows.append({deployment.tag.name,
                         deployment.tag.date.toUTC().toString(Qt::ISODate),
                         deployment.undone
                                 ? tr("undone")
                                 : tr("%n commits", nullptr, int(deployment.commits.size())),
                         failure ? tr("failed: %1").arg(reasons.join(QStringLiteral("; ")))
                                 : tr("not failed")});
        }
        break;
    case Chart::LeadTime:
        for (const LeadCommit &commit : data.deployments.at(leadPoints().at(index)).commits)
            rows.append({commit.id.toString().left(10),
                         commit.header,
                         commit.committedTime().toString(Qt::ISODate),
                         durationText(double(commit.seconds))});
        break;
    case Chart::Restore: {
        const DeploymentFailure &failure = data.failures.at(restorePoints().at(index));
        for (const FailureReason &reason : failure.reasons)
            rows.append({failure.tag,
                         failureRuleName(reason.rule),
                         reason.text,
                         tr("restored by %1 after %2")
                                 .arg(failure.restoredBy,
                                      durationText(double(*failure.restoreSeconds())))});
        break;
    }
    }
    return rows;
}

void MetricsPage::hovered(Chart chart, int index, bool state)
{
    QChartView *view = m_views.at(int(chart));
    if (!state || index < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), hoverText(chart, index), view);
}

void MetricsPage::openItems(Chart chart, int index)
{
    const QList<QStringList> rows = itemsAt(chart, index);
    if (index < 0 || index >= pointCount(chart))
        return;
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = new QDialog(this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QObject::destroyed, this, [this, dialog = m_dialog] {
        if (m_dialog == dialog)
            m_dialog = nullptr;
    });
    m_dialog->setWindowTitle(hoverText(chart, index));
    auto *tree = new QTreeWidget(m_dialog);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    switch (chart) {
    case Chart::Deployments:
    case Chart::FailureRate:
        tree->setHeaderLabels({tr("Tag"), tr("Tag time"), tr("Commits"), tr("Failure")});
        break;
    case Chart::LeadTime:
        tree->setHeaderLabels({tr("Commit"), tr("Header"), tr("Committed"), tr("Lead time")});
        break;
    case Chart::Restore:
        tree->setHeaderLabels({tr("Tag"), tr("Rule"), tr("Reason"), tr("Restored")});
        break;
    case Chart::Pipelines:
        tree->setHeaderLabels({tr("Run"),
                               tr("Ref"),
                               tr("Commit"),
                               tr("State"),
                               tr("Started"),
                               tr("Duration"),
                               tr("Address")});
        break;
    }
    for (const QStringList &row : rows) {
        auto *item = new QTreeWidgetItem(row);
        for (int column = 0; column < row.size(); ++column)
            item->setToolTip(column, row.at(column)); // the whole text of a cut cell
        tree->addTopLevelItem(item);
    }
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_dialog);
    connect(buttons, &QDialogButtonBox::rejected, m_dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(m_dialog);
    auto *title = new QLabel(hoverText(chart, index), m_dialog);
    title->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(tree, 1);
    layout->addWidget(buttons);
    m_dialog->resize(960, 420);
    m_dialog->show();
}

Status MetricsPage::exportPng(const QString &path) const
{
    const QPixmap image = m_content->grab();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return fail(errc::io,
                    tr("Could not write the image: %1. Choose a folder you can write to.")
                            .arg(file.errorString()),
                    path);
    return {};
}

Status MetricsPage::exportCsv(const QString &path) const
{
    if (!m_metrics)
        return fail(errc::invalidArgument, tr("There are no metrics to export yet."), path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(metricsToCsv(*m_metrics).toUtf8()) < 0
        || !file.commit())
        return fail(errc::io,
                    tr("Could not write the CSV file: %1. Choose a folder you can write to.")
                            .arg(file.errorString()),
                    path);
    return {};
}

void MetricsPage::chooseExport(bool png)
{
    const QString path = QFileDialog::getSaveFileName(this,
                                                      png ? tr("Export the charts")
                                                          : tr("Export the deployments"),
                                                      png ? QStringLiteral("metrics.png")
                                                          : QStringLiteral("metrics.csv"),
                                                      png ? tr("PNG images (*.png)")
                                                          : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status written = png ? exportPng(path) : exportCsv(path);
    if (!written)
        Q_EMIT failed(written.error());
    else
        Q_EMIT statusMessage(tr("Wrote %1").arg(path));
}

} // namespace rd::gui
