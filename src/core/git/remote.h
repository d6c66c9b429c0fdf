// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/handle.h"
#include "git/oid.h"
#include "git/remotecallbacks.h"
#include "util/error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <git2/remote.h>

namespace git {

class Repository;

// A reference as a server advertises it (git ls-remote).
struct RemoteHead
{
    QString name; // "refs/heads/main", "refs/tags/v1.0.0", "refs/tags/v1.0.0^{}"
    Oid id;
};

// A named remote ("origin") or a bare URL. Must not outlive its Repository; one thread at a
// time. Every network call connects, does its work and disconnects.
class Remote
{
public:
    enum class Direction { Fetch, Push };

    // The remote configured under `name`. Error git.not-found naming the remote when absent.
    static rd::Result<Remote> lookup(const Repository &repository, const QString &name);
    // A remote for a URL that is not configured.
    static rd::Result<Remote> anonymous(const Repository &repository, const QString &url);

    QString name() const; // empty for an anonymous remote
    QString url() const;
    QString pushUrl() const; // remote.<name>.pushurl, else url()

    // The server's references. Connecting in the Push direction also proves that the
    // credentials are accepted for pushing (HTTP servers ask for them before advertising).
    rd::Result<QList<RemoteHead>> list(Direction direction, const RemoteCallbacks &callbacks);
    // Fetches with the configured refspecs (or `refspecs` when given) and updates the
    // remote-tracking branches.
    rd::Status fetch(const QStringList &refspecs, const RemoteCallbacks &callbacks);
    // Pushes "src:dst" refspecs ("+src:dst" forces; ":dst" deletes). Fails when the server
    // rejects any reference (git.non-fast-forward or git.error with the server's reason).
    rd::Status push(const QStringList &refspecs, const RemoteCallbacks &callbacks);

private:
    using Ptr = Handle<git_remote, git_remote_free>;
    explicit Remote(Ptr remote)
        : m_remote(std::move(remote))
    {}
    Ptr m_remote;
};

namespace errc {
inline constexpr QStringView pushRejected = u"git.push-rejected";
}

} // namespace git
