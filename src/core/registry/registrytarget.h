// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace rd {

class ConfigValue;

// One place a project is published: a registry and the package (or image) on it.
struct RegistryTarget
{
    enum class Type { Npm, PyPI, Oci, Crates, GitHubRelease, GitLabRelease };

    Type type = Type::Npm;
    // The package name ("@team/app", "team-app"); for OCI the repository path on the registry
    // ("team/app"); empty for forge releases (the forge's project is used).
    QString package;
    // The registry's base address: the configured url, else the default for the type (see
    // RegistryDefaults); for OCI taken from the image reference's host.
    QUrl url;
    // Where the target was found: ".releasedesk.yml:14", "package.json", "Dockerfile:3".
    QString origin;

    // What a release publishes here (the entry's publish: key); empty: the target is only read.
    // npm and PyPI: the files to upload, as globs relative to the project root in which
    // {version} stands for the released version ("app-{version}.tgz", "dist/*-{version}*");
    // OCI: one item, the image CI built ("sha-{commit}", "edge", "sha256:…"); forge
    // releases: the assets to attach (globs like the files), or `true` for none.
    QStringList publish;
    QUrl uploadUrl;   // PyPI: where files are uploaded (upload_url:); empty: the default
    QStringList tags; // OCI: the release tags, with {version}, {major}, {minor}, {patch}
    QString distTag;  // npm: the dist-tag (dist_tag:); empty: latest or the channel
    // OCI: how long a release waits for CI to push the image publish: names (source_timeout:).
    int sourceTimeoutSeconds = 600;
    bool publishes() const { return !publish.isEmpty(); }

    // "npm", "pypi", "oci", "crates", "github-release", "gitlab-release" (config and JSON).
    static QString typeId(Type type);
    static std::optional<Type> typeFromId(QStringView id);
    QString typeId() const { return typeId(type); }
    // "npm @team/app", "OCI 127.0.0.1:5000/team/app", "GitHub releases" for messages.
    QString describe() const;
    bool isForgeRelease() const
    {
        return type == Type::GitHubRelease || type == Type::GitLabRelease;
    }
    // The same registry and package (origins aside): detection and configuration agree.
    bool sameAs(const RegistryTarget &other) const;

    // The registries: list of .releasedesk.yml (see README); empty when there is none. Errors
    // name the entry's line: unknown type or key, a missing package or image, a bad url.
    static Result<QList<RegistryTarget>> fromConfig(const ConfigValue &registries);
    // An OCI image reference "host[:port]/path/name[:tag]" (a missing host is an error: the
    // image must say which registry it is on).
    static Result<RegistryTarget> fromImage(const QString &image, const QString &origin);
};

namespace errc {
inline constexpr QStringView registryConfig = u"registry.config";
inline constexpr QStringView registryNoAddress = u"registry.no-address";
inline constexpr QStringView registryMalformed = u"registry.malformed";
inline constexpr QStringView registryAuth = u"registry.auth";
} // namespace errc

} // namespace rd
