// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/credentialprovider.h"
#include "git/remotecallbacks.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace git {
class Repository;
}

namespace rd {

class CredentialPrompt;

// The order in which a network operation looks for credentials: for https the providers in
// turn (keychain, git's credential helpers, asking), each tried once per operation, moving on
// when the server refuses what the previous one gave; for ssh the user's ssh-agent.
class CredentialChain
{
public:
    CredentialChain() = default;
    // The standard chain for a remote URL of `repository`: keychain, credential helpers, then
    // `prompt` (null: nobody to ask, the chain says so in its error).
    static CredentialChain standard(const git::Repository &repository,
                                    const QString &url,
                                    CredentialPrompt *prompt);

    void add(std::shared_ptr<CredentialProvider> provider);
    const QList<std::shared_ptr<CredentialProvider>> &providers() const { return m_providers; }

    // One network operation: hand callbacks() to git::Remote, then tell the outcome.
    class Session
    {
    public:
        explicit Session(const CredentialChain &chain);
        git::RemoteCallbacks callbacks(Progress *progress);
        // After the operation: the last credentials given were accepted (approve) or, for an
        // authentication failure, refused (reject).
        void finished(bool accepted);
        // Who gave the credentials in use ("keychain"...), empty when none were needed.
        QString provider() const { return m_current ? m_current->provider : QString(); }
        // The credentials in use (the last ones given), with the request they answered.
        const std::optional<Credential> &current() const { return m_current; }
        const CredentialRequest &request() const { return m_request; }
        // Why the chain ran dry: each source and what it said.
        QString failureReason() const { return m_reasons.join(QStringLiteral("; ")); }

    private:
        std::optional<git::CredentialAnswer> answer(const git::CredentialQuery &query);

        const CredentialChain &m_chain;
        qsizetype m_next = 0;
        bool m_sshAgentTried = false;
        std::shared_ptr<CredentialProvider> m_currentProvider;
        std::optional<Credential> m_current;
        CredentialRequest m_request;
        QStringList m_reasons;
    };

private:
    QList<std::shared_ptr<CredentialProvider>> m_providers;
};

} // namespace rd
