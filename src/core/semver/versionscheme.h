// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "semver/pep440.h" // errc::notRepresentable
#include "semver/version.h"

namespace rd {

// How a file spells versions. Every source compares through the SemVer form (normalize()) and
// writes in its own spelling (render()). The mapping rules, documented here once:
//
// SemVer   1.2.3-rc.1+b5. A leading "v" is allowed and kept when writing ("v2.7.2"); missing
//          minor/patch count as 0 ("1.26" → 1.26.0) and stay missing when writing a version whose
//          missing parts are 0.
// Pep440   Python: rd::Pep440Version and its SemVer mapping (1.0rc1 → 1.0.0-rc.1,
//          3.1.1.dev → 3.1.1-dev.0); compare() orders in PEP 440 (dev < a < b < rc < final).
// Maven    X[.Y[.Z]][-qualifier]: the qualifier's parts, split at '-' and '.', become the
//          pre-release ("4.0.7-SNAPSHOT" → 4.0.7-SNAPSHOT, "1.3.0-RC2-SNAPSHOT" →
//          1.3.0-RC2.SNAPSHOT), so a snapshot sorts before its release and after the one before.
//          "RELEASE", "FINAL" and "GA" qualifiers mean the release. Writing joins the pre-release
//          with '.', except a trailing SNAPSHOT, which keeps Maven's "-SNAPSHOT". No build
//          metadata.
// NuGet    .csproj / Directory.Build.props: X.Y[.Z[.R]][-suffix][+metadata]. A fourth number R
//          (non-zero) becomes build metadata "+R", which SemVer ordering ignores; writing a
//          version whose build metadata is one number into a four-part value puts it back.
// DotNet   The .NET four-part assembly version Major.Minor.Build.Revision, numbers only
//          (AssemblyFileVersion): like NuGet, but a pre-release cannot be written.
// Numeric  Numbers only, up to four (CMake's project(VERSION)): like DotNet.
// RubyGems 6.0.3.6, 1.0.0.rc1, 2.0.0.pre.2: numeric segments, then the first segment with a
//          letter starts the pre-release (→ 1.0.0-rc1, 2.0.0-pre.2); a fourth number becomes
//          build metadata like NuGet's. Writing joins the pre-release with '.'.
enum class VersionScheme { SemVer, Pep440, Maven, NuGet, DotNet, Numeric, RubyGems };

class VersionSchemes
{
public:
    static QString name(VersionScheme scheme); // "SemVer", "PEP 440", ...
    static QString id(VersionScheme scheme);   // "semver", "pep440", ... (JSON, settings)
    static std::optional<VersionScheme> fromId(QStringView id);

    // The SemVer form of a version as the file writes it. The error quotes the text and says
    // what the scheme expects.
    static Result<Version> normalize(VersionScheme scheme, QStringView text);
    // `version` spelled in the scheme, shaped like `current` (the text the file has now): same
    // "v" prefix, same number of release parts when the dropped parts are 0. Error
    // (errc::notRepresentable) when the scheme cannot express the version.
    static Result<QString> render(VersionScheme scheme,
                                  const Version &version,
                                  QStringView current = {});
    // <0, 0, >0: `text` (in the scheme) against a SemVer reference, in the scheme's own order
    // where it has one (PEP 440), else SemVer precedence.
    static Result<int> compare(VersionScheme scheme, QStringView text, const Version &reference);
};

} // namespace rd
