// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forge/forge.h"

#include "net/httprequest.h"

namespace rd {

// GitLab CI pipelines through the REST API v4 (gitlab.com and self-hosted).
class GitLabForge : public Forge
{
public:
    GitLabForge(ForgeLocation location, net::HttpClient &client, QString token);

    Result<QList<PipelineRun>> runs(const RunFilter &filter) override;
    Result<QList<PipelineJob>> jobs(const PipelineRun &run) override;
    Status trigger(const QString &workflow, const QString &ref, const Inputs &inputs) override;
    Status rerunFailed(const PipelineRun &run) override;
    Status cancel(const PipelineRun &run) override;
    Result<QString> signedInLogin() override;

    static RunState state(const QString &status);

private:
    QUrl url(const QString &path, const QString &query = {}) const; // under /projects/ID
    net::HttpRequest request(const QByteArray &method, const QUrl &url) const;
    Status post(const QString &path, const QJsonObject &body, const QString &what);
};

} // namespace rd
