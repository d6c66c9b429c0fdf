// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace rd {

struct DeliveryMetrics;
struct PipelineHealth;

// The metrics as JSON (`releasedesk-cli metrics --json`):
//   {"window": {...}, "deployments": {"count", "per_week", "band", ...},
//    "lead_time_s": {"median", "p90", "commits", ...},
//    "change_failure_rate": {"rate", "failed", "total", "items"},
//    "time_to_restore_s": {"median", "p90", ...}, "pipelines": [...]}
// Figures without data are null, with a "no_data" reason beside them. Every figure lists the
// items behind it. `pipelines` may be null: the forge was not asked.
QJsonObject metricsToJson(const DeliveryMetrics &metrics, const PipelineHealth *pipelines);

// One CSV row per deployment of the window (RFC 4180, a header line first): tag, tag time,
// previous tag, commits, lead-time median and p90 in seconds, failed, reasons, restored by,
// seconds to restore.
QString metricsToCsv(const DeliveryMetrics &metrics);

} // namespace rd
