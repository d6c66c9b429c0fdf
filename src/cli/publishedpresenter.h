// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registrygate/publishedinspection.h"

#include <QJsonArray>
#include <QTextStream>

namespace rd::cli {

// How `status` shows what the registries have: the "published" array of --json
// ({registry, package, latest, latest_date, versions_count, url, exists, error, findings}) and
// a text table.
QJsonArray toJson(const PublishedReport &report);
void printPublished(QTextStream &out, const PublishedReport &report);

} // namespace rd::cli
