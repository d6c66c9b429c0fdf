// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forge/forgelocation.h"
#include "registry/ocidistribution.h"
#include "registry/publishedpackage.h"
#include "semver/version.h"

#include <optional>

namespace rd::net {
class HttpClient;
}

namespace rd {

// Reads what a registry has published of one target: npm (the packument), PyPI (the JSON API),
// OCI (the distribution API, see OciDistribution), crates (the registry API) and the forge's
// releases. Blocks on the client's event loop: use it on a worker thread or in the CLI.
//
// A package the registry does not know (404; 401/403 to an anonymous reader, which is how
// registries hide what does not exist or is private) is not an error: exists is false and a
// note says "not published yet". Every other fault (429, 5xx, timeout, TLS, malformed answer)
// is an error that names the registry, the package and what to do.
class RegistryReader
{
public:
    explicit RegistryReader(net::HttpClient &client);

    // The forge whose releases github-release/gitlab-release targets read, and its token.
    void setForge(const ForgeLocation &location, const QString &token);

    Result<PublishedPackage> read(const RegistryTarget &target);

    // The highest version of `versions` in the target's scheme (PEP 440 for PyPI, else SemVer
    // with an optional "v"); pre-releases only when there is nothing else. Texts that are not
    // full versions ("latest", "1.4", "sha-1a2b3c4") are left out. Empty when none is one.
    static QString highest(RegistryTarget::Type type, const QStringList &versions);
    // Only the texts of `versions` that are full versions in the target's scheme.
    static QStringList versionsOnly(RegistryTarget::Type type, const QStringList &versions);
    // A registry's version text in the SemVer form the sources compare in: PEP 440 for PyPI,
    // else SemVer with an optional "v" or "name@" prefix. nullopt for aliases and other tags.
    static std::optional<Version> parseVersion(RegistryTarget::Type type, const QString &text);
    // `path` ("/pypi/app/json") below the base address's path, whether or not it ends in '/'.
    static QUrl under(const QUrl &base, const QString &path);

private:
    Result<PublishedPackage> readJson(const RegistryTarget &target, const QUrl &url);
    Result<PublishedPackage> readOci(const RegistryTarget &target);
    Result<PublishedPackage> readForge(const RegistryTarget &target);

    net::HttpClient &m_client;
    std::optional<ForgeLocation> m_forge;
    QString m_forgeToken;
};

// An error about `target`: "Reading npm @team/app: <what the client said>".
Error registryError(const RegistryTarget &target, const Error &cause);

} // namespace rd
