// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/versionsourceprobe.h"

#include <QStringList>

namespace rd {

class Project;

// The pre-flight's view of the version sources: each time it is asked (the checks may be re-run
// after a fix), the project is scanned again, as the sources grid scans it (with the latest
// release tag), and the sources a release writes are read — those with a version in a writable
// place, inside the package's folders when there are any. The count is the grid's.
class SourcesProbe : public VersionSourceProbe
{
public:
    SourcesProbe(Project &project, QString package, QStringList paths);
    Result<QList<VersionReading>> read() override;
    VersionSourceCount count() const override { return m_count; }

private:
    Project &m_project;
    QString m_package;
    QStringList m_paths;
    VersionSourceCount m_count;
};

} // namespace rd
