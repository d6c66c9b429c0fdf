// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/oid.h"
#include "release/releasestep.h"

#include <QJsonObject>
#include <QList>

#include <memory>
#include <vector>

namespace rd {

// An ordered list of typed steps that makes one release, and what it is about. What the review
// page and the dry-run show (describe()) is what the runner executes and journals: the same
// JSON, step for step.
class ReleasePlan
{
public:
    ReleasePlan() = default;
    ReleasePlan(ReleasePlan &&) = default;
    ReleasePlan &operator=(ReleasePlan &&) = default;

    QString version; // "1.2.0"
    QString tagName; // "v1.2.0"
    QString branch;  // "main"
    git::Oid base;   // HEAD when planned

    const std::vector<std::unique_ptr<ReleaseStep>> &steps() const { return m_steps; }
    qsizetype size() const { return qsizetype(m_steps.size()); }
    ReleaseStep *step(qsizetype index) const { return m_steps.at(size_t(index)).get(); }
    // Index of the step with this id, or -1.
    qsizetype indexOf(const QString &id) const;

    // Appends, or inserts before `index` (later issues put CI checks before the push). Fails
    // when a step of the same id is already there.
    Status append(std::unique_ptr<ReleaseStep> step);
    Status insert(qsizetype index, std::unique_ptr<ReleaseStep> step);

    // {"format", "version", "tag", "branch", "base", "steps": [step.describe()...]}
    QJsonObject toJson() const;
    static Result<ReleasePlan> fromJson(const QJsonObject &json);

    // The dry-run as text: each step with its details (diffs, messages, refs).
    QString dryRunText() const;

private:
    std::vector<std::unique_ptr<ReleaseStep>> m_steps;
};

} // namespace rd
