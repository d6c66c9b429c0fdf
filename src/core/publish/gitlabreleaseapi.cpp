// SPDX-License-Identifier: GPL-3.0-or-later
#include "gitlabreleaseapi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace rd {

namespace {

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

} // namespace

GitLabReleaseApi::GitLabReleaseApi(ForgeLocation location,
                                   QString token,
                                   net::HttpClientOptions options)
    : m_location(std::move(location))
    , m_token(std::move(token))
    , m_client(std::move(options))
{}

QUrl GitLabReleaseApi::projectUrl(const QString &path) const
{
    // The project is addressed by its URL-encoded path ("group%2Fsub%2Fname").
    QUrl url = m_location.api;
    url.setPath(url.path(QUrl::FullyEncoded) + QStringLiteral("/projects/")
                        + encoded(m_location.project) + path,
                QUrl::TolerantMode);
    return url;
}

QUrl GitLabReleaseApi::packageFileUrl(const QString &package,
                                      const QString &version,
                                      const QString &file) const
{
    return projectUrl(QStringLiteral("/packages/generic/") + encoded(package) + u'/'
                      + encoded(version) + u'/' + encoded(file));
}

net::HttpRequest GitLabReleaseApi::request(const QByteArray &method, const QUrl &url) const
{
    net::HttpRequest request;
    request.method = method;
    request.url = url;
    request.token = m_token;
    request.tokenHeader = "PRIVATE-TOKEN";
    return request;
}

QString GitLabReleaseApi::packageName(const QString &project)
{
    QString name = project.section(u'/', -1);
    for (QChar &c : name) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                             || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-';
        if (!allowed)
            c = u'-';
    }
    return name.isEmpty() ? QStringLiteral("release") : name;
}

bool GitLabReleaseApi::isPackageVersion(const QString &version)
{
    static const QRegularExpression pattern(
            QStringLiteral("^[A-Za-z0-9_+](?:[A-Za-z0-9_+.-]*[A-Za-z0-9_+])?$"));
    return version.size() <= 255 && !version.contains(QLatin1String(".."))
           && pattern.match(version).hasMatch();
}

Result<GitLabRelease> GitLabReleaseApi::parseRelease(const QJsonObject &json, const QString &source)
{
    GitLabRelease release;
    release.tag = json.value(u"tag_name").toString();
    release.name = json.value(u"name").toString();
    release.description = json.value(u"description").toString();
    release.webUrl = QUrl(json.value(u"_links").toObject().value(u"self").toString());
    if (release.tag.isEmpty())
        return fail(errc::netJson,
                    QCoreApplication::translate("rd::publish",
                                                "The forge's answer is not a GitLab release: it "
                                                "has no tag_name."),
                    source);
    const QJsonValue links = json.value(u"assets").toObject().value(u"links");
    if (!links.isUndefined() && !links.isNull() && !links.isArray())
        return fail(errc::netJson,
                    QCoreApplication::translate("rd::publish",
                                                "Release %1's assets.links is not a list.")
                            .arg(release.tag),
                    source);
    for (const QJsonValue &value : links.toArray()) {
        const QJsonObject object = value.toObject();
        ReleaseLink link{object.value(u"id").toInteger(),
                         object.value(u"name").toString(),
                         object.value(u"url").toString(),
                         QString(),
                         object.value(u"link_type").toString()};
        // Answers name the permanent address direct_asset_url; requests take a path.
        const QString direct = object.value(u"direct_asset_url").toString();
        const qsizetype downloads = direct.indexOf(QLatin1String("/downloads/"));
        if (downloads >= 0)
            link.directAssetPath = direct.mid(downloads + 10);
        if (link.name.isEmpty() || link.url.isEmpty())
            return fail(errc::netJson,
                        QCoreApplication::translate("rd::publish",
                                                    "Release %1 lists a link without a name or "
                                                    "url.")
                                .arg(release.tag),
                        source);
        release.links.append(link);
    }
    return release;
}

Result<QList<PackageFile>> GitLabReleaseApi::parsePackageFiles(const QJsonArray &json,
                                                               const QString &source)
{
    QList<PackageFile> files;
    for (const QJsonValue &value : json) {
        const QJsonObject object = value.toObject();
        PackageFile file{object.value(u"id").toInteger(),
                         object.value(u"file_name").toString(),
                         object.value(u"size").toInteger(-1),
                         object.value(u"file_sha256").toString().toLower()};
        if (file.id <= 0 || file.name.isEmpty() || file.size < 0)
            return fail(errc::netJson,
                        QCoreApplication::translate("rd::publish",
                                                    "The forge lists a package file without an "
                                                    "id, file_name or size."),
                        source);
        files.append(file);
    }
    return files;
}

QJsonObject GitLabReleaseApi::createBody(const QString &tag,
                                         const QString &name,
                                         const QString &notes,
                                         const QList<ReleaseLink> &links)
{
    QJsonArray array;
    for (const ReleaseLink &link : links) {
        QJsonObject object{{QStringLiteral("name"), link.name},
                           {QStringLiteral("url"), link.url},
                           {QStringLiteral("link_type"),
                            link.linkType.isEmpty() ? QStringLiteral("package") : link.linkType}};
        if (!link.directAssetPath.isEmpty())
            object.insert(QStringLiteral("direct_asset_path"), link.directAssetPath);
        array.append(object);
    }
    return QJsonObject{{QStringLiteral("tag_name"), tag},
                       {QStringLiteral("name"), name.isEmpty() ? tag : name},
                       {QStringLiteral("description"), notes},
                       {QStringLiteral("assets"), QJsonObject{{QStringLiteral("links"), array}}}};
}

QString GitLabReleaseApi::errorMessage(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QJsonValue message = object.value(u"message");
    if (message.isUndefined())
        message = object.value(u"error");
    if (message.isString())
        return message.toString();
    QStringList parts;
    if (message.isArray()) {
        for (const QJsonValue &part : message.toArray())
            parts.append(part.toString());
    } else if (message.isObject()) {
        const QJsonObject fields = message.toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            QStringList errors;
            for (const QJsonValue &error : it.value().toArray())
                errors.append(error.toString());
            if (it.value().isString())
                errors.append(it.value().toString());
            parts.append(it.key() + QStringLiteral(": ") + errors.join(QStringLiteral(", ")));
        }
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral("; "));
}

LinkComparison GitLabReleaseApi::compare(const QList<ReleaseLink> &planned,
                                         const QList<ReleaseLink> &remote)
{
    LinkComparison comparison;
    for (const ReleaseLink &link : planned) {
        const auto found = std::find_if(remote.cbegin(), remote.cend(), [&](const ReleaseLink &r) {
            return r.name == link.name;
        });
        if (found == remote.cend())
            comparison.missing.append(link.name);
        else if (QUrl(found->url) != QUrl(link.url))
            comparison.different.append(
                    QCoreApplication::translate("rd::publish", "%1 (there: %2; planned: %3)")
                            .arg(link.name, found->url, link.url));
    }
    for (const ReleaseLink &link : remote) {
        const bool plannedName = std::any_of(planned.cbegin(),
                                             planned.cend(),
                                             [&](const ReleaseLink &p) {
                                                 return p.name == link.name;
                                             });
        if (!plannedName)
            comparison.other.append(QStringLiteral("%1 (%2)").arg(link.name, link.url));
    }
    return comparison;
}

std::optional<PackageFile> GitLabReleaseApi::newest(const QList<PackageFile> &files,
                                                    const QString &name)
{
    std::optional<PackageFile> found;
    for (const PackageFile &file : files)
        if (file.name == name && (!found || file.id > found->id))
            found = file;
    return found;
}

Error GitLabReleaseApi::rejected(const net::HttpResponse &response,
                                 const char *text,
                                 const QString &name) const
{
    const QString message = errorMessage(response.body);
    return Error{errc::forgeReleaseRejected.toString(),
                 QCoreApplication::translate("rd::publish", text)
                         .arg(m_location.describe(), name)
                         .arg(response.status)
                         .arg(message.isEmpty() ? QString::fromUtf8(response.body.left(300))
                                                : message),
                 net::displayUrl(response.url)};
}

Result<std::optional<GitLabRelease>> GitLabReleaseApi::releaseByTag(const QString &tag)
{
    const QUrl url = projectUrl(QStringLiteral("/releases/") + encoded(tag));
    auto json = m_client.findJson(request("GET", url));
    if (!json)
        return fail(json.error());
    if (!*json)
        return std::optional<GitLabRelease>();
    auto release = parseRelease((*json)->object(), net::displayUrl(url));
    if (!release)
        return fail(release.error());
    return std::optional<GitLabRelease>(*release);
}

Result<GitLabRelease> GitLabReleaseApi::create(const QString &tag,
                                               const QString &name,
                                               const QString &notes,
                                               const QList<ReleaseLink> &links)
{
    net::HttpRequest post = request("POST", releasesUrl());
    post.setJsonBody(QJsonDocument(createBody(tag, name, notes, links)));
    post.passStatuses = {400, 409, 422};
    auto response = m_client.send(post);
    if (!response)
        return fail(response.error());
    if (response->status == 409)
        return fail(errc::forgeReleaseExists,
                    QCoreApplication::translate("rd::publish",
                                                "%1 already has a release %2 (HTTP 409: %3).")
                            .arg(m_location.describe(), tag, errorMessage(response->body)),
                    net::displayUrl(response->url));
    if (response->status == 400 || response->status == 422)
        return fail(rejected(*response,
                             QT_TRANSLATE_NOOP("rd::publish",
                                               "%1 rejected the release %2 as invalid (HTTP %3): "
                                               "%4. Check that the tag is pushed and the links' "
                                               "names are unique, then resume the release."),
                             tag));
    auto json = response->json();
    if (!json)
        return fail(json.error());
    return parseRelease(json->object(), net::displayUrl(releasesUrl()));
}

Result<QList<PackageFile>> GitLabReleaseApi::packageFiles(const QString &package,
                                                          const QString &version)
{
    QUrl url = projectUrl(QStringLiteral("/packages"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("package_type"), QStringLiteral("generic"));
    query.addQueryItem(QStringLiteral("package_name"), package);
    query.addQueryItem(QStringLiteral("package_version"), version);
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    url.setQuery(query);
    auto packages = m_client.getAllPages(request("GET", url));
    if (!packages)
        return fail(packages.error());
    QList<PackageFile> files;
    for (const QJsonValue &value : std::as_const(*packages)) {
        const QJsonObject object = value.toObject();
        // package_name matches by substring: keep the exact name and version only.
        if (object.value(u"name").toString() != package
            || object.value(u"version").toString() != version)
            continue;
        QUrl filesUrl = projectUrl(
                QStringLiteral("/packages/%1/package_files").arg(object.value(u"id").toInteger()));
        filesUrl.setQuery(QStringLiteral("per_page=100"));
        auto listed = m_client.getAllPages(request("GET", filesUrl));
        if (!listed)
            return fail(listed.error());
        auto parsed = parsePackageFiles(*listed, net::displayUrl(filesUrl));
        if (!parsed)
            return fail(parsed.error());
        files.append(*parsed);
    }
    return files;
}

Status GitLabReleaseApi::uploadPackageFile(const QString &package,
                                           const QString &version,
                                           const QString &file,
                                           const QByteArray &bytes)
{
    net::HttpRequest put = request("PUT", packageFileUrl(package, version, file));
    put.body = bytes;
    put.contentType = "application/octet-stream";
    put.passStatuses = {400, 422};
    auto response = m_client.send(put);
    if (!response)
        return fail(response.error());
    if (response->status == 400 || response->status == 422)
        return fail(rejected(*response,
                             QT_TRANSLATE_NOOP("rd::publish",
                                               "%1 rejected the package file %2 (HTTP %3): %4. "
                                               "Rename the asset or the tag to what the generic "
                                               "package registry accepts."),
                             file));
    return {};
}

} // namespace rd
