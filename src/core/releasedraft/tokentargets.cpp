// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokentargets.h"

#include "config/projectconfig.h"
#include "credentials/keychainprovider.h"
#include "forge/forgeconnection.h"
#include "forge/forgetoken.h"
#include "project/project.h"
#include "publish/publishsettings.h"
#include "publish/pypipublishstep.h"
#include "publish/registrytoken.h"

#include <QCoreApplication>

#include <algorithm>

namespace rd {

namespace {

std::optional<TokenTarget> registryTarget(const RegistryTarget &registry)
{
    TokenTarget target;
    target.what = registry.describe();
    target.comesFrom = registry.origin;
    switch (registry.type) {
    case RegistryTarget::Type::Npm:
        target.kind = TokenTarget::Kind::Npm;
        target.address = registry.url;
        break;
    case RegistryTarget::Type::PyPI:
        target.kind = TokenTarget::Kind::PyPI;
        // Files go to the upload address; the token is asked for there.
        target.address = PypiPublishStep::effectiveUploadUrl(registry.uploadUrl);
        break;
    case RegistryTarget::Type::Oci:
        target.kind = TokenTarget::Kind::Oci;
        target.address = registry.url;
        break;
    case RegistryTarget::Type::Crates:
    case RegistryTarget::Type::GitHubRelease:
    case RegistryTarget::Type::GitLabRelease:
        return std::nullopt; // crates are only read; forge releases use the forge's token
    }
    if (!target.address.isValid() || target.address.host().isEmpty())
        return std::nullopt;
    target.origin = RegistryToken::requestFor(target.address).origin();
    return target;
}

RegistryToken::Kind registryKind(TokenTarget::Kind kind)
{
    switch (kind) {
    case TokenTarget::Kind::PyPI:
        return RegistryToken::Kind::PyPI;
    case TokenTarget::Kind::Oci:
        return RegistryToken::Kind::Oci;
    case TokenTarget::Kind::Npm:
    case TokenTarget::Kind::Forge:
        break;
    }
    return RegistryToken::Kind::Npm;
}

} // namespace

TokenTargets TokenTargets::of(const Project &project, const QString &remote)
{
    TokenTargets result;
    auto config = ProjectConfig::load(project.root());
    if (!config) {
        result.problems.append(config.error().message);
        return result;
    }
    auto forge = ForgeConnection::locate(project.repository(), *config, remote);
    if (forge) {
        TokenTarget target;
        target.kind = TokenTarget::Kind::Forge;
        target.what = forge->describe();
        target.address = forge->api;
        target.origin = ForgeToken::requestFor(*forge).origin();
        target.comesFrom = QCoreApplication::translate("rd::releasedraft", "remote %1").arg(remote);
        target.forge = *forge;
        result.targets.append(target);
    } else {
        result.problems.append(forge.error().message);
    }
    auto settings = PublishSettings::fromConfig(config->root());
    if (!settings) {
        result.problems.append(settings.error().message);
        return result;
    }
    for (const RegistryTarget &registry : settings->targets) {
        const std::optional<TokenTarget> target = registryTarget(registry);
        if (!target)
            continue;
        const bool known = std::any_of(result.targets.cbegin(),
                                       result.targets.cend(),
                                       [&](const TokenTarget &listed) {
                                           return listed.origin == target->origin;
                                       });
        if (!known)
            result.targets.append(*target);
    }
    return result;
}

Result<TokenTarget> TokenTargets::forAddress(const QString &address)
{
    auto origin = RegistryToken::originOf(address);
    if (!origin)
        return std::unexpected(origin.error());
    TokenTarget target;
    target.kind = TokenTarget::Kind::Npm; // looked up like a registry, keychain first
    target.what = *origin;
    target.address = QUrl(*origin);
    target.origin = *origin;
    return target;
}

TokenState TokenState::of(const TokenTarget &target, const Project &project, int keychainTimeoutMs)
{
    TokenState state;
    if (target.kind == TokenTarget::Kind::Forge && target.forge) {
        const ForgeToken token = ForgeToken::find(*target.forge,
                                                  ForgeToken::standardSources(*target.forge,
                                                                              &project.repository(),
                                                                              keychainTimeoutMs));
        state.source = token.secret.isEmpty() ? QString() : token.source;
        state.fromKeychain = !token.secret.isEmpty() && token.source == KeychainProvider().name();
        state.notes = token.notes;
        return state;
    }
    const RegistryToken token
            = RegistryToken::find(target.address,
                                  RegistryToken::standardSources(registryKind(target.kind),
                                                                 target.address,
                                                                 project.root(),
                                                                 keychainTimeoutMs));
    state.source = token.isEmpty() ? QString() : token.source;
    state.username = token.username;
    state.fromKeychain = token.fromKeychain;
    state.notes = token.notes;
    return state;
}

} // namespace rd
