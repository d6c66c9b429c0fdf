// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "semver/version.h"

#include <optional>

namespace rd {

// How much a change moves the version. Ordered: max() of several commits is the release's.
enum class BumpLevel { None = 0, Patch = 1, Minor = 2, Major = 3 };

QString toString(BumpLevel level);                              // "none", "patch", "minor", "major"
std::optional<BumpLevel> bumpLevelFromString(QStringView text); // case-insensitive

// Below 1.0.0 anything may change (SemVer §4). By default a breaking change in 0.x bumps the
// minor number (features bump minor too, fixes patch); `breakingBumpsMajor` makes 0.x treat a
// breaking change like >= 1.0.0 does.
struct ZeroMajorPolicy
{
    bool breakingBumpsMajor = false;
};

// The plain bump: 1.2.3 +major → 2.0.0, +minor → 1.3.0, +patch → 1.2.4; pre-release and build
// are dropped. None returns the version unchanged. A number already at its maximum wraps to 0:
// computeNextVersion() checks for that and fails instead.
Version bumped(const Version &version, BumpLevel level);

// The level actually applied to `base` under the 0.x policy (Major → Minor for 0.x unless the
// policy says otherwise).
BumpLevel effectiveLevel(const Version &base, BumpLevel level, const ZeroMajorPolicy &policy);

// Splits a pre-release into its channel and counter: ["rc","2"] → ("rc", 2),
// ["beta"] → ("beta", 0), ["alpha","1","x"] → ("alpha.1.x", 0), ["7"] → ("", 7); a release gives
// ("", 0). A last identifier too large for quint64 stays part of the channel.
struct PreReleaseChannel
{
    QString channel;
    quint64 number = 0;
};
PreReleaseChannel splitPreRelease(const Version &version);

struct NextVersionRequest
{
    std::optional<Version> lastRelease;    // highest final release; empty: no release yet
    std::optional<Version> lastPreRelease; // highest pre-release above lastRelease, if any
    BumpLevel level = BumpLevel::None;     // the strongest change since lastRelease
    QString channel;                       // empty: a final release; "rc": a pre-release on rc
    Version initialVersion{0, 1, 0};       // the first release when there is none yet
    ZeroMajorPolicy zeroMajor;
};

struct NextVersion
{
    Version version;
    BumpLevel appliedLevel = BumpLevel::None; // after the 0.x policy; None for a first release
    // One sentence per rule that shaped the result, in order, shown to users to explain the
    // choice, e.g. "0.4.2 → 0.5.0: a breaking change in 0.x bumps the minor number (zero-major
    // policy; set zero-major.breaking-bumps-major to change it)",
    // "1.3.0-rc.1 → 1.3.0-rc.2: continues the rc channel".
    QStringList steps;
};

// The next version:
// - target = bumped(lastRelease, effectiveLevel(...)); with no lastRelease, target is
//   initialVersion's core whatever the level (a first release always has something to release);
// - lastPreRelease only counts when it is above lastRelease. When its core is higher than
//   target, its core is the target (the pre-release is being finished); when lower, it is left
//   behind (the changes now need more than it planned);
// - final (no channel): target (promoting lastPreRelease when it is on target);
// - channel: lastPreRelease on the same core and channel → its counter + 1; same core on another
//   channel → "<channel>.1", an error if that sorts below lastPreRelease; else "<target>-<channel>.1".
// So a first pre-release is "<initialVersion>-<channel>.1", and the next run continues it.
// Errors: level None with nothing to promote (nothingToRelease), a channel that is not a
// dot-separated pre-release starting with a name (invalidChannel), a channel going backwards
// (channelBackwards), a number already at its maximum (versionOverflow), and invalid input
// (errc::invalidArgument: lastRelease or initialVersion that is a pre-release, lastPreRelease
// that is not one).
Result<NextVersion> computeNextVersion(const NextVersionRequest &request);

namespace errc {
inline constexpr QStringView nothingToRelease = u"semver.nothing-to-release";
inline constexpr QStringView channelBackwards = u"semver.channel-backwards";
inline constexpr QStringView invalidChannel = u"semver.invalid-channel";
inline constexpr QStringView versionOverflow = u"semver.overflow";
} // namespace errc

} // namespace rd
