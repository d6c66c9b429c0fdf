// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrytoken.h"

#include "credentials/credentiallookup.h"
#include "credentials/environmentprovider.h"
#include "credentials/keychainprovider.h"
#include "registry/npmcredentials.h"

#include <QCoreApplication>

namespace rd {

namespace {

// The registry's _authToken in the project's .npmrc, then in ~/.npmrc.
class NpmrcProvider : public CredentialProvider
{
public:
    NpmrcProvider(QUrl registry, QString projectRoot)
        : m_registry(std::move(registry))
        , m_projectRoot(std::move(projectRoot))
    {}
    QString name() const override { return QStringLiteral(".npmrc"); }
    Result<std::optional<Credential>> fill(const CredentialRequest &) override
    {
        const NpmCredential found = NpmCredentials::findInNpmrc(m_registry, m_projectRoot);
        if (found.token.isEmpty())
            return std::optional<Credential>();
        return std::optional<Credential>(Credential{QString(), found.token, found.source});
    }

private:
    QUrl m_registry;
    QString m_projectRoot;
};

} // namespace

QString RegistryToken::notesText() const
{
    if (notes.isEmpty())
        return {};
    return u' ' + notes.join(QStringLiteral("; ")) + u'.';
}

QList<std::shared_ptr<CredentialProvider>> RegistryToken::fallbackSources(
        Kind kind,
        const QUrl &registry,
        const QString &projectRoot,
        const QProcessEnvironment &environment)
{
    QList<std::shared_ptr<CredentialProvider>> sources;
    switch (kind) {
    case Kind::Npm:
        sources.append(
                std::make_shared<EnvironmentProvider>(QStringList{QStringLiteral("NPM_TOKEN")},
                                                      QString(),
                                                      environment));
        sources.append(std::make_shared<NpmrcProvider>(registry, projectRoot));
        break;
    case Kind::PyPI: // as twine reads them
        sources.append(
                std::make_shared<EnvironmentProvider>(QStringList{QStringLiteral("TWINE_PASSWORD"),
                                                                  QStringLiteral("PYPI_TOKEN")},
                                                      QString(),
                                                      environment));
        break;
    case Kind::Oci:
        sources.append(
                std::make_shared<EnvironmentProvider>(QStringList{QStringLiteral(
                                                              "RELEASEDESK_OCI_PASSWORD")},
                                                      QStringLiteral("RELEASEDESK_OCI_USERNAME"),
                                                      environment));
        break;
    }
    return sources;
}

QList<std::shared_ptr<CredentialProvider>> RegistryToken::standardSources(
        Kind kind, const QUrl &registry, const QString &projectRoot, int keychainTimeoutMs)
{
    QList<std::shared_ptr<CredentialProvider>> sources{
            std::make_shared<KeychainProvider>(QStringLiteral("ReleaseDesk"), keychainTimeoutMs)};
    sources.append(fallbackSources(kind, registry, projectRoot));
    return sources;
}

CredentialRequest RegistryToken::requestFor(const QUrl &registry)
{
    QUrl address = registry.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery
                                     | QUrl::RemoveFragment);
    if ((address.scheme() == u"https" && address.port() == 443)
        || (address.scheme() == u"http" && address.port() == 80))
        address.setPort(-1);
    CredentialRequest request = CredentialRequest::fromUrl(address.toString());
    request.username = registry.userName();
    return request;
}

RegistryToken RegistryToken::find(const QUrl &registry,
                                  const QList<std::shared_ptr<CredentialProvider>> &sources)
{
    RegistryToken token;
    const CredentialLookup lookup = CredentialLookup::find(requestFor(registry), sources);
    token.notes = lookup.notes;
    if (!lookup.credential)
        return token;
    token.username = lookup.credential->username;
    token.secret = lookup.credential->secret;
    // The keychain tags what it gives "keychain"; the messages name it as the user knows it.
    token.fromKeychain = lookup.credential->provider == u"keychain";
    token.source = token.fromKeychain ? lookup.source->name() : lookup.sourceText;
    return token;
}

RegistryToken RegistryToken::find(Kind kind, const QUrl &registry, const QString &projectRoot)
{
    return find(registry, standardSources(kind, registry, projectRoot));
}

Result<QString> RegistryToken::originOf(const QString &address)
{
    const QUrl url(address.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"https" && scheme != u"http") || url.host().isEmpty())
        return fail(
                errc::publishTokenAddress,
                QCoreApplication::translate("rd::publish",
                                            "\"%1\" is not a registry or forge address: give it as "
                                            "https://host[:port][/path], as in .releasedesk.yml.")
                        .arg(address),
                address);
    if (!url.userInfo().isEmpty())
        return fail(errc::publishTokenAddress,
                    QCoreApplication::translate(
                            "rd::publish",
                            "\"%1\" has a user name or password in it: give the address without "
                            "them (the user name goes in --username, the token on stdin).")
                            .arg(url.toDisplayString(QUrl::RemovePassword)),
                    url.toDisplayString(QUrl::RemoveUserInfo));
    return requestFor(url).origin();
}

QString RegistryToken::storeCommand(const QUrl &registry)
{
    return QStringLiteral("releasedesk-cli token set ") + requestFor(registry).origin();
}

} // namespace rd
