// SPDX-License-Identifier: GPL-3.0-or-later
// What the metrics tests on hand-made histories share: settings from YAML, the metrics of a
// scratch repository's package, and the tags of its deployments and failures.
#pragma once

#include "scratchrepository.h"

#include "config/projectconfig.h"
#include "history/releasehistory.h"
#include "metrics/deliverymetrics.h"
#include "project/package.h"

#include <QtGlobal>

namespace rd::test {

inline constexpr qint64 hour = 3600;
inline constexpr qint64 day = 24 * hour;

inline ProjectSettings settingsFrom(const QByteArray &yaml)
{
    auto config = ProjectConfig::parse(yaml, QStringLiteral("test.yml"));
    if (!config)
        qFatal("bad test config: %s", qPrintable(config.error().toString()));
    auto settings = ProjectSettings::fromConfig(*config);
    if (!settings)
        qFatal("bad test settings: %s", qPrintable(settings.error().toString()));
    return *settings;
}

// December 2023 to February 2024: every scratch history's commits.
inline MetricsOptions wholeJanuary()
{
    MetricsOptions options;
    options.since = QDateTime(QDate(2023, 12, 1), QTime(0, 0), Qt::UTC);
    options.until = QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC);
    return options;
}

inline Result<DeliveryMetrics> metricsOf(ScratchRepository &scratch,
                                         const MetricsOptions &options,
                                         const QByteArray &config = {},
                                         const QString &package = {})
{
    const ProjectSettings settings = settingsFrom(config);
    auto selected = Package::find(settings, package);
    if (!selected)
        return std::unexpected(selected.error());
    auto history = ReleaseHistory::open(scratch.repo(), settings, *selected);
    if (!history)
        return std::unexpected(history.error());
    return DeliveryMetrics::compute(scratch.repo(), *history, options);
}

inline QStringList tagsOf(const DeliveryMetrics &metrics)
{
    QStringList tags;
    for (const Deployment &deployment : metrics.deployments)
        tags.append(deployment.tag.name);
    return tags;
}

inline QStringList failedTags(const DeliveryMetrics &metrics)
{
    QStringList tags;
    for (const DeploymentFailure &failure : metrics.failures)
        tags.append(failure.tag);
    return tags;
}

} // namespace rd::test
