// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishedinspection.h"

#include "config/projectconfig.h"
#include "registry/registryreader.h"

#include <QCoreApplication>

namespace rd {

bool PublishedReport::hasMismatch() const
{
    return !findings().isEmpty();
}

QList<PublishedFinding> PublishedReport::findings() const
{
    QList<PublishedFinding> all;
    for (const PublishedEntry &entry : entries)
        all += entry.findings;
    return all;
}

Result<PublishedReport> PublishedInspection::inspect(git::Repository &repository,
                                                     const QString &root,
                                                     const ProjectConfig &config,
                                                     const std::optional<Version> &reference,
                                                     const std::optional<Version> &upcoming,
                                                     Options options)
{
    auto detection = RegistryDetection::detect(root, config[QStringLiteral("registries")]);
    if (!detection)
        return fail(detection.error());
    PublishedReport report;
    if (!detection->configured && !options.evenWithoutConfiguration) {
        report.notAsked = detection->targets; // not asked for: nothing read
        return report;
    }
    report.notes = detection->notes;
    net::HttpClient client(options.http);
    RegistryReader reader(client);
    // The forge only when a target needs it: opening it looks up a token.
    std::unique_ptr<ForgeConnection> forge;
    std::unique_ptr<RegistryReader> forgeReader;
    const bool wantsForge = std::any_of(detection->targets.begin(),
                                        detection->targets.end(),
                                        [](const RegistryTarget &t) { return t.isForgeRelease(); });
    if (wantsForge) {
        auto connection = ForgeConnection::open(repository, config, options.forge);
        if (connection) {
            forge = std::move(*connection);
            forgeReader = std::make_unique<RegistryReader>(forge->client());
            forgeReader->setForge(forge->location(), forge->token());
        } else {
            report.notes.append(
                    QCoreApplication::translate("PublishedInspection",
                                                "The forge's releases are not checked: %1")
                            .arg(connection.error().message));
        }
    }
    for (const RegistryTarget &target : std::as_const(detection->targets)) {
        PublishedEntry entry;
        entry.target = target;
        RegistryReader &use = target.isForgeRelease() && forgeReader ? *forgeReader : reader;
        auto package = use.read(target);
        if (package)
            entry.package = *package;
        else
            entry.error = package.error();
        if (entry.package)
            entry.findings = checkPublished(*entry.package, reference, upcoming);
        report.entries.append(entry);
    }
    return report;
}

std::optional<Version> PublishedInspection::upcoming(const SourceReport &report)
{
    std::optional<Version> upcoming;
    for (const SourceEntry &entry : report.entries) {
        if (entry.status == SourceStatus::Ahead && entry.source.version
            && entry.source.role == SourceRole::Project
            && (!upcoming || entry.source.version->compare(*upcoming) > 0))
            upcoming = entry.source.version;
    }
    return upcoming;
}

QString PublishedInspection::sourceIdFor(const RegistryTarget &target, const SourceReport &report)
{
    // Detected targets name their file ("package.json", "pyproject.toml:3"); configured ones
    // go to the shallowest source of the format their registry publishes.
    const QString file = target.origin.section(u':', 0, 0);
    QStringList formats;
    switch (target.type) {
    case RegistryTarget::Type::Npm:
        formats = {QStringLiteral("package.json")};
        break;
    case RegistryTarget::Type::PyPI:
        formats = {QStringLiteral("pyproject.toml"),
                   QStringLiteral("setup.cfg"),
                   QStringLiteral("setup.py")};
        break;
    case RegistryTarget::Type::Crates:
        formats = {QStringLiteral("Cargo.toml")};
        break;
    case RegistryTarget::Type::Oci:
        formats = {QStringLiteral("Chart.yaml"), QStringLiteral("Dockerfile")};
        break;
    case RegistryTarget::Type::GitHubRelease:
    case RegistryTarget::Type::GitLabRelease:
        break;
    }
    const SourceEntry *best = nullptr;
    for (const SourceEntry &entry : report.entries) {
        const VersionSource &source = entry.source;
        if (source.role != SourceRole::Project && source.role != SourceRole::App)
            continue;
        if (source.path == file)
            return source.id();
        // A chart's application version is what its image carries.
        if (!formats.contains(source.format)
            || (source.format == u"Chart.yaml" && source.role != SourceRole::App))
            continue;
        if (!best || source.path.count(u'/') < best->source.path.count(u'/'))
            best = &entry;
    }
    if (best)
        return best->source.id();
    for (const SourceEntry &entry : report.entries) {
        if (entry.source.role == SourceRole::Tag)
            return entry.source.id();
    }
    for (const SourceEntry &entry : report.entries) {
        if (entry.isReference)
            return entry.source.id();
    }
    return report.entries.isEmpty() ? QString() : report.entries.first().source.id();
}

} // namespace rd
