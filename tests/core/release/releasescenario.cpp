// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasescenario.h"
#include "testaccess.h"

#include "git/references.h"
#include "git/remote.h"

#include <QDir>
#include <QUrl>

#include <git2/remote.h>

namespace rd::test {

ReleaseScenario::ReleaseScenario(const QString &remoteUrl,
                                 const QString &bareOnServer,
                                 std::shared_ptr<RemoteAccess> remotes)
    : m_remotes(
            remotes ? std::move(remotes)
                    : std::make_shared<RemoteAccess>([](const git::Repository &, const QString &) {
                          return CredentialChain(); // file:// asks for nothing
                      }))
{
    if (!m_local.isValid()) {
        fail(QStringLiteral("no scratch repository"));
        return;
    }
    m_remoteDir = bareOnServer.isEmpty() ? m_remoteTemp.path() + QStringLiteral("/origin.git")
                                         : bareOnServer;
    auto bare = git::Repository::init(m_remoteDir, true, QStringLiteral("main"));
    if (!bare) {
        fail(bare.error().toString());
        return;
    }
    m_remoteUrl = remoteUrl.isEmpty() ? QUrl::fromLocalFile(m_remoteDir).toString() : remoteUrl;

    auto config = m_local.repo().config();
    if (!config) {
        fail(config.error().toString());
        return;
    }
    // Local settings win over whatever the machine's global git config says.
    (void) config->setString(QStringLiteral("user.name"), QStringLiteral("Rel Easer"));
    (void) config->setString(QStringLiteral("user.email"),
                             QStringLiteral("releaser@example.invalid"));
    (void) config->setString(QStringLiteral("tag.gpgSign"), QStringLiteral("false"));
    (void) config->setString(QStringLiteral("commit.gpgSign"), QStringLiteral("false"));

    m_local.commit(QStringLiteral("feat: first feature"),
                   {{QStringLiteral("CHANGELOG.md"), changelogBefore()},
                    {QStringLiteral("package.json"), packageJson(QStringLiteral("1.0.0"))},
                    {QStringLiteral("src/main.c"), "int main(void) { return 0; }\n"}});
    m_local.tag(QStringLiteral("v1.0.0"), QStringLiteral("Release 1.0.0"));
    m_local.commit(QStringLiteral("feat: second feature"),
                   {{QStringLiteral("src/extra.c"), "int extra(void) { return 1; }\n"}});
    m_local.commit(QStringLiteral("fix: a bug"),
                   {{QStringLiteral("src/main.c"), "int main(void) { return extra() - 1; }\n"}});
    m_base = m_local.head();

    git_remote *raw = nullptr;
    if (git_remote_create(&raw,
                          git::TestAccess::raw(m_local.repo()),
                          "origin",
                          m_remoteUrl.toUtf8().constData())
        < 0) {
        fail(QStringLiteral("cannot add the remote"));
        return;
    }
    git_remote_free(raw);
    if (auto pushed = m_remotes->push(m_local.repo(),
                                      QStringLiteral("origin"),
                                      {QStringLiteral("refs/heads/main:refs/heads/main"),
                                       QStringLiteral("refs/tags/v1.0.0:refs/tags/v1.0.0")},
                                      nullptr);
        !pushed) {
        fail(pushed.error().toString());
        return;
    }
    (void) config->setString(QStringLiteral("branch.main.remote"), QStringLiteral("origin"));
    (void) config->setString(QStringLiteral("branch.main.merge"),
                             QStringLiteral("refs/heads/main"));
    if (auto fetched = m_remotes->fetch(m_local.repo(), QStringLiteral("origin"), nullptr);
        !fetched) {
        fail(fetched.error().toString());
        return;
    }
    m_valid = true;
}

bool ReleaseScenario::fail(const QString &message)
{
    m_error = message;
    qWarning("release scenario: %s", qPrintable(message));
    return false;
}

QByteArray ReleaseScenario::changelogBefore()
{
    return "# Changelog\n\n## [1.0.0] - 2024-01-01\n\n### Features\n\n- first feature\n";
}

QByteArray ReleaseScenario::changelogAfter(const QString &version)
{
    return "# Changelog\n\n## [" + version.toUtf8()
           + "] - 2024-02-01\n\n### Features\n\n- second feature\n\n### Bug Fixes\n\n- a bug\n\n"
             "## [1.0.0] - 2024-01-01\n\n### Features\n\n- first feature\n";
}

QByteArray ReleaseScenario::packageJson(const QString &version)
{
    return "{\n  \"name\": \"demo\",\n  \"version\": \"" + version.toUtf8() + "\"\n}\n";
}

ReleaseChoices ReleaseScenario::choices(const QString &version) const
{
    ReleaseChoices choices;
    choices.version = *Version::parse(version);
    choices.tagName = QStringLiteral("v") + version;
    choices.releaseNotes = QStringLiteral("## %1\n\n- second feature\n- a bug\n").arg(version);
    choices.files = {FileChange{QStringLiteral("package.json"),
                                packageJson(QStringLiteral("1.0.0")),
                                packageJson(version)},
                     FileChange{QStringLiteral("CHANGELOG.md"),
                                changelogBefore(),
                                changelogAfter(version)}};
    return choices;
}

Result<ReleasePlan> ReleaseScenario::plan(const ReleaseChoices &choices) const
{
    return ReleasePlanner::plan(const_cast<ScratchRepository &>(m_local).repo(),
                                ReleaseSettings(),
                                choices);
}

std::optional<git::Oid> ReleaseScenario::remoteRef(const QString &name) const
{
    auto bare = git::Repository::open(m_remoteDir);
    if (!bare)
        return std::nullopt;
    git::References refs(*bare);
    auto id = refs.target(name);
    return id ? *id : std::nullopt;
}

int ReleaseScenario::commitsSinceBase()
{
    auto head = m_local.repo().headId();
    if (!head)
        return -1;
    int count = 0;
    git::Oid id = *head;
    while (!(id == m_base)) {
        auto commit = m_local.repo().lookupCommit(id);
        if (!commit || commit->parentCount() == 0)
            return -1;
        id = commit->parentId(0);
        ++count;
    }
    return count;
}

} // namespace rd::test
