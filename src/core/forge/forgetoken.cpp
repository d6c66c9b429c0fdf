// SPDX-License-Identifier: GPL-3.0-or-later
#include "forgetoken.h"

#include "credentials/credentialhelperprovider.h"
#include "credentials/keychainprovider.h"

#include <QCoreApplication>

namespace rd {

EnvironmentTokenProvider::EnvironmentTokenProvider(ForgeLocation::Type type,
                                                   QProcessEnvironment environment)
    : m_type(type)
    , m_environment(std::move(environment))
{}

QStringList EnvironmentTokenProvider::variables() const
{
    if (m_type == ForgeLocation::Type::GitHub)
        return {QStringLiteral("GITHUB_TOKEN"), QStringLiteral("GH_TOKEN")};
    return {QStringLiteral("GITLAB_TOKEN")};
}

QString EnvironmentTokenProvider::name() const
{
    return variables().join(QCoreApplication::translate("rd::forge", " or "));
}

Result<std::optional<Credential>> EnvironmentTokenProvider::fill(const CredentialRequest &)
{
    for (const QString &variable : variables()) {
        const QString value = m_environment.value(variable).trimmed();
        if (!value.isEmpty())
            return std::optional<Credential>(Credential{QString(), value, variable});
    }
    return std::optional<Credential>();
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
    const CredentialRequest request = requestFor(location);
    for (const auto &source : sources) {
        auto found = source->fill(request);
        if (!found) {
            token.notes.append(source->name() + QStringLiteral(": ") + found.error().message);
            continue;
        }
        if (*found && !(*found)->secret.isEmpty()) {
            token.secret = (*found)->secret;
            token.source = (*found)->provider.isEmpty() ? source->name() : (*found)->provider;
            break;
        }
    }
    return token;
}

} // namespace rd
