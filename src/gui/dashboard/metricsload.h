// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/deliverymetrics.h"
#include "metrics/pipelinehealth.h"

#include <QStringList>

#include <atomic>
#include <optional>

namespace rd::gui {

// What the Metrics view computes off the GUI thread: the metrics of a repository or package,
// and the CI runs they and the pipeline health are computed from.

// Pipeline health as a task found it: the figures, where the runs came from, or why there are
// none.
struct HealthLoaded
{
    std::optional<PipelineHealth> health;
    QString source;
    QString note;
    QString configProblem; // the configuration's deploy-workflows: could not be read
};

// The CI runs the view works from (pipeline health, the failed-deploy rule): those the watches
// recorded in the history database, or those fetched from the forge.
struct RunsSource
{
    std::optional<QList<PipelineRun>> runs;
    QString source; // "the 4 runs of GitHub octo/app the watches recorded"
    QString note;   // why there are none
};

// One load: the metrics, the packages to pick from and the one picked, the pipeline health.
struct MetricsLoaded
{
    Result<DeliveryMetrics> metrics;
    QStringList packages;
    QString package;
    HealthLoaded health;
};

// The metrics, with the failed-deploy rule over the `fetched` runs (else the recorded ones), and
// the pipeline health of those runs.
MetricsLoaded loadMetrics(const QString &root,
                          const QString &packageName,
                          MetricsOptions options,
                          const std::optional<RunsSource> &fetched,
                          const std::atomic_bool &stop);
// The newest `limit` runs of the repository's forge, with their jobs.
RunsSource fetchedRuns(const QString &root, int limit, const std::atomic_bool &stop);

} // namespace rd::gui
