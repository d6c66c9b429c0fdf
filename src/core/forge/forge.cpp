// SPDX-License-Identifier: GPL-3.0-or-later
#include "forge.h"

#include "forge/githubforge.h"
#include "forge/gitlabforge.h"
#include "net/httpclient.h"

#include <QCoreApplication>

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

} // namespace rd
