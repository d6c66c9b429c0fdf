// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteaccess.h"

#include "git/error.h"
#include "git/repository.h"

#include <QCoreApplication>

namespace rd {

namespace {

// Offers credentials this RemoteAccess already saw accepted.
class AcceptedProvider : public CredentialProvider
{
public:
    explicit AcceptedProvider(Credential credential)
        : m_credential(std::move(credential))
    {}
    QString name() const override
    {
        return QCoreApplication::translate("rd::release", "this session");
    }
    Result<std::optional<Credential>> fill(const CredentialRequest &) override
    {
        return std::optional<Credential>(m_credential);
    }

private:
    Credential m_credential;
};

} // namespace

RemoteAccess::RemoteAccess(CredentialPrompt *prompt)
    : m_factory([prompt](const git::Repository &repository, const QString &url) {
        return CredentialChain::standard(repository, url, prompt);
    })
{}

RemoteAccess::RemoteAccess(ChainFactory factory)
    : m_factory(std::move(factory))
{}

template<typename Operation>
auto RemoteAccess::withSession(const git::Repository &repository,
                               const QString &url,
                               Progress *progress,
                               Operation operation) -> decltype(operation(git::RemoteCallbacks()))
{
    const QString origin = CredentialRequest::fromUrl(url).origin();
    const CredentialChain configured = m_factory(repository, url);
    CredentialChain chain;
    const auto accepted = m_accepted.constFind(origin);
    if (accepted != m_accepted.constEnd())
        chain.add(std::make_shared<AcceptedProvider>(*accepted));
    for (const auto &provider : configured.providers())
        chain.add(provider);
    CredentialChain::Session session(chain);
    auto result = operation(session.callbacks(progress));
    if (result) {
        session.finished(true);
        if (session.current())
            m_accepted.insert(origin, *session.current());
    } else if (result.error().is(git::errc::auth)) {
        session.finished(false);
        m_accepted.remove(origin);
    }
    return result;
}

Result<QList<git::RemoteHead>> RemoteAccess::list(const git::Repository &repository,
                                                  const QString &remote,
                                                  git::Remote::Direction direction,
                                                  Progress *progress)
{
    auto handle = git::Remote::lookup(repository, remote);
    if (!handle)
        return std::unexpected(handle.error());
    const QString url = direction == git::Remote::Direction::Push ? handle->pushUrl()
                                                                  : handle->url();
    return withSession(repository, url, progress, [&](const git::RemoteCallbacks &callbacks) {
        return handle->list(direction, callbacks);
    });
}

Status RemoteAccess::fetch(const git::Repository &repository,
                           const QString &remote,
                           Progress *progress)
{
    auto handle = git::Remote::lookup(repository, remote);
    if (!handle)
        return std::unexpected(handle.error());
    return withSession(repository,
                       handle->url(),
                       progress,
                       [&](const git::RemoteCallbacks &callbacks) {
                           return handle->fetch({}, callbacks);
                       });
}

Status RemoteAccess::push(const git::Repository &repository,
                          const QString &remote,
                          const QStringList &refspecs,
                          Progress *progress)
{
    auto handle = git::Remote::lookup(repository, remote);
    if (!handle)
        return std::unexpected(handle.error());
    return withSession(repository,
                       handle->pushUrl(),
                       progress,
                       [&](const git::RemoteCallbacks &callbacks) {
                           return handle->push(refspecs, callbacks);
                       });
}

Result<QString> RemoteAccess::pushUrl(const git::Repository &repository, const QString &remote)
{
    auto handle = git::Remote::lookup(repository, remote);
    if (!handle)
        return std::unexpected(handle.error());
    return handle->pushUrl();
}

} // namespace rd
