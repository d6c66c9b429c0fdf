// SPDX-License-Identifier: GPL-3.0-or-later
#include "githubreleaseapi.h"

#include "forge/githubforge.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace rd {

namespace {

RemoteAsset parseAsset(const QJsonObject &object)
{
    RemoteAsset asset;
    asset.id = object.value(u"id").toInteger();
    asset.name = object.value(u"name").toString();
    asset.size = object.value(u"size").toInteger(-1);
    asset.digest = object.value(u"digest").toString();
    asset.state = object.value(u"state").toString();
    return asset;
}

} // namespace

GitHubReleaseApi::GitHubReleaseApi(ForgeLocation location,
                                   QString token,
                                   net::HttpClientOptions options)
    : m_location(std::move(location))
    , m_token(std::move(token))
    , m_client(std::move(options))
{}

QUrl GitHubReleaseApi::releasesUrl() const
{
    QUrl url = m_location.api;
    url.setPath(url.path() + QStringLiteral("/repos/") + m_location.project
                + QStringLiteral("/releases"));
    return url;
}

net::HttpRequest GitHubReleaseApi::request(const QByteArray &method, const QUrl &url) const
{
    return GitHubForge::apiRequest(method, url, m_token);
}

Result<GitHubRelease> GitHubReleaseApi::parseRelease(const QJsonObject &json, const QString &source)
{
    GitHubRelease release;
    release.id = json.value(u"id").toInteger();
    release.tag = json.value(u"tag_name").toString();
    release.draft = json.value(u"draft").toBool();
    release.immutable = json.value(u"immutable").toBool();
    release.uploadUrl = json.value(u"upload_url").toString();
    release.htmlUrl = QUrl(json.value(u"html_url").toString());
    if (release.id <= 0 || release.tag.isEmpty())
        return fail(errc::netJson,
                    QCoreApplication::translate("rd::publish",
                                                "The forge's answer is not a release: it has no "
                                                "id or tag_name."),
                    source);
    for (const QJsonValue &value : json.value(u"assets").toArray()) {
        const RemoteAsset asset = parseAsset(value.toObject());
        if (asset.name.isEmpty())
            return fail(errc::netJson,
                        QCoreApplication::translate("rd::publish",
                                                    "Release %1 lists an asset without a name.")
                                .arg(release.tag),
                        source);
        release.assets.append(asset);
    }
    return release;
}

QJsonObject GitHubReleaseApi::createBody(const QString &tag,
                                         const QString &name,
                                         const QString &notes,
                                         bool prerelease)
{
    return QJsonObject{{QStringLiteral("tag_name"), tag},
                       {QStringLiteral("name"), name.isEmpty() ? tag : name},
                       {QStringLiteral("body"), notes},
                       {QStringLiteral("draft"), true},
                       {QStringLiteral("prerelease"), prerelease}};
}

Result<QUrl> GitHubReleaseApi::uploadUrl(const QString &uploadTemplate, const QString &name)
{
    // RFC 6570: "{?name,label}" is a query expansion; the step fills name only.
    const qsizetype brace = uploadTemplate.indexOf(u'{');
    QUrl url(brace < 0 ? uploadTemplate : uploadTemplate.left(brace), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty() || name.isEmpty())
        return fail(errc::netJson,
                    QCoreApplication::translate("rd::publish",
                                                "The release's upload_url \"%1\" is not an "
                                                "address to upload %2 to.")
                            .arg(uploadTemplate, name));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), QString::fromLatin1(QUrl::toPercentEncoding(name)));
    url.setQuery(query);
    return url;
}

QString GitHubReleaseApi::validationCode(const QByteArray &body)
{
    const QJsonArray errors = QJsonDocument::fromJson(body).object().value(u"errors").toArray();
    for (const QJsonValue &error : errors) {
        const QString code = error.toObject().value(u"code").toString();
        if (!code.isEmpty())
            return code;
    }
    return {};
}

bool GitHubReleaseApi::saysImmutable(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QStringList texts{object.value(u"message").toString()};
    for (const QJsonValue &error : object.value(u"errors").toArray()) {
        texts.append(error.toObject().value(u"message").toString());
        texts.append(error.toObject().value(u"field").toString());
    }
    return texts.join(u' ').contains(QLatin1String("immutable"), Qt::CaseInsensitive);
}

AssetComparison GitHubReleaseApi::compare(const QList<PlannedAsset> &planned,
                                          const QList<RemoteAsset> &remote)
{
    AssetComparison comparison;
    for (const PlannedAsset &asset : planned) {
        const auto found = std::find_if(remote.cbegin(), remote.cend(), [&](const RemoteAsset &r) {
            return r.name == asset.name;
        });
        if (found == remote.cend()) {
            comparison.missing.append(asset.name);
            continue;
        }
        if (!found->state.isEmpty() && found->state != u"uploaded") {
            comparison.unfinished.append(asset.name);
            continue;
        }
        const bool digestDiffers = !found->digest.isEmpty()
                                   && found->digest.compare(u"sha256:" + asset.sha256,
                                                            Qt::CaseInsensitive)
                                              != 0;
        if (found->size != asset.size || digestDiffers)
            comparison.different.append(
                    QCoreApplication::translate("rd::publish",
                                                "%1 (there: %2 bytes, %3; planned: %4 bytes, "
                                                "sha256:%5)")
                            .arg(asset.name)
                            .arg(found->size)
                            .arg(found->digest.isEmpty()
                                         ? QCoreApplication::translate("rd::publish", "no digest")
                                         : found->digest)
                            .arg(asset.size)
                            .arg(asset.sha256));
    }
    return comparison;
}

Error GitHubReleaseApi::refusal(const net::HttpResponse &response, const QString &what) const
{
    if (saysImmutable(response.body))
        return Error{errc::forgeReleaseImmutable.toString(),
                     QCoreApplication::translate(
                             "rd::publish",
                             "%1 refused %2: the release is immutable (HTTP 422). An immutable "
                             "release cannot be changed; release the next version, or turn off "
                             "immutable releases in the repository's settings before publishing.")
                             .arg(m_location.describe(), what),
                     net::displayUrl(response.url)};
    const QString code = validationCode(response.body);
    if (code == u"already_exists")
        return Error{errc::forgeReleaseExists.toString(),
                     QCoreApplication::translate("rd::publish",
                                                 "%1 already has what %2 would add (HTTP 422 "
                                                 "already_exists).")
                             .arg(m_location.describe(), what),
                     net::displayUrl(response.url)};
    const QString message
            = QJsonDocument::fromJson(response.body).object().value(u"message").toString();
    return Error{errc::forgeReleaseRejected.toString(),
                 QCoreApplication::translate("rd::publish",
                                             "%1 rejected %2 as invalid (HTTP 422%3): %4")
                         .arg(m_location.describe(),
                              what,
                              code.isEmpty() ? QString() : u' ' + code,
                              message.isEmpty() ? QString::fromUtf8(response.body.left(300))
                                                : message),
                 net::displayUrl(response.url)};
}

Result<std::optional<GitHubRelease>> GitHubReleaseApi::findByTag(const QString &tag)
{
    QUrl url = releasesUrl();
    url.setQuery(QStringLiteral("per_page=100"));
    auto items = m_client.getAllPages(request("GET", url));
    if (!items)
        return fail(items.error());
    for (const QJsonValue &item : std::as_const(*items)) {
        if (item.toObject().value(u"tag_name").toString() != tag)
            continue;
        auto release = parseRelease(item.toObject(), net::displayUrl(url));
        if (!release)
            return fail(release.error());
        return std::optional<GitHubRelease>(*release);
    }
    return std::optional<GitHubRelease>();
}

Result<std::optional<GitHubRelease>> GitHubReleaseApi::publishedByTag(const QString &tag)
{
    QUrl url = releasesUrl();
    url.setPath(url.path() + QStringLiteral("/tags/")
                        + QString::fromLatin1(QUrl::toPercentEncoding(tag)),
                QUrl::TolerantMode);
    auto json = m_client.findJson(request("GET", url));
    if (!json)
        return fail(json.error());
    if (!*json)
        return std::optional<GitHubRelease>();
    auto release = parseRelease((*json)->object(), net::displayUrl(url));
    if (!release)
        return fail(release.error());
    return std::optional<GitHubRelease>(*release);
}

Result<QJsonObject> GitHubReleaseApi::write(net::HttpRequest request, const QString &what)
{
    request.passStatuses = {422};
    auto response = m_client.send(request);
    if (!response)
        return fail(response.error());
    if (response->status == 422)
        return fail(refusal(*response, what));
    auto json = response->json();
    if (!json)
        return fail(json.error());
    return json->object();
}

Result<GitHubRelease> GitHubReleaseApi::createDraft(const QString &tag,
                                                    const QString &name,
                                                    const QString &notes,
                                                    bool prerelease)
{
    net::HttpRequest post = request("POST", releasesUrl());
    post.setJsonBody(QJsonDocument(createBody(tag, name, notes, prerelease)));
    auto json = write(post,
                      QCoreApplication::translate("rd::publish", "creating release %1").arg(tag));
    if (!json)
        return fail(json.error());
    return parseRelease(*json, net::displayUrl(releasesUrl()));
}

Result<RemoteAsset> GitHubReleaseApi::upload(const GitHubRelease &release,
                                             const QString &name,
                                             const QByteArray &bytes)
{
    auto url = uploadUrl(release.uploadUrl, name);
    if (!url)
        return fail(url.error());
    net::HttpRequest post = request("POST", *url);
    post.body = bytes;
    post.contentType = "application/octet-stream";
    auto json = write(post,
                      QCoreApplication::translate("rd::publish", "uploading %1 to release %2")
                              .arg(name, release.tag));
    if (!json)
        return fail(json.error());
    return parseAsset(*json);
}

Result<GitHubRelease> GitHubReleaseApi::publish(qint64 id,
                                                const QString &name,
                                                const QString &notes,
                                                bool prerelease)
{
    QUrl url = releasesUrl();
    url.setPath(url.path() + u'/' + QString::number(id));
    net::HttpRequest patch = request("PATCH", url);
    patch.setJsonBody(QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                                {QStringLiteral("body"), notes},
                                                {QStringLiteral("prerelease"), prerelease},
                                                {QStringLiteral("draft"), false}}));
    auto json = write(patch,
                      QCoreApplication::translate("rd::publish", "publishing release %1").arg(id));
    if (!json)
        return fail(json.error());
    return parseRelease(*json, net::displayUrl(url));
}

} // namespace rd
