// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/credentialprovider.h"

#include <QCoreApplication>
#include <QStringList>

namespace git {
class Repository;
}

namespace rd {

// git's credential helpers (credential.helper, credential.<url>.helper), spoken to through
// git's documented credential protocol: key=value lines on the helper's stdin and stdout, with
// the actions get, store and erase. The helper programs are run as git runs them — "!cmd" and
// absolute paths through the shell, a bare name as git-credential-<name> — but never the git
// program itself.
class CredentialHelperProvider : public CredentialProvider
{
public:
    // The helpers in effect for `url` in the repository's configuration, in git's order
    // (system, global, local; an empty value clears the ones before it).
    static CredentialHelperProvider fromConfig(const git::Repository &repository,
                                               const QString &url);
    explicit CredentialHelperProvider(QStringList helpers,
                                      bool useHttpPath = false,
                                      QString defaultUsername = {});

    const QStringList &helpers() const { return m_helpers; }

    QString name() const override
    {
        return QCoreApplication::translate("rd::credentials", "git's credential helper");
    }
    Result<std::optional<Credential>> fill(const CredentialRequest &request) override;
    void approve(const CredentialRequest &request, const Credential &credential) override;
    void reject(const CredentialRequest &request, const Credential &credential) override;

private:
    struct Answer
    {
        QString username;
        QString password;
        bool quit = false;
    };
    Result<Answer> run(const QString &helper,
                       const QString &action,
                       const CredentialRequest &request,
                       const Credential *credential) const;
    QByteArray describe(const CredentialRequest &request, const Credential *credential) const;

    QStringList m_helpers;
    bool m_useHttpPath = false;
    QString m_defaultUsername;
};

namespace errc {
inline constexpr QStringView credentialHelper = u"credentials.helper";
}

} // namespace rd
