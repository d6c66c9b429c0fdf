// SPDX-License-Identifier: GPL-3.0-or-later
#include "forgelocation.h"

#include "config/configvalue.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd {

namespace {

struct RemoteParts
{
    QString host; // without port or user
    QString path; // owner/name, without .git and slashes around
};

std::optional<RemoteParts> splitRemote(const QString &url)
{
    RemoteParts parts;
    // scp-like syntax: [user@]host:path (no "://").
    static const QRegularExpression scpLike(QStringLiteral("^(?:[^@/]+@)?([^:/]+):(?!//)(.+)$"));
    if (!url.contains(u"://")) {
        const auto match = scpLike.match(url);
        if (!match.hasMatch())
            return std::nullopt;
        parts.host = match.captured(1);
        parts.path = match.captured(2);
    } else {
        const QUrl parsed(url);
        if (!parsed.isValid() || parsed.host().isEmpty())
            return std::nullopt;
        parts.host = parsed.host();
        parts.path = parsed.path();
    }
    parts.host = parts.host.toLower();
    while (parts.path.startsWith(u'/'))
        parts.path.remove(0, 1);
    while (parts.path.endsWith(u'/'))
        parts.path.chop(1);
    if (parts.path.endsWith(u".git"))
        parts.path.chop(4);
    if (parts.path.count(u'/') < 1 || parts.path.contains(u"//"))
        return std::nullopt;
    return parts;
}

} // namespace

Result<ForgeLocation> ForgeLocation::fromRemoteUrl(const QString &url)
{
    const auto parts = splitRemote(url);
    if (!parts)
        return fail(errc::forgeUnknown,
                    QCoreApplication::translate(
                            "rd::forge",
                            "The remote URL \"%1\" does not name a project on a forge "
                            "(expected https://HOST/OWNER/NAME or git@HOST:OWNER/NAME). "
                            "Set forge: type, api and project in .releasedesk.yml.")
                            .arg(url),
                    url);
    ForgeLocation location;
    location.project = parts->path;
    const QString &host = parts->host;
    const QString firstLabel = host.section(u'.', 0, 0);
    if (host == u"github.com" || host == u"www.github.com") {
        location.type = Type::GitHub;
        location.api = QUrl(QStringLiteral("https://api.github.com"));
    } else if (firstLabel == u"github" || host.endsWith(u".ghe.com")) {
        location.type = Type::GitHub;
        location.api = QUrl(QStringLiteral("https://%1/api/v3").arg(host));
    } else if (host == u"gitlab.com" || firstLabel == u"gitlab") {
        location.type = Type::GitLab;
        location.api = QUrl(QStringLiteral("https://%1/api/v4").arg(host));
    } else {
        return fail(errc::forgeUnknown,
                    QCoreApplication::translate(
                            "rd::forge",
                            "Cannot tell which forge %1 is (GitHub or GitLab). Set it in "
                            ".releasedesk.yml:\n  forge:\n    type: github   # or gitlab\n"
                            "    api: https://%1/api/v3   # GitLab: /api/v4")
                            .arg(host),
                    url);
    }
    if (location.type == Type::GitHub && location.project.count(u'/') != 1)
        return fail(errc::forgeUnknown,
                    QCoreApplication::translate(
                            "rd::forge", "\"%1\" is not a GitHub repository path (OWNER/NAME).")
                            .arg(location.project),
                    url);
    return location;
}

Result<std::optional<ForgeLocation>> ForgeLocation::fromConfig(const ConfigValue &forge,
                                                               const QString &remoteUrl)
{
    if (!forge.isDefined())
        return std::optional<ForgeLocation>();
    if (!forge.isMap())
        return fail(forge.error(
                QCoreApplication::translate("rd::forge",
                                            "expected a mapping with type, api and project")));
    auto typeText = forge[QStringLiteral("type")].toString();
    if (!typeText)
        return fail(typeText.error());
    auto apiText = forge[QStringLiteral("api")].toString();
    if (!apiText)
        return fail(apiText.error());
    auto project = forge[QStringLiteral("project")].toString();
    if (!project)
        return fail(project.error());
    if (typeText->isEmpty() && apiText->isEmpty() && project->isEmpty())
        return std::optional<ForgeLocation>(); // only other forge settings

    ForgeLocation location;
    std::optional<ForgeLocation> fromRemote;
    if (auto detected = fromRemoteUrl(remoteUrl))
        fromRemote = *detected;
    if (typeText->isEmpty()) {
        if (!fromRemote)
            return fail(forge[QStringLiteral("type")].isDefined()
                                ? forge[QStringLiteral("type")].error(
                                        QCoreApplication::translate("rd::forge", "is empty"))
                                : forge.error(QCoreApplication::translate(
                                        "rd::forge", "type is missing: github or gitlab")));
        location.type = fromRemote->type;
    } else if (*typeText == u"github") {
        location.type = Type::GitHub;
    } else if (*typeText == u"gitlab") {
        location.type = Type::GitLab;
    } else {
        return fail(forge[QStringLiteral("type")].error(
                QCoreApplication::translate("rd::forge",
                                            "\"%1\" is not a forge type; use github or gitlab")
                        .arg(*typeText)));
    }
    const bool sameKind = fromRemote && fromRemote->type == location.type;
    if (!apiText->isEmpty()) {
        QString text = *apiText;
        while (text.endsWith(u'/'))
            text.chop(1);
        location.api = QUrl(text);
        if (!location.api.isValid() || location.api.host().isEmpty()
            || (location.api.scheme() != u"https" && location.api.scheme() != u"http"))
            return fail(forge[QStringLiteral("api")].error(
                    QCoreApplication::translate("rd::forge", "\"%1\" is not an http(s) URL")
                            .arg(*apiText)));
    } else if (sameKind) {
        location.api = fromRemote->api;
    } else {
        location.api = QUrl(location.type == Type::GitHub
                                    ? QStringLiteral("https://api.github.com")
                                    : QStringLiteral("https://gitlab.com/api/v4"));
    }
    if (!project->isEmpty())
        location.project = *project;
    else if (fromRemote)
        location.project = fromRemote->project;
    else
        return fail(
                forge.error(QCoreApplication::translate("rd::forge",
                                                        "project is missing (OWNER/NAME; GitLab: "
                                                        "GROUP/SUBGROUP/NAME)")));
    if (location.project.count(u'/') < 1
        || (location.type == Type::GitHub && location.project.count(u'/') != 1))
        return fail(forge[QStringLiteral("project")].error(
                QCoreApplication::translate("rd::forge",
                                            "\"%1\" is not a project path (OWNER/NAME; GitLab: "
                                            "GROUP/SUBGROUP/NAME)")
                        .arg(location.project)));
    return std::optional<ForgeLocation>(location);
}

QString ForgeLocation::describe() const
{
    return (type == Type::GitHub ? QStringLiteral("GitHub ") : QStringLiteral("GitLab ")) + project
           + QStringLiteral(" at ") + api.toString(QUrl::RemoveUserInfo);
}

} // namespace rd
