// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forge/forgelocation.h"
#include "net/httpclient.h"
#include "publish/githubreleaseapi.h" // PlannedAsset

#include <QJsonObject>
#include <QList>

namespace rd {

// A link of a GitLab release (the Release links API), as far as the step needs it.
struct ReleaseLink
{
    qint64 id = 0;
    QString name;
    QString url;
    QString directAssetPath; // "/app.tar.gz": the release's permanent download path
    QString linkType;        // "package", "other", "runbook", "image"
};

// One GitLab release. GitLab has no drafts: a release exists or it does not.
struct GitLabRelease
{
    QString tag;
    QString name;
    QString description;
    QUrl webUrl; // _links.self
    QList<ReleaseLink> links;
};

// A file of a generic package (GET /projects/:id/packages/:package_id/package_files).
struct PackageFile
{
    qint64 id = 0;
    QString name;
    qint64 size = 0;
    QString sha256; // hex; empty when the API gives none
};

// How a release's links stand against the planned assets.
struct LinkComparison
{
    QStringList missing;   // planned, no link of that name
    QStringList different; // a link of that name pointing elsewhere
    QStringList other;     // links the plan does not have
    bool matches() const { return missing.isEmpty() && different.isEmpty() && other.isEmpty(); }
};

// GitLab's Releases API and generic package registry for one project, on a client of its own
// (blocking calls: the release runner's thread). The token goes in the PRIVATE-TOKEN header.
// The assets are files of the generic package packageName(project) at the tag as its version;
// the release links to them. Request building and answer reading are static and pure.
class GitLabReleaseApi
{
public:
    GitLabReleaseApi(ForgeLocation location, QString token, net::HttpClientOptions options = {});

    // GET /projects/:id/releases/:tag_name; nullopt on 404 (no such release).
    Result<std::optional<GitLabRelease>> releaseByTag(const QString &tag);
    // POST /projects/:id/releases with the links. errc::forgeReleaseExists on 409.
    Result<GitLabRelease> create(const QString &tag,
                                 const QString &name,
                                 const QString &notes,
                                 const QList<ReleaseLink> &links);
    // The files of the generic package `package` at `version`, every upload of each (a generic
    // package may hold one name twice); empty when there is no such package.
    Result<QList<PackageFile>> packageFiles(const QString &package, const QString &version);
    // PUT /projects/:id/packages/generic/:package/:version/:file with the bytes.
    Status uploadPackageFile(const QString &package,
                             const QString &version,
                             const QString &file,
                             const QByteArray &bytes);

    const ForgeLocation &location() const { return m_location; }
    QUrl projectUrl(const QString &path) const;
    // Where the package file can be downloaded (the link's url).
    QUrl packageFileUrl(const QString &package, const QString &version, const QString &file) const;
    // The release's page, for messages before there is a release.
    QUrl releasesUrl() const { return projectUrl(QStringLiteral("/releases")); }

    // Pure helpers (unit-tested without a server).
    // The generic package the assets go into: the project's last path segment, with any
    // character outside [A-Za-z0-9._-] as '-'.
    static QString packageName(const QString &project);
    // True when GitLab takes `version` as a generic package version (letters, digits, . _ + -;
    // no "..", not starting or ending with a separator) — a tag like "v1.4.0" does.
    static bool isPackageVersion(const QString &version);
    static Result<GitLabRelease> parseRelease(const QJsonObject &json, const QString &source);
    static Result<QList<PackageFile>> parsePackageFiles(const QJsonArray &json,
                                                        const QString &source);
    static QJsonObject createBody(const QString &tag,
                                  const QString &name,
                                  const QString &notes,
                                  const QList<ReleaseLink> &links);
    // GitLab's {"message": ...} (a string, an array or an object of field: [errors]) as text.
    static QString errorMessage(const QByteArray &body);
    static LinkComparison compare(const QList<ReleaseLink> &planned,
                                  const QList<ReleaseLink> &remote);
    // The newest upload named `name` (the one a download gets), nullopt when there is none.
    static std::optional<PackageFile> newest(const QList<PackageFile> &files, const QString &name);

private:
    net::HttpRequest request(const QByteArray &method, const QUrl &url) const;
    // A 400/422 as errc::forgeReleaseRejected: `text` (QT_TRANSLATE_NOOP in "rd::publish") with
    // the forge, `name`, the status and GitLab's message.
    Error rejected(const net::HttpResponse &response, const char *text, const QString &name) const;
    ForgeLocation m_location;
    QString m_token;
    net::HttpClient m_client;
};

} // namespace rd
