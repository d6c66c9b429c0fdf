// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositorylinks.h"

#include "git/config.h"
#include "git/repository.h"

#include <QCoreApplication>
#include <QUrl>

namespace rd {

namespace {

struct ParsedRemote
{
    QString scheme; // https or http: what the web address uses
    QString host;
    QString path; // "owner/repo", without ".git" and slashes at the ends
};

// Reads every URL form git accepts for a remote into host and path.
std::optional<ParsedRemote> parseRemote(const QString &text)
{
    const QString url = text.trimmed();
    if (url.isEmpty())
        return std::nullopt;
    ParsedRemote remote;
    remote.scheme = QStringLiteral("https");
    const qsizetype schemeEnd = url.indexOf(QStringLiteral("://"));
    if (schemeEnd > 0) {
        const QUrl parsed(url);
        if (!parsed.isValid() || parsed.host().isEmpty())
            return std::nullopt;
        const QString scheme = parsed.scheme().toLower();
        if (scheme == u"http")
            remote.scheme = scheme; // a plain-http server serves its web pages the same way
        else if (scheme != u"https" && scheme != u"ssh" && scheme != u"git" && scheme != u"git+ssh"
                 && scheme != u"ssh+git")
            return std::nullopt; // file://, or something else without web pages
        remote.host = parsed.host().toLower();
        remote.path = parsed.path();
    } else {
        // scp-like: [user@]host:path (a path before any ':' would be a local folder)
        const qsizetype colon = url.indexOf(u':');
        const qsizetype slash = url.indexOf(u'/');
        if (colon <= 0 || (slash >= 0 && slash < colon))
            return std::nullopt;
        QString host = url.left(colon);
        if (const qsizetype at = host.lastIndexOf(u'@'); at >= 0)
            host = host.mid(at + 1);
        remote.host = host.toLower();
        remote.path = url.mid(colon + 1);
    }
    while (remote.path.startsWith(u'/'))
        remote.path.remove(0, 1);
    while (remote.path.endsWith(u'/'))
        remote.path.chop(1);
    if (remote.path.endsWith(QStringLiteral(".git")))
        remote.path.chop(4);
    if (remote.host.isEmpty() || !remote.path.contains(u'/'))
        return std::nullopt;
    // GitHub's ssh service on port 443 answers at ssh.github.com.
    if (remote.host == u"ssh.github.com")
        remote.host = QStringLiteral("github.com");
    return remote;
}

RepositoryLinks::Host hostFromName(const QString &host)
{
    const QStringList labels = host.split(u'.');
    if (labels.contains(QStringLiteral("github")))
        return RepositoryLinks::Host::GitHub;
    if (labels.contains(QStringLiteral("gitlab")))
        return RepositoryLinks::Host::GitLab;
    if (labels.contains(QStringLiteral("gitea")) || labels.contains(QStringLiteral("codeberg"))
        || labels.contains(QStringLiteral("forgejo")))
        return RepositoryLinks::Host::Gitea;
    return RepositoryLinks::Host::Unknown;
}

struct Templates
{
    QString commit;
    QString compare;
    QString issue;
    QString mergeRequest;
};

Templates templatesFor(RepositoryLinks::Host host)
{
    switch (host) {
    case RepositoryLinks::Host::GitHub:
        return {QStringLiteral("{base}/commit/{hash}"),
                QStringLiteral("{base}/compare/{from}...{to}"),
                QStringLiteral("{base}/issues/{number}"),
                QStringLiteral("{base}/pull/{number}")};
    case RepositoryLinks::Host::GitLab:
        return {QStringLiteral("{base}/-/commit/{hash}"),
                QStringLiteral("{base}/-/compare/{from}...{to}"),
                QStringLiteral("{base}/-/issues/{number}"),
                QStringLiteral("{base}/-/merge_requests/{number}")};
    case RepositoryLinks::Host::Gitea:
        return {QStringLiteral("{base}/commit/{hash}"),
                QStringLiteral("{base}/compare/{from}...{to}"),
                QStringLiteral("{base}/issues/{number}"),
                QStringLiteral("{base}/pulls/{number}")};
    case RepositoryLinks::Host::Unknown:
        break;
    }
    return {};
}

std::optional<RepositoryLinks::Host> hostFromText(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == u"github")
        return RepositoryLinks::Host::GitHub;
    if (lower == u"gitlab")
        return RepositoryLinks::Host::GitLab;
    if (lower == u"gitea" || lower == u"forgejo")
        return RepositoryLinks::Host::Gitea;
    return std::nullopt;
}

} // namespace

std::optional<RepositoryLinks> RepositoryLinks::fromRemoteUrl(const QString &url, Host host)
{
    const auto remote = parseRemote(url);
    if (!remote)
        return std::nullopt;
    if (host == Host::Unknown)
        host = hostFromName(remote->host);
    if (host == Host::Unknown)
        return std::nullopt;
    RepositoryLinks links;
    links.m_host = host;
    links.m_origin = remote->scheme + QStringLiteral("://") + remote->host;
    links.m_base = links.m_origin + u'/' + remote->path;
    const Templates templates = templatesFor(host);
    links.m_commit = templates.commit;
    links.m_compare = templates.compare;
    links.m_issue = templates.issue;
    links.m_mergeRequest = templates.mergeRequest;
    return links;
}

Result<RepositoryLinks> RepositoryLinks::fromConfig(const ProjectConfig &config,
                                                    const git::Repository &repository)
{
    const ConfigValue section = config[QStringLiteral("links")];
    auto remoteName = section.isMap()
                              ? section[QStringLiteral("remote")].toString(QStringLiteral("origin"))
                              : Result<QString>(QStringLiteral("origin"));
    if (!remoteName)
        return std::unexpected(remoteName.error());
    QString url;
    if (auto gitConfig = repository.config()) {
        url = gitConfig->string(QStringLiteral("remote.%1.url").arg(*remoteName))
                      .value_or(QString());
    }
    return fromConfig(config, url);
}

Result<RepositoryLinks> RepositoryLinks::fromConfig(const ProjectConfig &config,
                                                    const QString &remoteUrl)
{
    const ConfigValue section = config[QStringLiteral("links")];
    if (!section.isDefined())
        return fromRemoteUrl(remoteUrl).value_or(RepositoryLinks());
    if (!section.isMap()) {
        auto enabled = section.toBool(true);
        if (!enabled)
            return fail(section.error(
                    QCoreApplication::translate("rd::changelog",
                                                "expected false (no links) or a map of "
                                                "link settings (remote, type, base, "
                                                "commit, compare, issue, merge-request)")));
        return *enabled ? fromRemoteUrl(remoteUrl).value_or(RepositoryLinks()) : RepositoryLinks();
    }
    if (const QList<Error> unknown = section.unknownKeys({QStringLiteral("remote"),
                                                          QStringLiteral("type"),
                                                          QStringLiteral("base"),
                                                          QStringLiteral("commit"),
                                                          QStringLiteral("compare"),
                                                          QStringLiteral("issue"),
                                                          QStringLiteral("merge-request")});
        !unknown.isEmpty())
        return fail(unknown.first());

    Host host = Host::Unknown;
    const ConfigValue typeValue = section[QStringLiteral("type")];
    auto type = typeValue.toString();
    if (!type)
        return std::unexpected(type.error());
    if (!type->isEmpty()) {
        const auto known = hostFromText(*type);
        if (!known)
            return fail(typeValue.error(
                    QCoreApplication::translate("rd::changelog",
                                                "expected github, gitlab or gitea (for "
                                                "other hosts, give the commit, compare "
                                                "and issue templates)")));
        host = *known;
    }

    RepositoryLinks links = fromRemoteUrl(remoteUrl, host).value_or(RepositoryLinks());
    if (host != Host::Unknown && links.m_host == Host::Unknown)
        links.m_host = host;
    const ConfigValue baseValue = section[QStringLiteral("base")];
    auto base = baseValue.toString();
    if (!base)
        return std::unexpected(base.error());
    if (!base->isEmpty()) {
        const QUrl url(base->trimmed());
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != u"https" && url.scheme() != u"http"))
            return fail(baseValue.error(
                    QCoreApplication::translate("rd::changelog",
                                                "expected the repository's web address, "
                                                "such as https://code.example.org/team/"
                                                "app")));
        QString clean = base->trimmed();
        while (clean.endsWith(u'/'))
            clean.chop(1);
        links.m_base = clean;
        links.m_origin = url.scheme() + QStringLiteral("://") + url.authority();
        if (links.m_commit.isEmpty()) {
            const Templates templates = templatesFor(links.m_host);
            links.m_commit = templates.commit;
            links.m_compare = templates.compare;
            links.m_issue = templates.issue;
            links.m_mergeRequest = templates.mergeRequest;
        }
    }
    const auto override = [&](const char16_t *key, QString &target) -> Status {
        const ConfigValue value = section[QString::fromUtf16(key)];
        auto text = value.toString(target);
        if (!text)
            return std::unexpected(text.error());
        if (value.isDefined() && text->contains(u"{base}") && links.m_base.isEmpty())
            return fail(
                    value.error(QCoreApplication::translate("rd::changelog",
                                                            "uses {base}, but the repository's web "
                                                            "address is unknown: set links.base")));
        target = text->trimmed();
        return {};
    };
    for (const auto &[key, target] :
         {std::pair<const char16_t *, QString *>{u"commit", &links.m_commit},
          {u"compare", &links.m_compare},
          {u"issue", &links.m_issue},
          {u"merge-request", &links.m_mergeRequest}}) {
        if (auto set = override(key, *target); !set)
            return std::unexpected(set.error());
    }
    return links;
}

QString RepositoryLinks::expand(const QString &pattern,
                                std::initializer_list<std::pair<QStringView, QString>> values) const
{
    if (pattern.isEmpty())
        return {};
    QString result = pattern;
    result.replace(QStringLiteral("{base}"), m_base);
    for (const auto &[name, value] : values)
        result.replace(QStringLiteral("{%1}").arg(name), value);
    return result;
}

QString RepositoryLinks::commit(const QString &hash) const
{
    return expand(m_commit, {{u"hash", hash}, {u"short", hash.left(7)}});
}

QString RepositoryLinks::compare(const QString &from, const QString &to) const
{
    return expand(m_compare, {{u"from", from}, {u"to", to}});
}

QString RepositoryLinks::issue(const QString &number) const
{
    return expand(m_issue, {{u"number", number}});
}

QString RepositoryLinks::mergeRequest(const QString &number) const
{
    return expand(m_mergeRequest.isEmpty() ? m_issue : m_mergeRequest, {{u"number", number}});
}

QString RepositoryLinks::otherIssue(const QString &repository, const QString &number) const
{
    if (m_origin.isEmpty() || m_host == Host::Unknown)
        return {};
    const Templates templates = templatesFor(m_host);
    QString result = templates.issue;
    result.replace(QStringLiteral("{base}"), m_origin + u'/' + repository);
    result.replace(QStringLiteral("{number}"), number);
    return result;
}

} // namespace rd
