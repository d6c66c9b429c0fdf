// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/nextversionreport.h"

namespace rd::test {

// The next version of a repository under a .releasedesk.yml given as text (empty: defaults).
inline Result<NextVersionReport> analyze(const git::Repository &repo,
                                         const QByteArray &yaml = {},
                                         const QString &channel = {},
                                         const QString &package = {})
{
    auto config = ProjectConfig::parse(yaml, QStringLiteral(".releasedesk.yml"));
    if (!config)
        return std::unexpected(config.error());
    auto settings = ProjectSettings::fromConfig(*config);
    if (!settings)
        return std::unexpected(settings.error());
    NextVersionOptions options;
    options.channel = channel;
    options.package = package;
    return analyzeNextVersion(repo, *settings, options);
}

} // namespace rd::test
