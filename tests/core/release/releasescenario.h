// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scratchrepository.h"

#include "release/releaseplanner.h"
#include "release/remoteaccess.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace rd::test {

// A project ready for a release: a work tree on main with a v1.0.0 tag and a few commits after
// it, CHANGELOG.md and package.json, and a remote "origin" that has main (the upstream, with
// its tracking ref fetched). The remote is a bare repository in a temporary folder reached
// over file://, unless a URL is given (an HTTP server), where `bareOnServer` is its folder.
class ReleaseScenario
{
public:
    explicit ReleaseScenario(const QString &remoteUrl = {},
                             const QString &bareOnServer = {},
                             std::shared_ptr<RemoteAccess> remotes = {});

    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    ScratchRepository &local() { return m_local; }
    git::Repository &repo() { return m_local.repo(); }
    RemoteAccess &remotes() { return *m_remotes; }
    std::shared_ptr<RemoteAccess> remotesPointer() { return m_remotes; }
    QString remoteDir() const { return m_remoteDir; } // the bare repository's folder
    QString remoteUrl() const { return m_remoteUrl; }
    git::Oid base() const { return m_base; }

    // The choices of a 1.1.0 release that rewrites CHANGELOG.md and package.json.
    ReleaseChoices choices(const QString &version = QStringLiteral("1.1.0")) const;
    Result<ReleasePlan> plan(const ReleaseChoices &choices) const;
    Result<ReleasePlan> plan() const { return plan(choices()); }

    // A ref of the bare remote (read from disk, fresh), nullopt when absent.
    std::optional<git::Oid> remoteRef(const QString &name) const;
    // Commits on top of `base()` on local main (first-parent count).
    int commitsSinceBase();

    static QByteArray changelogBefore();
    static QByteArray changelogAfter(const QString &version);
    static QByteArray packageJson(const QString &version);

private:
    bool fail(const QString &message);

    ScratchRepository m_local;
    QTemporaryDir m_remoteTemp;
    QString m_remoteDir;
    QString m_remoteUrl;
    std::shared_ptr<RemoteAccess> m_remotes;
    git::Oid m_base;
    bool m_valid = false;
    QString m_error;
};

} // namespace rd::test
