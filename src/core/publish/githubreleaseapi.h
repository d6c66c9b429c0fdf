// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forge/forgelocation.h"
#include "net/httpclient.h"

#include <QJsonObject>
#include <QList>

namespace rd {

// A file the release attaches, fixed when the release is planned.
struct PlannedAsset
{
    QString path; // absolute
    QString name; // the file name, as it appears on the release
    qint64 size = 0;
    QString sha256; // hex
};

// An asset as the forge lists it.
struct RemoteAsset
{
    qint64 id = 0;
    QString name;
    qint64 size = 0;
    QString digest; // "sha256:<hex>" where the API gives one, else empty
    QString state;  // "uploaded"; "open"/"starter" while an upload is unfinished
};

// One GitHub release, as far as the release step needs it.
struct GitHubRelease
{
    qint64 id = 0;
    QString tag;
    bool draft = false;
    bool immutable = false;
    QString uploadUrl; // the URI template, "https://uploads.../assets{?name,label}"
    QUrl htmlUrl;
    QList<RemoteAsset> assets;
};

// How a release's assets stand against the planned ones.
struct AssetComparison
{
    QStringList missing;    // planned, not on the release
    QStringList different;  // on the release under that name with another size or digest
    QStringList unfinished; // on the release, its upload not finished
    bool matches() const
    {
        return missing.isEmpty() && different.isEmpty() && unfinished.isEmpty();
    }
};

// GitHub's releases API for one repository, on a client of its own (blocking calls: the
// release runner's thread). The request building and answer reading are static and pure.
class GitHubReleaseApi
{
public:
    GitHubReleaseApi(ForgeLocation location, QString token, net::HttpClientOptions options = {});

    // Any release with `tag`, drafts included (they appear only in the list, and only to a
    // token that may push). nullopt when there is none.
    Result<std::optional<GitHubRelease>> findByTag(const QString &tag);
    // The published release with `tag` (GET .../releases/tags/TAG); nullopt when there is none.
    Result<std::optional<GitHubRelease>> publishedByTag(const QString &tag);
    // POST .../releases with draft: true. errc::forgeReleaseExists on 422 already_exists.
    Result<GitHubRelease> createDraft(const QString &tag,
                                      const QString &name,
                                      const QString &notes,
                                      bool prerelease);
    // POST of the bytes to the release's upload URL. errc::forgeReleaseExists on 422
    // already_exists (an asset of that name), errc::forgeReleaseImmutable when refused so.
    Result<RemoteAsset> upload(const GitHubRelease &release,
                               const QString &name,
                               const QByteArray &bytes);
    // PATCH .../releases/ID with draft: false, and the planned name, notes and prerelease flag
    // (a draft found on resume may have been made with others).
    Result<GitHubRelease> publish(qint64 id,
                                  const QString &name,
                                  const QString &notes,
                                  bool prerelease);

    const ForgeLocation &location() const { return m_location; }
    QUrl releasesUrl() const;

    // Pure helpers (unit-tested without a server).
    static Result<GitHubRelease> parseRelease(const QJsonObject &json, const QString &source);
    static QJsonObject createBody(const QString &tag,
                                  const QString &name,
                                  const QString &notes,
                                  bool prerelease);
    // The upload_url template "…/assets{?name,label}" filled with `name`.
    static Result<QUrl> uploadUrl(const QString &uploadTemplate, const QString &name);
    // The first errors[].code of a 422 body ("already_exists"), empty when there is none.
    static QString validationCode(const QByteArray &body);
    // True when a 422 body says the release is immutable.
    static bool saysImmutable(const QByteArray &body);
    static AssetComparison compare(const QList<PlannedAsset> &planned,
                                   const QList<RemoteAsset> &remote);

private:
    net::HttpRequest request(const QByteArray &method, const QUrl &url) const;
    Error refusal(const net::HttpResponse &response, const QString &what) const;
    // Sends a write; a 422 becomes refusal(), a 2xx its JSON object.
    Result<QJsonObject> write(net::HttpRequest request, const QString &what);
    ForgeLocation m_location;
    QString m_token;
    net::HttpClient m_client;
};

namespace errc {
inline constexpr QStringView forgeReleaseExists = u"publish.release-exists";
inline constexpr QStringView forgeReleaseImmutable = u"publish.release-immutable";
inline constexpr QStringView forgeReleaseRejected = u"publish.release-rejected";
} // namespace errc

} // namespace rd
