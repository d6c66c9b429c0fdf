// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcesprobe.h"
#include "releasedraft.h"

#include "releasedraft/sourceinspection.h"
#include "sources/sourcereport.h"

namespace rd {

SourcesProbe::SourcesProbe(Project &project, QStringList paths)
    : m_project(project)
    , m_paths(std::move(paths))
{}

Result<QList<VersionReading>> SourcesProbe::read()
{
    // Only the files matter here: no tag source, so no tag scan.
    auto report = inspectSources(m_project, std::nullopt, TagPattern());
    if (!report)
        return std::unexpected(report.error());
    QList<VersionReading> readings;
    for (const VersionSource &source : ReleaseDraft::releasedSources(*report, m_paths)) {
        if (!source.version)
            continue; // left alone by the release too (see VersionPlan::make)
        const QString name = source.key.isEmpty()
                                     ? source.path
                                     : QStringLiteral("%1 (%2)").arg(source.path, source.key);
        readings.append({name, source.text, source.version});
    }
    return readings;
}

} // namespace rd
