// SPDX-License-Identifier: GPL-3.0-or-later
#include "registryreader.h"

#include "forge/forgereleases.h"
#include "net/httpclient.h"
#include "registry/registryjson.h"
#include "semver/versionscheme.h"

#include <QCoreApplication>

namespace rd {

QUrl RegistryReader::under(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = url.path(QUrl::FullyEncoded);
    if (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path, QUrl::TolerantMode);
    return url;
}

namespace {} // namespace

std::optional<Version> RegistryReader::parseVersion(RegistryTarget::Type type, const QString &text)
{
    if (type == RegistryTarget::Type::PyPI) {
        auto version = VersionSchemes::normalize(VersionScheme::Pep440, text);
        return version ? std::optional<Version>(*version) : std::nullopt;
    }
    // Registries and tags: "1.4.0", "v1.4.0", "app@1.4.0"; never the "1.4" alias of an image.
    QStringView view(text);
    if (const qsizetype at = view.lastIndexOf(u'@'); at >= 0)
        view = view.sliced(at + 1);
    if (view.startsWith(u'v') || view.startsWith(u'V'))
        view = view.sliced(1);
    auto version = Version::parse(view);
    return version ? std::optional<Version>(*version) : std::nullopt;
}

namespace {

PublishedPackage notPublished(const RegistryTarget &target, const QUrl &url, int status)
{
    PublishedPackage package;
    package.target = target;
    package.url = url;
    package.notes.append(
            status == 404
                    ? QCoreApplication::translate("RegistryReader", "not published yet")
                    : QCoreApplication::translate("RegistryReader",
                                                  "not published yet (or private: the registry "
                                                  "refused an anonymous read with HTTP %1)")
                              .arg(status));
    return package;
}

} // namespace

Error registryError(const RegistryTarget &target, const Error &cause)
{
    return Error{cause.code,
                 QCoreApplication::translate("RegistryReader", "Reading %1 failed: %2")
                         .arg(target.describe(), cause.message),
                 cause.source.isEmpty() ? target.origin : cause.source};
}

RegistryReader::RegistryReader(net::HttpClient &client)
    : m_client(client)
{}

void RegistryReader::setForge(const ForgeLocation &location, const QString &token)
{
    m_forge = location;
    m_forgeToken = token;
}

QStringList RegistryReader::versionsOnly(RegistryTarget::Type type, const QStringList &versions)
{
    QStringList result;
    for (const QString &text : versions) {
        if (parseVersion(type, text))
            result.append(text);
    }
    return result;
}

QString RegistryReader::highest(RegistryTarget::Type type, const QStringList &versions)
{
    QString best;
    std::optional<Version> bestVersion;
    bool bestIsRelease = false;
    for (const QString &text : versions) {
        const auto version = parseVersion(type, text);
        if (!version)
            continue;
        const bool release = !version->isPreRelease();
        if (!bestVersion || (release && !bestIsRelease)
            || (release == bestIsRelease && *version > *bestVersion)) {
            best = text;
            bestVersion = version;
            bestIsRelease = release;
        }
    }
    return best;
}

Result<PublishedPackage> RegistryReader::read(const RegistryTarget &target)
{
    if (target.isForgeRelease())
        return readForge(target);
    if (!target.url.isValid() || target.url.host().isEmpty())
        return fail(errc::registryNoAddress,
                    QCoreApplication::translate(
                            "RegistryReader",
                            "No address for %1: set url: in its registries: entry of "
                            ".releasedesk.yml.")
                            .arg(target.describe()),
                    target.origin);
    switch (target.type) {
    case RegistryTarget::Type::Npm:
        // Scoped names keep their '@' and encode the '/' ("@team%2fapp").
        return readJson(target,
                        under(target.url,
                              u'/'
                                      + QString::fromLatin1(
                                              QUrl::toPercentEncoding(target.package, "@"))));
    case RegistryTarget::Type::PyPI:
        return readJson(target,
                        under(target.url,
                              QStringLiteral("/pypi/%1/json")
                                      .arg(QString::fromLatin1(
                                              QUrl::toPercentEncoding(target.package)))));
    case RegistryTarget::Type::Crates:
        return readJson(target,
                        under(target.url,
                              QStringLiteral("/api/v1/crates/%1")
                                      .arg(QString::fromLatin1(
                                              QUrl::toPercentEncoding(target.package)))));
    case RegistryTarget::Type::Oci:
        return readOci(target);
    case RegistryTarget::Type::GitHubRelease:
    case RegistryTarget::Type::GitLabRelease:
        break;
    }
    return readForge(target);
}

Result<PublishedPackage> RegistryReader::readJson(const RegistryTarget &target, const QUrl &url)
{
    net::HttpRequest request = net::HttpRequest::get(url);
    request.passStatuses = {401, 403, 404};
    auto response = m_client.send(request);
    if (!response)
        return fail(registryError(target, response.error()));
    if (response->status != 200)
        return notPublished(target, url, response->status);
    const QString source = net::displayUrl(url);
    Result<PublishedPackage> package = target.type == RegistryTarget::Type::Npm
                                               ? registryjson::npmPackument(response->body, source)
                                       : target.type == RegistryTarget::Type::PyPI
                                               ? registryjson::pypiProject(response->body, source)
                                               : registryjson::cratesCrate(response->body, source);
    if (!package)
        return fail(registryError(target, package.error()));
    package->target = target;
    package->url = url;
    return package;
}

Result<PublishedPackage> RegistryReader::readOci(const RegistryTarget &target)
{
    OciDistribution registry(m_client, target.url);
    auto tags = registry.tags(target.package);
    if (!tags)
        return fail(registryError(target, tags.error()));
    QUrl url = under(target.url, QStringLiteral("/v2/%1/tags/list").arg(target.package));
    if (!*tags)
        return notPublished(target, url, 404);
    PublishedPackage package;
    package.target = target;
    package.url = url;
    package.exists = true;
    package.versions = versionsOnly(target.type, **tags);
    package.latest = highest(target.type, **tags);
    if (package.latest.isEmpty()) {
        package.notes.append(
                QCoreApplication::translate("RegistryReader", "no tag is a version (%1 tags)")
                        .arg((*tags)->size()));
        return package;
    }
    auto digest = registry.manifestDigest(target.package, package.latest);
    if (!digest)
        return fail(registryError(target, digest.error()));
    package.digest = *digest;
    auto created = registry.created(target.package, package.latest);
    if (!created)
        return fail(registryError(target, created.error()));
    package.latestDate = *created;
    if (!created->isValid())
        package.notes.append(
                QCoreApplication::translate("RegistryReader",
                                            "the image %1 does not say when it was built")
                        .arg(package.latest));
    return package;
}

Result<PublishedPackage> RegistryReader::readForge(const RegistryTarget &target)
{
    const auto wanted = target.type == RegistryTarget::Type::GitHubRelease
                                ? ForgeLocation::Type::GitHub
                                : ForgeLocation::Type::GitLab;
    if (!m_forge || m_forge->type != wanted)
        return fail(errc::registryNoAddress,
                    QCoreApplication::translate(
                            "RegistryReader",
                            "%1 needs the project's forge, and none of that kind is configured or "
                            "detected: set forge: (type, api, project) in .releasedesk.yml.")
                            .arg(target.describe()),
                    target.origin);
    auto releases = listForgeReleases(*m_forge, m_client, m_forgeToken);
    if (!releases)
        return fail(registryError(target, releases.error()));
    PublishedPackage package;
    package.target = target;
    package.target.package = m_forge->project;
    package.url = forgeReleasesUrl(*m_forge);
    package.exists = !releases->isEmpty();
    QStringList published;
    for (const ForgeRelease &release : std::as_const(*releases)) {
        if (!release.draft)
            published.append(release.tag);
    }
    package.versions = versionsOnly(target.type, published);
    package.latest = highest(target.type, published);
    for (const ForgeRelease &release : std::as_const(*releases)) {
        if (release.tag == package.latest)
            package.latestDate = release.published;
    }
    if (!package.exists)
        package.notes.append(QCoreApplication::translate("RegistryReader", "no release yet"));
    return package;
}

} // namespace rd
