// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasesummary.h"

#include <QHash>

#include <algorithm>

namespace rd {

QString ReleaseSummary::typesText(int limit) const
{
    QStringList parts;
    for (const auto &[type, count] : types) {
        if (limit > 0 && parts.size() == limit) {
            parts.append(QStringLiteral("…"));
            break;
        }
        parts.append(QStringLiteral("%1 %2").arg(type).arg(count));
    }
    return parts.join(QStringLiteral(", "));
}

ReleaseSummary ReleaseSummary::of(const QList<AnalyzedCommit> &commits)
{
    ReleaseSummary summary;
    summary.commits = commits.size();
    QHash<QString, int> counts;
    for (const AnalyzedCommit &commit : commits) {
        summary.level = std::max(summary.level, commit.classification.level);
        summary.breaking += commit.classification.breaking ? 1 : 0;
        QString type;
        if (commit.parsed.form == CommitForm::Revert)
            type = QStringLiteral("revert");
        else if (commit.parsed.form == CommitForm::Merge)
            type = QStringLiteral("merge");
        else
            type = commit.parsed.type.toLower();
        ++counts[type.isEmpty() ? QStringLiteral("other") : type];
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        summary.types.append({it.key(), it.value()});
    std::sort(summary.types.begin(), summary.types.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return summary;
}

} // namespace rd
