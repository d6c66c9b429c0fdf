// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/versionsourceprobe.h"

#include <QStringList>

namespace rd {

class Project;

// The pre-flight's view of the version sources: each time it is asked (the checks may be re-run
// after a fix), the project is scanned again and the sources a release writes are read — those
// with a version in a writable place, inside the package's folders when there are any.
class SourcesProbe : public VersionSourceProbe
{
public:
    SourcesProbe(Project &project, QStringList paths);
    Result<QList<VersionReading>> read() override;

private:
    Project &m_project;
    QStringList m_paths;
};

} // namespace rd
