// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httprequest.h"
#include "net/httpresponse.h"
#include "registry/wwwauthenticate.h"

#include <QHash>

namespace rd::net {
class HttpClient;
}

namespace rd {

// The OCI distribution API of one registry (https://HOST or http://127.0.0.1:PORT) with its
// bearer-token flow: a request answered 401 with "WWW-Authenticate: Bearer realm=…,service=…,
// scope=…" gets a token from the realm (with the credentials when there are some, anonymously
// otherwise) and is sent again with it. Tokens are kept per scope for the session.
class OciDistribution
{
public:
    // A manifest (image manifest or index) exactly as the registry holds it.
    struct Manifest
    {
        QByteArray bytes;
        QByteArray mediaType; // the Content-Type it was served with
        QString digest;       // "sha256:<hex>" of `bytes`
    };

    OciDistribution(net::HttpClient &client, QUrl registry);

    // user:password (or a token as password) for the token realm and Basic challenges.
    void setCredentials(const QString &user, const QString &password);

    // Every tag of `repository`, following Link rel="next" pages. nullopt when the registry
    // does not know the repository (404 NAME_UNKNOWN, or a refused anonymous read). Asks for
    // `pageSize` tags a page.
    Result<std::optional<QStringList>> tags(const QString &repository, int pageSize = 100);
    // The manifest digest of `reference` (a tag) from a HEAD with the manifest media types
    // accepted (image index, image manifest, and Docker's list and v2 manifest).
    Result<QString> manifestDigest(const QString &repository, const QString &reference);
    // The digest under `reference` (tag or digest) from a HEAD; nullopt when the registry
    // answers 404 (no such tag, or no such repository).
    Result<std::optional<QString>> findDigest(const QString &repository, const QString &reference);
    // The manifest `reference` names, byte for byte; nullopt on 404. Its digest is computed
    // from the bytes and must equal Docker-Content-Digest (and a digest reference): otherwise
    // an error, since re-tagging those bytes would tag something else.
    Result<std::optional<Manifest>> manifest(const QString &repository, const QString &reference);
    // PUTs `manifest`'s bytes with its media type under `tag` (push scope). The digest the
    // registry answered. 401 and 403 come back as errors netUnauthorized and netForbidden.
    Result<QString> putManifest(const QString &repository,
                                const QString &tag,
                                const Manifest &manifest);
    // "sha256:<hex>" of `bytes`.
    static QString digestOf(const QByteArray &bytes);
    // "repository:<path>:pull" and "repository:<path>:pull,push".
    static QString pullScope(const QString &repository);
    static QString pushScope(const QString &repository);

    // When the image was built: the config blob's "created" (for an index, of its first
    // manifest). Invalid when the image does not say.
    Result<QDateTime> created(const QString &repository, const QString &reference);

    // The Accept value for manifests.
    static QByteArray manifestAccept();

    // The token request a Bearer challenge asks for: realm?service=…&scope=… (the scope of the
    // challenge, else `fallbackScope`). Error when the realm is missing or not http(s).
    static Result<QUrl> tokenUrl(const AuthChallenge &challenge, const QString &fallbackScope);
    // The token of a token endpoint's answer ({"token"} or {"access_token"}).
    static Result<QString> tokenFrom(const QByteArray &body, const QString &source);

private:
    // Sends `request` (GET/HEAD), answering a Bearer or Basic challenge once. Statuses in
    // `pass` come back as responses.
    Result<net::HttpResponse> send(net::HttpRequest request,
                                   const QString &scope,
                                   const QList<int> &pass = {});
    // send() without turning a last 401 into an error.
    Result<net::HttpResponse> authorized(net::HttpRequest request,
                                         const QString &scope,
                                         const QList<int> &pass);
    Result<QByteArray> getJson(const QString &path, const QString &scope, QByteArray accept = {});
    QUrl url(const QString &path) const;
    QUrl manifestUrl(const QString &repository, const QString &reference) const;

    net::HttpClient &m_client;
    QUrl m_registry;
    QString m_user;
    QString m_password;
    QHash<QString, QString> m_tokens; // scope → bearer token
};

} // namespace rd
