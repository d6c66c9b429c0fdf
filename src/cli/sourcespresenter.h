// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/sourcereport.h"
#include "sources/versionplan.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace rd::cli {

// How `status` and `set-version` show version sources, in text and JSON.
QJsonObject toJson(const SourceEntry &entry);
QJsonObject toJson(const SourceReport &report);
QJsonObject toJson(const VersionPlan &plan, bool written);

void printReport(QTextStream &out, const SourceReport &report);
// "pyproject.toml:3", "(git tag)"
QString placeOf(const VersionSource &source);

} // namespace rd::cli
