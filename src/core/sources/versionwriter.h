// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/splice.h"
#include "sources/versionsource.h"

namespace rd {

// Turns "this source now says `version`" into splices of the source's spans, each rendered in
// the file's own scheme and shape (a "v" prefix, two release parts, a separate VersionSuffix).
class VersionWriter
{
public:
    // The splices that make `source` say `version`, against the bytes the source was read from.
    // Errors: the source cannot be written (dynamic, read-only, no spans) or its scheme cannot
    // express the version (errc::notRepresentable), with the file in the error's source.
    static Result<QList<Splice>> splices(const VersionSource &source, const Version &version);

    // True when the spans still hold the text they were read with: a file edited since the
    // scan must be scanned again, not spliced blindly.
    static bool spansMatch(const VersionSource &source, const QByteArray &bytes);
};

namespace errc {
inline constexpr QStringView notWritable = u"sources.not-writable";
inline constexpr QStringView staleSource = u"sources.stale";
} // namespace errc

} // namespace rd
