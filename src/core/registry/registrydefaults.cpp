// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrydefaults.h"

#include <QByteArray>

namespace rd::RegistryDefaults {

namespace {

// The one place the public registries' addresses are written. Tests never reach them: they set
// RELEASEDESK_REGISTRY_URL_* (or url:) to their servers on 127.0.0.1.
struct Entry
{
    RegistryTarget::Type type;
    const char *variableSuffix;
    const char *url;
};
constexpr Entry table[] = {
        {RegistryTarget::Type::Npm, "NPM", "https://registry.npmjs.org"},
        {RegistryTarget::Type::PyPI, "PYPI", "https://pypi.org"},
        {RegistryTarget::Type::Crates, "CRATES", "https://crates.io"},
};

} // namespace

QString overrideVariable(RegistryTarget::Type type)
{
    for (const Entry &entry : table) {
        if (entry.type == type)
            return QStringLiteral("RELEASEDESK_REGISTRY_URL_")
                   + QLatin1String(entry.variableSuffix);
    }
    return {};
}

QUrl url(RegistryTarget::Type type)
{
    for (const Entry &entry : table) {
        if (entry.type != type)
            continue;
        const QByteArray overridden = qgetenv(qPrintable(overrideVariable(type)));
        return QUrl(QString::fromUtf8(overridden.isEmpty() ? QByteArray(entry.url) : overridden));
    }
    return {}; // OCI: the image names its registry; forge releases: the forge's API
}

} // namespace rd::RegistryDefaults
