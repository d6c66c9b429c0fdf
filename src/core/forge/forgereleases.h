// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forge/forgelocation.h"

#include <QDateTime>
#include <QList>

namespace rd::net {
class HttpClient;
}

namespace rd {

// One release on the forge (GitHub Releases, GitLab Releases).
struct ForgeRelease
{
    QString tag;
    QString name;
    QDateTime published; // GitHub published_at (invalid for a draft), GitLab released_at; UTC
    bool draft = false;
    bool prerelease = false; // GitHub's flag; GitLab: upcoming_release
    QUrl url;                // the release's page
};

// The releases of the project at `location`, newest first, at most `limit`. Blocks like the
// Forge calls (worker thread or CLI). A project without releases gives an empty list.
Result<QList<ForgeRelease>> listForgeReleases(const ForgeLocation &location,
                                              net::HttpClient &client,
                                              const QString &token,
                                              int limit = 100);
// The address listForgeReleases reads (for "where to look").
QUrl forgeReleasesUrl(const ForgeLocation &location);

} // namespace rd
