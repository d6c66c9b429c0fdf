// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/nextversionreport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rd::cli {

// JSON shapes of core results, shared by the commands so that `next --json` and
// `commits --json` describe a commit the same way.
QJsonObject toJson(const ReleaseTag &tag);
QJsonObject toJson(const AnalyzedCommit &commit);
QJsonArray toJson(const QList<SkippedTag> &tags);

} // namespace rd::cli
