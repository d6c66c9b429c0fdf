// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/releasetag.h"
#include "release/journal.h"
#include "release/preflightcheck.h"
#include "semver/bump.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace rd::cli {

// How `release` shows what it is about to do and what it did, in text and JSON.

// "Release 1.1.0 (tag v1.1.0), after 1.0.0 (tag v1.0.0)" and one line per reason.
void printVersion(QTextStream &out,
                  const NextVersion &next,
                  const QString &tag,
                  const std::optional<ReleaseTag> &previous);
// One line per check: "pass  Title: message", a fix as a hint below it.
void printChecks(QTextStream &out, const QList<CheckResult> &results);

QJsonObject toJson(const CheckResult &result);
QJsonArray toJson(const QList<CheckResult> &results);
// The journal in short: state, version, tag, and each step's id, title and state.
QJsonObject toJsonSummary(const Journal &journal);

// "1.1.0 (tag v1.1.0), stopped at step 3 of 5 (Commit ...)", for messages about it.
QString describeUnfinished(const Journal &journal);

} // namespace rd::cli
