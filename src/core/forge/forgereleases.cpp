// SPDX-License-Identifier: GPL-3.0-or-later
#include "forgereleases.h"

#include "forge/forgejson.h"
#include "net/httpclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace rd {

QUrl forgeReleasesUrl(const ForgeLocation &location)
{
    QUrl url = location.api;
    if (location.type == ForgeLocation::Type::GitHub) {
        url.setPath(url.path() + QStringLiteral("/repos/") + location.project
                    + QStringLiteral("/releases"));
    } else {
        url.setPath(url.path(QUrl::FullyEncoded) + QStringLiteral("/projects/")
                            + QString::fromLatin1(QUrl::toPercentEncoding(location.project))
                            + QStringLiteral("/releases"),
                    QUrl::TolerantMode);
    }
    return url;
}

Result<QList<ForgeRelease>> listForgeReleases(const ForgeLocation &location,
                                              net::HttpClient &client,
                                              const QString &token,
                                              int limit)
{
    const bool github = location.type == ForgeLocation::Type::GitHub;
    const int perPage = qBound(1, limit, 100);
    QUrl url = forgeReleasesUrl(location);
    url.setQuery(QStringLiteral("per_page=%1").arg(perPage));
    net::HttpRequest request = net::HttpRequest::get(url);
    request.token = token;
    if (github)
        request.headers = {{"Accept", "application/vnd.github+json"},
                           {"X-GitHub-Api-Version", "2022-11-28"}};
    auto items = client.getAllPages(request, {}, (limit + perPage - 1) / perPage);
    if (!items)
        return fail(items.error());
    QList<ForgeRelease> releases;
    for (const QJsonValue &item : std::as_const(*items)) {
        const QJsonObject object = item.toObject();
        ForgeRelease release;
        release.tag = object.value(u"tag_name").toString();
        release.name = object.value(u"name").toString();
        if (github) {
            release.draft = object.value(u"draft").toBool();
            release.prerelease = object.value(u"prerelease").toBool();
            release.published = forgejson::time(object.value(u"published_at"));
            release.url = QUrl(object.value(u"html_url").toString());
        } else {
            release.prerelease = object.value(u"upcoming_release").toBool();
            release.published = forgejson::time(object.value(u"released_at"));
            release.url = QUrl(object.value(u"_links").toObject().value(u"self").toString());
        }
        if (!release.tag.isEmpty())
            releases.append(release);
        if (releases.size() >= limit)
            break;
    }
    return releases;
}

} // namespace rd
