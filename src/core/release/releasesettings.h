// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/projectconfig.h"

#include <QStringList>

namespace rd {

// The `release:` section of .releasedesk.yml:
//
//   release:
//     branches: [main, master, "release/*"]   # where releases may be made (glob patterns)
//     remote: origin                          # where to push (default: the branch's upstream)
//     push: true                              # push the branch and the tag
//     commit-message: "chore(release): {version}"   # {version} and {tag} are replaced
struct ReleaseSettings
{
    QStringList branches{QStringLiteral("main"),
                         QStringLiteral("master"),
                         QStringLiteral("release/*")};
    QString remote;
    bool push = true;
    QString commitMessage = QStringLiteral("chore(release): {version}");

    // Defaults, overridden by the file; mistakes come with the file and line.
    static Result<ReleaseSettings> fromConfig(const ProjectConfig &config);

    bool isReleaseBranch(const QString &branch) const;
    QString formatCommitMessage(const QString &version, const QString &tag) const;
};

} // namespace rd
