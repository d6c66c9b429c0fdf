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
    if (!detection->configured && !options.evenWithoutConfiguration)
        return report; // not asked for: nothing read, nothing to say
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

} // namespace rd
