// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forge/forgetoken.h"
#include "publish/forgereleasestep.h"
#include "publish/gitlabreleaseapi.h"

namespace rd {

struct StepContext;

// The GitLab half of ForgeReleaseStep. GitLab has no draft releases, and a release is public
// the moment it exists, so the order is: each asset into the project's generic package
// registry (package GitLabReleaseApi::packageName(project), the tag as its version) → read the
// package back → create the release with one link per asset (link_type package, the file name
// as its direct_asset_path). A run killed anywhere leaves at most package files, which are not
// a release; a resume reads them back, uploads only what is missing and creates the release
// once. A file of a planned name with another sha256 or size stops the release naming it (a
// package file is never overwritten or deleted). A create answered 409, 5xx, or cut off is
// looked up by its tag instead of created again; an existing release with missing, different
// or other links is a conflict naming them, never edited or deleted. Done means: the release
// exists with exactly the planned links, and every linked package file has the planned size
// and sha256 (read back through the package_files API).
class GitLabReleaseFlow
{
public:
    GitLabReleaseFlow(const ForgeReleaseStep::Data &data,
                      const ForgeToken &token,
                      StepContext &context);

    Result<std::optional<QJsonObject>> checkDone();
    Result<QJsonObject> execute();
    Result<QStringList> remoteEffects();

    // The links the release is planned with, pointing at the generic package's files.
    static QList<ReleaseLink> plannedLinks(const GitLabReleaseApi &api,
                                           const ForgeReleaseStep::Data &data);
    // `error` met while `what`, in words that say what to do on GitLab (401, 403, 404, 429,
    // 5xx, timeouts and dropped connections each their own); other errors unchanged.
    static Error explain(const Error &error,
                         const QString &what,
                         const QString &forge,
                         const QString &tokenSource);

private:
    // The done result for a release with the planned links and files, a conflict otherwise.
    Result<QJsonObject> judge(const GitLabRelease &release);
    // Uploads the assets the package lacks; a conflict for one that holds other bytes.
    Status uploadAssets();
    Result<QJsonObject> verify();
    Error explain(const Error &error, const QString &what) const;
    QString package() const;

    const ForgeReleaseStep::Data &m_data;
    const ForgeToken &m_token;
    StepContext &m_context;
    GitLabReleaseApi m_api;
};

} // namespace rd
