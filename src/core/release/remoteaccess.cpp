// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteaccess.h"

#include "git/error.h"
#include "git/repository.h"

namespace rd {

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
    const CredentialChain chain = m_factory(repository, url);
    CredentialChain::Session session(chain);
    auto result = operation(session.callbacks(progress));
    if (result)
        session.finished(true);
    else if (result.error().is(git::errc::auth))
        session.finished(false);
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
