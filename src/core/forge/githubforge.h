// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forge/forge.h"

#include "net/httprequest.h"

namespace rd {

// GitHub Actions through the REST API (github.com and Enterprise).
class GitHubForge : public Forge
{
public:
    GitHubForge(ForgeLocation location, net::HttpClient &client, QString token);

    Result<QList<PipelineRun>> runs(const RunFilter &filter) override;
    Result<QList<PipelineJob>> jobs(const PipelineRun &run) override;
    Status trigger(const QString &workflow, const QString &ref, const Inputs &inputs) override;
    Status rerunFailed(const PipelineRun &run) override;
    Status cancel(const PipelineRun &run) override;
    Result<QString> signedInLogin() override;

    // status + conclusion → the common state.
    static RunState state(const QString &status, const QString &conclusion);
    // A request to GitHub's REST API with its media type, API version and `token`.
    static net::HttpRequest apiRequest(const QByteArray &method,
                                       const QUrl &url,
                                       const QString &token);

private:
    QUrl url(const QString &path) const; // under /repos/OWNER/NAME
    net::HttpRequest request(const QByteArray &method, const QUrl &url) const;
    Status post(const QString &path, const QJsonObject &body, const QString &what);
};

} // namespace rd
