// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QUrl>

namespace rd {

class ConfigValue;

// Which forge a repository lives on and where its API is: GitHub (github.com or Enterprise at
// https://HOST/api/v3) or GitLab (gitlab.com or self-hosted at https://HOST/api/v4), and the
// project path on it ("owner/name"; GitLab: "group/subgroup/name").
struct ForgeLocation
{
    enum class Type { GitHub, GitLab };

    Type type = Type::GitHub;
    QUrl api;        // https://api.github.com, https://HOST/api/v3, https://HOST/api/v4
    QString project; // owner/name, group/subgroup/name

    // From a remote URL: https://host/owner/name(.git), ssh://git@host[:port]/owner/name.git,
    // git@host:owner/name.git. The forge is told by the host: github.com and hosts named
    // github.* are GitHub, gitlab.com and hosts named gitlab.* are GitLab; any other host is an
    // error that says to set forge: in .releasedesk.yml.
    static Result<ForgeLocation> fromRemoteUrl(const QString &url);
    // The forge: section of .releasedesk.yml (type, api, project); nullopt without one. A
    // missing api or project is filled from `remoteUrl` when it names the same kind of forge.
    static Result<std::optional<ForgeLocation>> fromConfig(const ConfigValue &forge,
                                                           const QString &remoteUrl);

    QString typeName() const
    {
        return type == Type::GitHub ? QStringLiteral("github") : QStringLiteral("gitlab");
    }
    // "GitHub octo/app" for messages.
    QString describe() const;
    // The host whose token to use (the API host for the environment and keychain lookups).
    QString host() const { return api.host(); }
};

namespace errc {
inline constexpr QStringView forgeUnknown = u"forge.unknown";
inline constexpr QStringView forgeInvalid = u"forge.invalid";
} // namespace errc

} // namespace rd
