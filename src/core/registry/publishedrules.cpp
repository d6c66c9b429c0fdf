// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishedrules.h"

#include "registry/registryreader.h"

#include <QCoreApplication>

namespace rd {

QString PublishedFinding::kindId(Kind kind)
{
    return kind == Kind::RegistryAhead ? QStringLiteral("registry-ahead")
                                       : QStringLiteral("already-published");
}

QList<PublishedFinding> checkPublished(const PublishedPackage &package,
                                       const std::optional<Version> &reference,
                                       const std::optional<Version> &upcoming)
{
    QList<PublishedFinding> findings;
    if (!package.exists)
        return findings;
    const RegistryTarget::Type type = package.target.type;
    const auto latest = RegistryReader::parseVersion(type, package.latest);
    if (latest && reference && latest->compare(*reference) > 0) {
        findings.append(
                {PublishedFinding::Kind::RegistryAhead,
                 package.target,
                 QCoreApplication::translate(
                         "PublishedRules",
                         "%1 has %2, higher than the project's %3. Something was published "
                         "without a tag, or the tag is missing: tag %2 on the commit it was "
                         "built from, or check what was published.")
                         .arg(package.target.describe(), package.latest, reference->toString())});
    }
    if (upcoming) {
        for (const QString &text : package.versions) {
            const auto version = RegistryReader::parseVersion(type, text);
            if (version && version->compare(*upcoming) == 0) {
                findings.append({PublishedFinding::Kind::AlreadyPublished,
                                 package.target,
                                 QCoreApplication::translate(
                                         "PublishedRules",
                                         "%1 already has %2, the version about to be released. "
                                         "Registries do not take a version twice: release the next "
                                         "version instead.")
                                         .arg(package.target.describe(), text)});
                break;
            }
        }
    }
    return findings;
}

} // namespace rd
