// SPDX-License-Identifier: GPL-3.0-or-later
// package.json: the top-level "version" string. Versions under dependencies are other objects'
// members and are never looked at.
#include "sources/formats/sourceformats.h"
#include "sources/jsonsource.h"

namespace rd::formats {

const SourceFormat &packageJson()
{
    static const TopLevelJsonVersionFormat format(QStringLiteral("package.json"));
    return format;
}

} // namespace rd::formats
