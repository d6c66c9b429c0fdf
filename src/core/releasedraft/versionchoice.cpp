// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionchoice.h"

#include <QCoreApplication>

namespace rd {

Result<VersionChoice> VersionChoice::fromOptions(const QString &version,
                                                 const QString &bump,
                                                 const QString &channel)
{
    VersionChoice choice;
    choice.channel = channel.trimmed();
    if (!version.isEmpty() && !bump.isEmpty())
        return fail(
                errc::invalidChoice,
                QCoreApplication::translate("rd::releasedraft",
                                            "Give either a version or a bump level, not both."));
    if (!version.isEmpty()) {
        if (!choice.channel.isEmpty())
            return fail(errc::invalidChoice,
                        QCoreApplication::translate(
                                "rd::releasedraft",
                                "A pre-release channel goes with a computed or bumped "
                                "version; write the pre-release into the version instead "
                                "(e.g. 1.4.0-%1.1).")
                                .arg(choice.channel));
        QString text = version.trimmed();
        if (text.startsWith(u'v') || text.startsWith(u'V'))
            text.remove(0, 1);
        auto parsed = Version::parse(text);
        if (!parsed)
            return fail(errc::invalidChoice,
                        QCoreApplication::translate("rd::releasedraft",
                                                    "\"%1\" is not a SemVer version: %2")
                                .arg(version, parsed.error().message));
        choice.kind = Kind::Custom;
        choice.custom = *parsed;
        return choice;
    }
    if (!bump.isEmpty()) {
        const auto level = bumpLevelFromString(bump);
        if (!level || *level == BumpLevel::None)
            return fail(errc::invalidChoice,
                        QCoreApplication::translate(
                                "rd::releasedraft",
                                "\"%1\" is not a bump level: use major, minor or patch.")
                                .arg(bump));
        choice.kind = Kind::Bump;
        choice.level = *level;
    }
    return choice;
}

} // namespace rd
