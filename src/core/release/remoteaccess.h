// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/credentialchain.h"
#include "git/remote.h"
#include "util/error.h"
#include "util/progress.h"

#include <QHash>

#include <functional>

namespace git {
class Repository;
}

namespace rd {

class CredentialPrompt;

// Network access to a repository's remotes with the credential chain: ls-remote, fetch and
// push by remote name, each one operation with its own credential session (approved when the
// server accepted it, rejected when it refused).
class RemoteAccess
{
public:
    using ChainFactory
            = std::function<CredentialChain(const git::Repository &, const QString &url)>;

    // The standard chain (keychain, credential helpers, then `prompt`; null prompt: none).
    explicit RemoteAccess(CredentialPrompt *prompt = nullptr);
    // Any chain, e.g. a fake one in tests.
    explicit RemoteAccess(ChainFactory factory);

    Result<QList<git::RemoteHead>> list(const git::Repository &repository,
                                        const QString &remote,
                                        git::Remote::Direction direction,
                                        Progress *progress);
    Status fetch(const git::Repository &repository, const QString &remote, Progress *progress);
    Status push(const git::Repository &repository,
                const QString &remote,
                const QStringList &refspecs,
                Progress *progress);

    // The URL pushes go to, for messages and the review page.
    static Result<QString> pushUrl(const git::Repository &repository, const QString &remote);

private:
    template<typename Operation>
    auto withSession(const git::Repository &repository,
                     const QString &url,
                     Progress *progress,
                     Operation operation) -> decltype(operation(git::RemoteCallbacks()));

    ChainFactory m_factory;
    // Credentials a server accepted during this object's life, by origin, tried first next
    // time: a release contacts the remote several times (checks, push) and must not ask the
    // user each time. Kept in memory only.
    QHash<QString, Credential> m_accepted;
};

} // namespace rd
