// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace rd {

// A zip archive read in memory (a Python wheel): the central directory names the entries, each
// stored or deflated. A publish step takes a wheel's METADATA from the file it uploads. Refuses
// archives without a central directory, zip64 and encrypted entries, entries whose sizes or
// offsets run past the end, and data that does not inflate to the size the directory gives.
class ZipArchive
{
public:
    // The content of the first regular file whose name `matches`; error registry.archive naming
    // `source`, with `wanted` (what was looked for) when there is none.
    static Result<QByteArray> file(const QByteArray &zip,
                                   const std::function<bool(const QString &)> &matches,
                                   const QString &wanted,
                                   const QString &source);
};

} // namespace rd
