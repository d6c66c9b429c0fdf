// SPDX-License-Identifier: GPL-3.0-or-later
#include "bump.h"

#include <QCoreApplication>
#include <limits>

namespace rd {

namespace {

constexpr quint64 maxNumber = std::numeric_limits<quint64>::max();

bool isNumeric(QStringView identifier)
{
    if (identifier.isEmpty())
        return false;
    for (QChar c : identifier) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// The number `level` increments, for the overflow check and its message.
std::optional<std::pair<quint64, QString>> bumpedNumber(const Version &version, BumpLevel level)
{
    switch (level) {
    case BumpLevel::Major:
        return std::pair(version.major(), QStringLiteral("major"));
    case BumpLevel::Minor:
        return std::pair(version.minor(), QStringLiteral("minor"));
    case BumpLevel::Patch:
        return std::pair(version.patch(), QStringLiteral("patch"));
    case BumpLevel::None:
        break;
    }
    return std::nullopt;
}

// Why `from` became `to`: the sentence a user reads to understand the bump.
QString bumpStep(const Version &from,
                 const Version &to,
                 BumpLevel requested,
                 BumpLevel applied,
                 const ZeroMajorPolicy &policy)
{
    const QString arrow = from.toString() + QStringLiteral(" → ") + to.toString() + u": ";
    const bool zeroMajor = from.major() == 0;
    if (requested == BumpLevel::Major && zeroMajor) {
        if (applied == BumpLevel::Minor) {
            return arrow
                   + QCoreApplication::translate(
                           "rd::semver",
                           "a breaking change in 0.x bumps the minor number (zero-major "
                           "policy; set zero-major.breaking-bumps-major to change it)");
        }
        if (policy.breakingBumpsMajor) {
            return arrow
                   + QCoreApplication::translate(
                           "rd::semver",
                           "a breaking change bumps the major number, also in 0.x "
                           "(zero-major.breaking-bumps-major is set)");
        }
    }
    switch (applied) {
    case BumpLevel::Major:
        return arrow
               + QCoreApplication::translate("rd::semver",
                                             "a breaking change bumps the major number");
    case BumpLevel::Minor:
        return arrow
               + QCoreApplication::translate(
                       "rd::semver",
                       "a minor change (such as a new feature) bumps the minor number");
    case BumpLevel::Patch:
        return arrow
               + QCoreApplication::translate(
                       "rd::semver", "a patch change (such as a bug fix) bumps the patch number");
    case BumpLevel::None:
        break;
    }
    return {};
}

} // namespace

QString toString(BumpLevel level)
{
    switch (level) {
    case BumpLevel::None:
        return QStringLiteral("none");
    case BumpLevel::Patch:
        return QStringLiteral("patch");
    case BumpLevel::Minor:
        return QStringLiteral("minor");
    case BumpLevel::Major:
        return QStringLiteral("major");
    }
    return {};
}

std::optional<BumpLevel> bumpLevelFromString(QStringView text)
{
    for (BumpLevel level :
         {BumpLevel::None, BumpLevel::Patch, BumpLevel::Minor, BumpLevel::Major}) {
        if (text.compare(toString(level), Qt::CaseInsensitive) == 0)
            return level;
    }
    return std::nullopt;
}

Version bumped(const Version &version, BumpLevel level)
{
    switch (level) {
    case BumpLevel::Major:
        return Version(version.major() + 1, 0, 0);
    case BumpLevel::Minor:
        return Version(version.major(), version.minor() + 1, 0);
    case BumpLevel::Patch:
        return Version(version.major(), version.minor(), version.patch() + 1);
    case BumpLevel::None:
        break;
    }
    return version;
}

BumpLevel effectiveLevel(const Version &base, BumpLevel level, const ZeroMajorPolicy &policy)
{
    if (level == BumpLevel::Major && base.major() == 0 && !policy.breakingBumpsMajor)
        return BumpLevel::Minor;
    return level;
}

PreReleaseChannel splitPreRelease(const Version &version)
{
    const QStringList &identifiers = version.preRelease();
    if (identifiers.isEmpty())
        return {};
    if (isNumeric(identifiers.last())) {
        bool ok = false;
        const quint64 number = identifiers.last().toULongLong(&ok);
        if (ok)
            return {identifiers.first(identifiers.size() - 1).join(u'.'), number};
    }
    return {identifiers.join(u'.'), 0};
}

Result<NextVersion> computeNextVersion(const NextVersionRequest &request)
{
    QStringList channel;
    if (!request.channel.isEmpty()) {
        auto identifiers = Version::parsePreRelease(request.channel);
        if (!identifiers) {
            return fail(errc::invalidChannel,
                        QCoreApplication::translate(
                                "rd::semver",
                                "The pre-release channel is not valid: %1 Use a name such "
                                "as rc, beta or alpha.")
                                .arg(identifiers.error().message));
        }
        // "1.3.0-7.1" would be a pre-release of no channel at all.
        if (isNumeric(identifiers->constFirst())) {
            return fail(errc::invalidChannel,
                        QCoreApplication::translate(
                                "rd::semver",
                                "The pre-release channel '%1' starts with a number; a "
                                "channel is a name such as rc, beta or alpha.")
                                .arg(request.channel));
        }
        channel = *identifiers;
    }
    if (request.lastRelease && request.lastRelease->isPreRelease()) {
        return fail(errc::invalidArgument,
                    QCoreApplication::translate(
                            "rd::semver",
                            "The last release %1 is a pre-release; the next version is "
                            "computed from the last final release.")
                            .arg(request.lastRelease->toString()));
    }
    if (request.lastPreRelease && !request.lastPreRelease->isPreRelease()) {
        return fail(errc::invalidArgument,
                    QCoreApplication::translate("rd::semver",
                                                "The last pre-release %1 is not a pre-release.")
                            .arg(request.lastPreRelease->toString()));
    }

    NextVersion next;
    // A pre-release at or below the last release was finished or abandoned: nothing continues it.
    std::optional<Version> pre;
    if (request.lastPreRelease
        && (!request.lastRelease || *request.lastPreRelease > *request.lastRelease))
        pre = request.lastPreRelease;

    Version target;
    if (!request.lastRelease) {
        if (request.initialVersion.isPreRelease()) {
            return fail(errc::invalidArgument,
                        QCoreApplication::translate(
                                "rd::semver",
                                "The initial version %1 is a pre-release. Set "
                                "initial-version to a release such as 0.1.0 and choose a "
                                "channel for its pre-releases.")
                                .arg(request.initialVersion.toString()));
        }
        target = request.initialVersion.core();
        next.steps.append(
                QCoreApplication::translate("rd::semver",
                                            "no release yet → %1: the first release is the initial "
                                            "version (set initial-version to change it)")
                        .arg(target.toString()));
    } else {
        const Version &last = *request.lastRelease;
        next.appliedLevel = effectiveLevel(last, request.level, request.zeroMajor);
        if (next.appliedLevel == BumpLevel::None) {
            if (!pre) {
                return fail(errc::nothingToRelease,
                            QCoreApplication::translate(
                                    "rd::semver",
                                    "Nothing to release: no change since %1 calls for a "
                                    "new version. Commit a fix or a feature, or choose the "
                                    "bump level yourself.")
                                    .arg(last.toString()));
            }
            target = last.core();
        } else {
            const auto [number, name] = *bumpedNumber(last, next.appliedLevel);
            if (number == maxNumber) {
                return fail(errc::versionOverflow,
                            QCoreApplication::translate(
                                    "rd::semver",
                                    "Cannot bump %1: its %2 number is already the largest "
                                    "possible (%3).")
                                    .arg(last.toString(), name, QString::number(maxNumber)));
            }
            target = bumped(last, next.appliedLevel);
            next.steps.append(
                    bumpStep(last, target, request.level, next.appliedLevel, request.zeroMajor));
        }
    }

    if (pre) {
        const Version preCore = pre->core();
        const int order = preCore.compare(target);
        if (order > 0) {
            if (request.lastRelease && next.appliedLevel == BumpLevel::None) {
                next.steps.append(
                        QCoreApplication::translate(
                                "rd::semver",
                                "%1 → %2: no change since %1 needs a new version "
                                "by itself, but the pre-release %3 is under way "
                                "towards %2")
                                .arg(target.toString(), preCore.toString(), pre->toString()));
            } else {
                next.steps.append(
                        QCoreApplication::translate(
                                "rd::semver",
                                "%1 → %2: the pre-release %3 is already heading "
                                "for %2, so this release continues it")
                                .arg(target.toString(), preCore.toString(), pre->toString()));
            }
            target = preCore;
        } else if (order < 0) {
            next.steps.append(QCoreApplication::translate(
                                      "rd::semver",
                                      "the pre-release %1 is left behind: %2 is higher, so "
                                      "its pre-releases start over")
                                      .arg(pre->toString(), target.toString()));
            pre.reset();
        }
    }

    if (channel.isEmpty()) {
        if (pre) {
            next.steps.append(
                    QCoreApplication::translate(
                            "rd::semver", "%1 → %2: promotes the pre-release to the final release")
                            .arg(pre->toString(), target.toString()));
        }
        next.version = target;
        return next;
    }

    const QString channelName = channel.join(u'.');
    if (!pre) {
        next.version = Version(target.major(),
                               target.minor(),
                               target.patch(),
                               channel + QStringList{QStringLiteral("1")});
        next.steps.append(
                QCoreApplication::translate("rd::semver",
                                            "%1 → %2: starts the %3 channel with the first "
                                            "pre-release of %1")
                        .arg(target.toString(), next.version.toString(), channelName));
        return next;
    }

    // Here the pre-release is on the target version.
    const PreReleaseChannel current = splitPreRelease(*pre);
    if (current.channel == channelName) {
        if (current.number == maxNumber) {
            return fail(errc::versionOverflow,
                        QCoreApplication::translate(
                                "rd::semver",
                                "Cannot continue %1: its pre-release number is already the "
                                "largest possible (%2).")
                                .arg(pre->toString(), QString::number(maxNumber)));
        }
        next.version = Version(target.major(),
                               target.minor(),
                               target.patch(),
                               channel + QStringList{QString::number(current.number + 1)});
        next.steps.append(
                QCoreApplication::translate("rd::semver", "%1 → %2: continues the %3 channel")
                        .arg(pre->toString(), next.version.toString(), channelName));
        return next;
    }

    const Version switched(target.major(),
                           target.minor(),
                           target.patch(),
                           channel + QStringList{QStringLiteral("1")});
    if (switched < *pre) {
        return fail(errc::channelBackwards,
                    QCoreApplication::translate(
                            "rd::semver",
                            "Cannot release %1: it sorts below the existing pre-release %2, "
                            "because SemVer orders pre-release names in ASCII order ('%3' "
                            "comes before '%4'). Continue on the %4 channel, or release "
                            "%5.")
                            .arg(switched.toString(),
                                 pre->toString(),
                                 channelName,
                                 current.channel,
                                 target.toString()));
    }
    next.version = switched;
    next.steps.append(
            QCoreApplication::translate("rd::semver",
                                        "%1 → %2: switches from the %3 channel to %4 on the same "
                                        "version %5")
                    .arg(pre->toString(),
                         switched.toString(),
                         current.channel,
                         channelName,
                         target.toString()));
    return next;
}

} // namespace rd
