// SPDX-License-Identifier: GPL-3.0-or-later
#include "forgeconnection.h"

#include "config/projectconfig.h"
#include "git/remote.h"
#include "net/filevalidatorcache.h"

#include <QCoreApplication>

namespace rd {

Result<ForgeLocation> ForgeConnection::locate(const git::Repository &repository,
                                              const ProjectConfig &config,
                                              const QString &remote)
{
    QString remoteUrl;
    if (auto found = git::Remote::lookup(repository, remote))
        remoteUrl = found->pushUrl();
    auto configured = ForgeLocation::fromConfig(config[QStringLiteral("forge")], remoteUrl);
    if (!configured)
        return fail(configured.error());
    if (*configured)
        return **configured;
    if (remoteUrl.isEmpty())
        return fail(errc::forgeUnknown,
                    QCoreApplication::translate(
                            "rd::forge",
                            "No forge is configured and the repository has no remote "
                            "\"%1\" to tell it from. Add the remote, or set forge: type, "
                            "api and project in .releasedesk.yml.")
                            .arg(remote),
                    config.sourceName());
    return ForgeLocation::fromRemoteUrl(remoteUrl);
}

Result<std::unique_ptr<ForgeConnection>> ForgeConnection::open(const git::Repository &repository,
                                                               const ProjectConfig &config,
                                                               Options options)
{
    auto location = locate(repository, config, options.remote);
    if (!location)
        return fail(location.error());
    const QList<std::shared_ptr<CredentialProvider>> sources
            = options.tokenSources.isEmpty() ? ForgeToken::standardSources(*location, &repository)
                                             : options.tokenSources;
    const ForgeToken token = ForgeToken::find(*location, sources);
    if (!options.http.cache)
        options.http.cache = std::make_shared<net::FileValidatorCache>(
                net::FileValidatorCache::defaultDirectory());
    std::unique_ptr<ForgeConnection> connection(new ForgeConnection);
    connection->m_client = std::make_unique<net::HttpClient>(std::move(options.http));
    connection->m_forge = Forge::create(*location, *connection->m_client, token.secret);
    connection->m_token = token.secret;
    connection->m_tokenSource = token.source;
    connection->m_token = token.secret;
    connection->m_notes = token.notes;
    return connection;
}

} // namespace rd
