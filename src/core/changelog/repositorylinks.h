// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/projectconfig.h"
#include "util/error.h"

#include <QString>

#include <optional>

namespace git {
class Repository;
}

namespace rd {

// Web addresses of a repository's commits, comparisons and issues, for changelog links.
// Derived from a remote's URL for GitHub and GitLab (and hosts whose name says so, such as
// github.example.com or gitlab.example.org), in every form git accepts:
//   https://github.com/owner/repo.git      git@github.com:owner/repo.git
//   ssh://git@gitlab.com:22/group/sub/repo.git    git://github.com/owner/repo
// Credentials in a URL never reach a link. Other hosts are configured in .releasedesk.yml:
//
//   links:                      # or `links: false` for no links at all
//     remote: origin            # the remote whose URL is used (default: origin)
//     type: gitea               # github | gitlab | gitea: the URL scheme of a host whose name
//                               #   does not tell (default: from the host name)
//     base: https://code.example.org/team/app   # the repository's web address
//     commit: "{base}/commit/{hash}"            # templates; each defaults to the type's
//     compare: "{base}/compare/{from}...{to}"
//     issue: "https://tracker.example.org/browse/{number}"
//     merge-request: "{base}/pulls/{number}"
//
// Placeholders: {base}, {hash}, {short} (7 digits), {from}, {to}, {number}.
class RepositoryLinks
{
public:
    enum class Host { Unknown, GitHub, GitLab, Gitea };

    RepositoryLinks() = default; // no links

    // The links of a remote URL, when it is on a known host; nullopt otherwise.
    static std::optional<RepositoryLinks> fromRemoteUrl(const QString &url,
                                                        Host host = Host::Unknown);
    // The links the project's settings and the remote's URL give; no links when the remote is
    // missing or on an unknown host (that is not an error). Errors: mistakes in `links`.
    static Result<RepositoryLinks> fromConfig(const ProjectConfig &config,
                                              const git::Repository &repository);
    // The same without a repository: `remoteUrl` stands for the remote's URL (may be empty).
    static Result<RepositoryLinks> fromConfig(const ProjectConfig &config,
                                              const QString &remoteUrl);

    bool isEmpty() const { return m_base.isEmpty() && m_commit.isEmpty(); }
    Host host() const { return m_host; }
    // The repository's web address ("https://github.com/owner/repo"); empty when unknown.
    const QString &base() const { return m_base; }

    // Each is empty when there is no template for it.
    QString commit(const QString &hash) const;
    QString compare(const QString &from, const QString &to) const;
    QString issue(const QString &number) const;
    // A pull or merge request ("!12" on GitLab).
    QString mergeRequest(const QString &number) const;
    // The same for an issue of another repository on the same host ("owner/repo#12"); empty
    // when the host has no such addresses.
    QString otherIssue(const QString &repository, const QString &number) const;

private:
    QString expand(const QString &pattern,
                   std::initializer_list<std::pair<QStringView, QString>> values) const;

    Host m_host = Host::Unknown;
    QString m_origin; // "https://github.com", for other repositories' issues
    QString m_base;
    QString m_commit;
    QString m_compare;
    QString m_issue;
    QString m_mergeRequest;
};

} // namespace rd
