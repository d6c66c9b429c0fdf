// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forge/forge.h"
#include "forge/forgetoken.h"
#include "net/httpclient.h"

#include <memory>

namespace git {
class Repository;
}

namespace rd {

class ProjectConfig;

// Everything a front end needs to talk to a repository's forge, set up in one call: where it
// is (forge: in .releasedesk.yml, else the remote's push URL), the token, an HTTP client with
// the on-disk validator cache, and the Forge. Lives on one thread (the client's).
class ForgeConnection
{
public:
    struct Options
    {
        QString remote = QStringLiteral("origin");
        net::HttpClientOptions http; // a null cache gets the default on-disk one
        // Token sources (empty: ForgeToken::standardSources).
        QList<std::shared_ptr<CredentialProvider>> tokenSources;
    };

    // Where the forge is, without connecting. errc::forgeUnknown when neither the
    // configuration nor the remote names a forge (front ends then say that CI is not checked).
    static Result<ForgeLocation> locate(const git::Repository &repository,
                                        const ProjectConfig &config,
                                        const QString &remote);
    static Result<std::unique_ptr<ForgeConnection>> open(const git::Repository &repository,
                                                         const ProjectConfig &config,
                                                         Options options);

    Forge &forge() { return *m_forge; }
    net::HttpClient &client() { return *m_client; }
    const ForgeLocation &location() const { return m_forge->location(); }
    // Where the token came from ("GITHUB_TOKEN", ...); empty when there is none.
    const QString &tokenSource() const { return m_tokenSource; }
    // The token itself, for other readers of the same forge (its releases) and for a worker
    // thread that makes a Forge of its own (the watcher); may be empty.
    const QString &token() const { return m_token; }
    // Token sources that failed (keychain unreachable...), for warnings.
    const QStringList &notes() const { return m_notes; }

private:
    ForgeConnection() = default;
    std::unique_ptr<net::HttpClient> m_client;
    std::unique_ptr<Forge> m_forge;
    QString m_token;
    QString m_tokenSource;
    QStringList m_notes;
};

} // namespace rd
