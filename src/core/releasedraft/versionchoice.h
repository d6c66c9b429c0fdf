// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "semver/bump.h"
#include "semver/version.h"
#include "util/error.h"

namespace rd {

// How the user picks the release's version: the one the commits call for, a bump of their own
// choice, or a version typed in. A pre-release channel applies to the first two.
struct VersionChoice
{
    enum class Kind { Computed, Bump, Custom };
    Kind kind = Kind::Computed;
    BumpLevel level = BumpLevel::Patch; // Kind::Bump
    QString channel;                    // "rc": a pre-release on that channel; empty: final
    Version custom;                     // Kind::Custom

    // From the front ends' options (--version, --bump, --pre); each empty when not given.
    // Errors (release.invalid-choice) name the option and what it accepts.
    static Result<VersionChoice> fromOptions(const QString &version,
                                             const QString &bump,
                                             const QString &channel);
};

namespace errc {
inline constexpr QStringView invalidChoice = u"release.invalid-choice";
}

} // namespace rd
