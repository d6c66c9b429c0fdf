// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcesprobe.h"
#include "releasedraft.h"

#include "releasedraft/sourceinspection.h"
#include "sources/sourcereport.h"

namespace rd {

SourcesProbe::SourcesProbe(Project &project, QString package, QStringList paths)
    : m_project(project)
    , m_package(std::move(package))
    , m_paths(std::move(paths))
{}

Result<QList<VersionReading>> SourcesProbe::read()
{
    // The same inspection as the sources grid, tag included, so both count the same sources.
    auto report = inspectSources(m_project, m_package);
    if (!report)
        return std::unexpected(report.error());
    const SourceTally tally = report->tally();
    m_count = {tally.sources, tally.disagreeing, tally.sentence()};
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
