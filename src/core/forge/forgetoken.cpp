// SPDX-License-Identifier: GPL-3.0-or-later
#include "forgetoken.h"

#include "credentials/credentialhelperprovider.h"
#include "credentials/credentiallookup.h"
#include "credentials/keychainprovider.h"

namespace rd {

EnvironmentTokenProvider::EnvironmentTokenProvider(ForgeLocation::Type type,
                                                   QProcessEnvironment environment)
    : EnvironmentProvider(variablesFor(type), QString(), std::move(environment))
{}

QStringList EnvironmentTokenProvider::variablesFor(ForgeLocation::Type type)
{
    if (type == ForgeLocation::Type::GitHub)
        return {QStringLiteral("GITHUB_TOKEN"), QStringLiteral("GH_TOKEN")};
    return {QStringLiteral("GITLAB_TOKEN")};
}

CredentialRequest ForgeToken::requestFor(const ForgeLocation &location)
{
    CredentialRequest request;
    request.protocol = location.api.scheme();
    QString host = location.api.host();
    if (host == u"api.github.com")
        host = QStringLiteral("github.com");
    if (location.api.port() > 0)
        host += u':' + QString::number(location.api.port());
    request.host = host;
    request.path = location.project;
    return request;
}

QList<std::shared_ptr<CredentialProvider>> ForgeToken::standardSources(
        const ForgeLocation &location, const git::Repository *repository, int keychainTimeoutMs)
{
    QList<std::shared_ptr<CredentialProvider>> sources;
    sources.append(
            std::make_shared<KeychainProvider>(QStringLiteral("ReleaseDesk"), keychainTimeoutMs));
    sources.append(std::make_shared<EnvironmentTokenProvider>(location.type));
    if (repository) {
        const CredentialRequest request = requestFor(location);
        sources.append(std::make_shared<CredentialHelperProvider>(
                CredentialHelperProvider::fromConfig(*repository,
                                                     request.origin() + u'/' + location.project)));
    }
    return sources;
}

ForgeToken ForgeToken::find(const ForgeLocation &location,
                            const QList<std::shared_ptr<CredentialProvider>> &sources)
{
    ForgeToken token;
    const CredentialLookup lookup = CredentialLookup::find(requestFor(location), sources);
    token.notes = lookup.notes;
    if (lookup.credential) {
        token.secret = lookup.credential->secret;
        token.source = lookup.sourceText;
    }
    return token;
}

} // namespace rd
