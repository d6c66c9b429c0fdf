// SPDX-License-Identifier: GPL-3.0-or-later
#include "forge.h"

#include "forge/githubforge.h"
#include "forge/gitlabforge.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace rd {

std::unique_ptr<Forge> Forge::create(const ForgeLocation &location,
                                     net::HttpClient &client,
                                     const QString &token)
{
    if (location.type == ForgeLocation::Type::GitLab)
        return std::make_unique<GitLabForge>(location, client, token);
    return std::make_unique<GitHubForge>(location, client, token);
}

Result<QList<PipelineRun>> Forge::runsWithJobs(const RunFilter &filter)
{
    auto found = runs(filter);
    if (!found)
        return found;
    for (PipelineRun &run : *found) {
        auto jobsOfRun = jobs(run);
        if (!jobsOfRun)
            return std::unexpected(jobsOfRun.error());
        run.jobs = std::move(*jobsOfRun);
    }
    return found;
}

Status Forge::send(const net::HttpRequest &request, const QString &what)
{
    auto response = m_client.send(request);
    if (!response)
        return fail(response.error().code,
                    what + QCoreApplication::translate("rd::forge", " failed: ")
                            + response.error().message,
                    response.error().source);
    return {};
}

Result<QString> Forge::userLogin(const net::HttpRequest &request, QStringView field)
{
    if (m_token.isEmpty())
        return fail(errc::forgeNoToken,
                    QCoreApplication::translate("rd::forge",
                                                "%1 is read without a token, so it cannot say "
                                                "who you are. Sign in with a token to see your "
                                                "own runs.")
                            .arg(m_location.describe()),
                    request.url.toString());
    auto user = m_client.sendJson(request);
    if (!user)
        return fail(user.error());
    const QString login = user->object().value(field).toString();
    if (login.isEmpty())
        return fail(errc::forgeInvalid,
                    QCoreApplication::translate("rd::forge",
                                                "%1 answered the question who the token belongs "
                                                "to without a \"%2\".")
                            .arg(m_location.describe(), field.toString()),
                    request.url.toString());
    return login;
}

} // namespace rd
