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
    // The text of one span for the parts every format shares: the Whole version, the Core
    // (X.Y.Z alone when the source has a separate PreRelease span) and the PreRelease. Other
    // parts belong to the format that made them (SourceFormat::renderSpan).
    static Result<QString> renderSpan(const VersionSource &source,
                                      const VersionSpan &span,
                                      const Version &version);

    // True when the spans still hold the text they were read with: a file edited since the
    // scan must be scanned again, not spliced blindly.
    static bool spansMatch(const VersionSource &source, const QByteArray &bytes);
};

namespace errc {
inline constexpr QStringView notWritable = u"sources.not-writable";
inline constexpr QStringView staleSource = u"sources.stale";
} // namespace errc

} // namespace rd
