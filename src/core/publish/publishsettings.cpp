// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishsettings.h"

#include "config/configvalue.h"

#include <QCoreApplication>

namespace rd {

Result<PublishSettings> PublishSettings::fromConfig(const ConfigValue &root)
{
    PublishSettings settings;
    auto targets = RegistryTarget::fromConfig(root[QStringLiteral("registries")]);
    if (!targets)
        return std::unexpected(targets.error());
    for (const RegistryTarget &target : std::as_const(*targets))
        if (target.publishes())
            settings.targets.append(target);

    const ConfigValue publish = root[QStringLiteral("publish")];
    if (!publish.isDefined())
        return settings;
    const auto bad = [](const ConfigValue &value, const QString &message) {
        const Error error = value.error(message);
        return fail(errc::registryConfig, error.message, error.source);
    };
    if (!publish.isMap())
        return bad(publish,
                   QCoreApplication::translate("rd::publish",
                                               "expected a map with build:, commands:, "
                                               "verify_timeout: and build_first:"));
    const QList<Error> unknown = publish.unknownKeys({QStringLiteral("build"),
                                                      QStringLiteral("commands"),
                                                      QStringLiteral("verify_timeout"),
                                                      QStringLiteral("build_first")});
    if (!unknown.isEmpty())
        return fail(errc::registryConfig, unknown.first().message, unknown.first().source);
    auto build = publish[QStringLiteral("build")].toStringList();
    auto commands = publish[QStringLiteral("commands")].toStringList();
    auto timeout = publish[QStringLiteral("verify_timeout")].toInt(settings.verifyTimeoutSeconds);
    auto first = publish[QStringLiteral("build_first")].toBool(false);
    if (!first)
        return fail(errc::registryConfig, first.error().message, first.error().source);
    for (const auto *list : {&build, &commands})
        if (!*list)
            return fail(errc::registryConfig, list->error().message, list->error().source);
    if (!timeout)
        return fail(errc::registryConfig, timeout.error().message, timeout.error().source);
    if (*timeout < 1 || *timeout > 3600)
        return bad(publish[QStringLiteral("verify_timeout")],
                   QCoreApplication::translate("rd::publish",
                                               "verify_timeout is in seconds, from 1 to 3600"));
    for (const auto *list : {&*build, &*commands})
        for (const QString &command : *list)
            if (command.trimmed().isEmpty())
                return bad(publish,
                           QCoreApplication::translate("rd::publish",
                                                       "an empty command; remove it or write the "
                                                       "command line"));
    settings.build = *build;
    settings.commands = *commands;
    settings.verifyTimeoutSeconds = int(*timeout);
    settings.buildFirst = *first;
    return settings;
}

} // namespace rd
