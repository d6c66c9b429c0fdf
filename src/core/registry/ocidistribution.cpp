// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocidistribution.h"

#include "net/httpclient.h"
#include "registry/registryjson.h"
#include "registry/registrytarget.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace rd {

OciDistribution::OciDistribution(net::HttpClient &client, QUrl registry)
    : m_client(client)
    , m_registry(std::move(registry))
{}

void OciDistribution::setCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
    m_tokens.clear();
}

QString OciDistribution::pullScope(const QString &repository)
{
    return QStringLiteral("repository:%1:pull").arg(repository);
}

QString OciDistribution::pushScope(const QString &repository)
{
    return QStringLiteral("repository:%1:pull,push").arg(repository);
}

QString OciDistribution::digestOf(const QByteArray &bytes)
{
    return QStringLiteral("sha256:")
           + QString::fromLatin1(
                   QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray OciDistribution::manifestAccept()
{
    return "application/vnd.oci.image.index.v1+json, "
           "application/vnd.oci.image.manifest.v1+json, "
           "application/vnd.docker.distribution.manifest.list.v2+json, "
           "application/vnd.docker.distribution.manifest.v2+json";
}

QUrl OciDistribution::url(const QString &path) const
{
    QUrl url = m_registry;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    return url;
}

QUrl OciDistribution::manifestUrl(const QString &repository, const QString &reference) const
{
    return url(QStringLiteral("/v2/%1/manifests/%2").arg(repository, reference));
}

Result<QUrl> OciDistribution::tokenUrl(const AuthChallenge &challenge, const QString &fallbackScope)
{
    const QUrl realm(challenge.param(QStringLiteral("realm")), QUrl::StrictMode);
    if (!realm.isValid() || realm.host().isEmpty()
        || (realm.scheme() != u"https" && realm.scheme() != u"http"))
        return fail(
                errc::registryAuth,
                QCoreApplication::translate(
                        "OciDistribution",
                        "The registry asked for a bearer token but named no usable token address "
                        "(realm “%1”). The registry is misconfigured; ask its operator.")
                        .arg(challenge.param(QStringLiteral("realm"))));
    QUrl url = realm;
    QUrlQuery query(url);
    const QString service = challenge.param(QStringLiteral("service"));
    if (!service.isEmpty())
        query.addQueryItem(QStringLiteral("service"), service);
    const QString scope = challenge.params.contains(QStringLiteral("scope"))
                                  ? challenge.param(QStringLiteral("scope"))
                                  : fallbackScope;
    if (!scope.isEmpty())
        query.addQueryItem(QStringLiteral("scope"), scope);
    url.setQuery(query);
    return url;
}

Result<QString> OciDistribution::tokenFrom(const QByteArray &body, const QString &source)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QString token = object.value(u"token").toString();
    if (token.isEmpty())
        token = object.value(u"access_token").toString();
    if (token.isEmpty())
        return fail(errc::registryAuth,
                    QCoreApplication::translate(
                            "OciDistribution",
                            "The token service answered without a token (no “token” or "
                            "“access_token”). Check the registry's token service."),
                    source);
    return token;
}

Result<net::HttpResponse> OciDistribution::send(net::HttpRequest request,
                                                const QString &scope,
                                                const QList<int> &pass)
{
    auto response = authorized(std::move(request), scope, pass);
    if (response && response->status == 401 && !pass.contains(401))
        return fail(
                errc::registryAuth,
                m_user.isEmpty()
                        ? QCoreApplication::translate(
                                  "OciDistribution",
                                  "%1 does not let anonymous readers see %2 (HTTP 401). Give "
                                  "credentials for this registry.")
                                  .arg(m_registry.authority(), scope)
                        : QCoreApplication::translate(
                                  "OciDistribution",
                                  "%1 refused the credentials for %2 (HTTP 401). Check the user "
                                  "and the password or token for this registry.")
                                  .arg(m_registry.authority(), scope),
                net::displayUrl(response->url));
    return response;
}

Result<net::HttpResponse> OciDistribution::authorized(net::HttpRequest request,
                                                      const QString &scope,
                                                      const QList<int> &pass)
{
    request.passStatuses = pass;
    request.passStatuses.append(401);
    if (const auto token = m_tokens.constFind(scope); token != m_tokens.cend()) {
        request.token = *token;
        request.authScheme = "Bearer";
    }
    auto response = m_client.send(request);
    if (!response || response->status != 401 || !request.token.isEmpty())
        return response;
    const QList<AuthChallenge> challenges = AuthChallenge::parse(
            response->headers.value("www-authenticate"));
    const QString basic = QString::fromLatin1((m_user + u':' + m_password).toUtf8().toBase64());
    for (const AuthChallenge &challenge : challenges) {
        if (challenge.isScheme(u"Bearer")) {
            auto where = tokenUrl(challenge, scope);
            if (!where)
                return fail(where.error().code,
                            where.error().message,
                            net::displayUrl(request.url));
            net::HttpRequest tokenRequest = net::HttpRequest::get(*where);
            if (!m_user.isEmpty()) {
                tokenRequest.token = basic;
                tokenRequest.authScheme = "Basic";
            }
            auto answer = m_client.send(tokenRequest);
            if (!answer)
                return fail(answer.error());
            auto token = tokenFrom(answer->body, net::displayUrl(*where));
            if (!token)
                return fail(token.error());
            m_tokens.insert(scope, *token);
            request.token = *token;
            request.authScheme = "Bearer";
            return m_client.send(request);
        }
        if (challenge.isScheme(u"Basic") && !m_user.isEmpty()) {
            m_tokens.insert(scope, basic);
            request.token = basic;
            request.authScheme = "Basic";
            return m_client.send(request);
        }
    }
    return response;
}

Result<std::optional<QStringList>> OciDistribution::tags(const QString &repository, int pageSize)
{
    QUrl page = url(QStringLiteral("/v2/%1/tags/list").arg(repository));
    page.setQuery(QStringLiteral("n=%1").arg(qMax(1, pageSize)));
    const QUrl first = page;
    QStringList all;
    for (int n = 0; n < 100 && page.isValid(); ++n) {
        auto response = send(net::HttpRequest::get(page), pullScope(repository), {401, 403, 404});
        if (!response)
            return fail(response.error());
        if (response->status == 404
            || ((response->status == 401 || response->status == 403) && m_user.isEmpty()))
            return std::optional<QStringList>();
        if (response->status != 200)
            return fail(
                    errc::registryAuth,
                    QCoreApplication::translate(
                            "OciDistribution",
                            "%1 refused the credentials for %2 (HTTP %3). Check the user and the "
                            "password or token for this registry.")
                            .arg(m_registry.authority(), repository)
                            .arg(response->status),
                    net::displayUrl(page));
        auto tags = registryjson::ociTags(response->body, net::displayUrl(page));
        if (!tags)
            return fail(tags.error());
        all += *tags;
        const QUrl next = response->nextPage();
        if (next.isEmpty() || tags->isEmpty())
            break;
        if (next.host() != first.host() || next.port() != first.port())
            return fail(errc::registryMalformed,
                        QCoreApplication::translate(
                                "OciDistribution",
                                "The next page of the tags of %1 is on another server (%2); not "
                                "following it.")
                                .arg(repository, next.host()),
                        net::displayUrl(next));
        page = next;
    }
    return std::optional<QStringList>(all);
}

Result<QString> OciDistribution::manifestDigest(const QString &repository, const QString &reference)
{
    auto digest = findDigest(repository, reference);
    if (!digest)
        return fail(digest.error());
    if (!*digest)
        return fail(errc::netNotFound,
                    QCoreApplication::translate("OciDistribution",
                                                "%1 has no manifest %2 (HTTP 404).")
                            .arg(repository, reference),
                    net::displayUrl(manifestUrl(repository, reference)));
    return **digest;
}

Result<std::optional<QString>> OciDistribution::findDigest(const QString &repository,
                                                           const QString &reference)
{
    net::HttpRequest head = net::HttpRequest::get(manifestUrl(repository, reference));
    head.method = "HEAD";
    head.headers = {{"Accept", manifestAccept()}};
    auto response = send(head, pullScope(repository), {404});
    if (!response)
        return fail(response.error());
    if (response->status == 404)
        return std::optional<QString>();
    const QString digest = QString::fromLatin1(response->headers.value("docker-content-digest"));
    if (!digest.isEmpty())
        return std::optional<QString>(digest);
    // Not every registry sends the digest on HEAD: it is the SHA-256 of the manifest bytes.
    auto full = manifest(repository, reference);
    if (!full)
        return fail(full.error());
    return *full ? std::optional<QString>((*full)->digest) : std::optional<QString>();
}

Result<std::optional<OciDistribution::Manifest>> OciDistribution::manifest(
        const QString &repository, const QString &reference)
{
    const QUrl where = manifestUrl(repository, reference);
    net::HttpRequest get = net::HttpRequest::get(where);
    get.headers = {{"Accept", manifestAccept()}};
    auto response = send(get, pullScope(repository), {404});
    if (!response)
        return fail(response.error());
    if (response->status == 404)
        return std::optional<Manifest>();
    Manifest manifest{response->body,
                      response->headers.value("content-type").split(';').first().trimmed(),
                      digestOf(response->body)};
    const QString announced = QString::fromLatin1(response->headers.value("docker-content-digest"));
    const QString asked = reference.startsWith(u"sha256:") ? reference : QString();
    for (const QString &expected : {announced, asked}) {
        if (!expected.isEmpty() && expected != manifest.digest)
            return fail(errc::registryMalformed,
                        QCoreApplication::translate(
                                "OciDistribution",
                                "The manifest %1:%2 the registry sent has the digest %3, not %4: "
                                "the bytes were changed on the way. Try again, or check a proxy "
                                "between here and the registry.")
                                .arg(repository, reference, manifest.digest, expected),
                        net::displayUrl(where));
    }
    if (manifest.mediaType.isEmpty())
        manifest.mediaType = QJsonDocument::fromJson(manifest.bytes)
                                     .object()
                                     .value(u"mediaType")
                                     .toString()
                                     .toLatin1();
    return std::optional<Manifest>(std::move(manifest));
}

Result<QString> OciDistribution::putManifest(const QString &repository,
                                             const QString &tag,
                                             const Manifest &manifest)
{
    net::HttpRequest put = net::HttpRequest::get(manifestUrl(repository, tag));
    put.method = "PUT";
    put.body = manifest.bytes;
    put.contentType = manifest.mediaType;
    auto response = authorized(put, pushScope(repository), {401, 403});
    if (!response)
        return fail(response.error());
    if (response->status == 401 || response->status == 403)
        return fail(response->status == 401 ? errc::netUnauthorized : errc::netForbidden,
                    QCoreApplication::translate("OciDistribution",
                                                "%1 refused to store %2:%3 (HTTP %4).")
                            .arg(m_registry.authority(), repository, tag)
                            .arg(response->status),
                    net::displayUrl(response->url));
    const QString digest = QString::fromLatin1(response->headers.value("docker-content-digest"));
    return digest.isEmpty() ? manifest.digest : digest;
}

Result<QByteArray> OciDistribution::getJson(const QString &path,
                                            const QString &scope,
                                            QByteArray accept)
{
    net::HttpRequest request = net::HttpRequest::get(url(path));
    if (!accept.isEmpty())
        request.headers = {{"Accept", accept}};
    auto response = send(request, scope);
    if (!response)
        return fail(response.error());
    return response->body;
}

Result<QDateTime> OciDistribution::created(const QString &repository, const QString &reference)
{
    const QString scope = pullScope(repository);
    const auto manifestPath = [&](const QString &ref) {
        return QStringLiteral("/v2/%1/manifests/%2").arg(repository, ref);
    };
    auto manifest = getJson(manifestPath(reference), scope, manifestAccept());
    if (!manifest)
        return fail(manifest.error());
    QJsonObject object = QJsonDocument::fromJson(*manifest).object();
    // An index (multi-platform image): its first image says when it was built.
    const QJsonArray manifests = object.value(u"manifests").toArray();
    if (!manifests.isEmpty()) {
        const QString first = manifests.first().toObject().value(u"digest").toString();
        if (first.isEmpty())
            return QDateTime();
        manifest = getJson(manifestPath(first), scope, manifestAccept());
        if (!manifest)
            return fail(manifest.error());
        object = QJsonDocument::fromJson(*manifest).object();
    }
    const QString config = object.value(u"config").toObject().value(u"digest").toString();
    if (config.isEmpty())
        return QDateTime();
    auto blob = getJson(QStringLiteral("/v2/%1/blobs/%2").arg(repository, config), scope);
    if (!blob)
        return fail(blob.error());
    return registryjson::time(QJsonDocument::fromJson(*blob).object().value(u"created").toString());
}

} // namespace rd
