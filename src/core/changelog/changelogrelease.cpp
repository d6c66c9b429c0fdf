// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelogrelease.h"

namespace rd {

QString ChangelogRelease::title() const
{
    return version.isEmpty() ? QStringLiteral("Unreleased") : version;
}

qsizetype ChangelogRelease::entryCount() const
{
    qsizetype count = 0;
    for (const ChangelogSection &section : sections)
        count += section.entries.size();
    return count;
}

} // namespace rd
