// SPDX-License-Identifier: GPL-3.0-or-later
// composer.json: the top-level "version" string (optional in Composer: most packages take their
// version from tags, and then there is no source). Versions under "require" are not looked at.
#include "sources/formats/sourceformats.h"
#include "sources/jsonsource.h"

namespace rd::formats {

const SourceFormat &composer()
{
    static const TopLevelJsonVersionFormat format(QStringLiteral("composer.json"));
    return format;
}

} // namespace rd::formats
