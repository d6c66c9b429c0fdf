// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forge/forgelocation.h"
#include "forge/forgetoken.h"
#include "publish/githubreleaseapi.h"
#include "publish/npmpublishstep.h" // the publish steps' shared errc codes
#include "release/releasestep.h"

#include <memory>

namespace rd {

// Publishes the forge release of a tag that is already pushed: the changelog section as its
// notes, the planned files as its assets. GitHub and GitLab, dispatched on the forge's type;
// the journal's JSON is the same for both. Neither ever leaves a half-filled public release.
//
// GitHub: draft → upload each asset → publish (with the prerelease flag from the version); a
// resume finds the draft by its tag and fills it up. The forge is asked first: a published
// release with the planned assets (name, size and, where the API gives one, the sha256
// digest) is done; one with other or missing assets stops the release naming them (a
// published release is never edited or deleted). A create answered with 422 already_exists, a
// 5xx or a lost connection is looked up again instead of creating a second release. The token:
// keychain, then GITHUB_TOKEN/GH_TOKEN.
//
// GitLab (see GitLabReleaseFlow): no drafts, so the assets go first into the project's generic
// package registry and are read back, then the release is created with one link per file; a
// 409 or 5xx on the create is looked up by the tag. GitLab has no prerelease flag: it is
// ignored there. The token: keychain, then GITLAB_TOKEN (sent as PRIVATE-TOKEN).
//
// Afterwards the release is read back by its tag until it has every asset. The token is looked
// up when the step runs.
class ForgeReleaseStep : public ReleaseStep
{
public:
    static constexpr QStringView kindName = u"publish-forge-release";

    struct Data
    {
        ForgeLocation forge;
        QString tag;   // "v1.4.0"
        QString name;  // the release's title
        QString notes; // markdown
        bool prerelease = false;
        QList<PlannedAsset> assets;
        int verifyTimeoutMs = 60000;
    };

    explicit ForgeReleaseStep(Data data);
    // `forge` is where the project lives (ForgeConnection::locate); reads each asset now and
    // fixes its size and sha256. Error when an asset cannot be read, two share a file name,
    // the tag is empty, or (GitLab with assets) the tag is no generic package version.
    static Result<std::unique_ptr<ForgeReleaseStep>> plan(const ForgeLocation &forge,
                                                          const QString &tag,
                                                          const QString &name,
                                                          const QString &notes,
                                                          bool prerelease,
                                                          const QStringList &assets);
    static Result<std::unique_ptr<ReleaseStep>> fromJson(const QJsonObject &json);
    // The asset's bytes, read again when it is uploaded; an error when the file is gone or no
    // longer has the planned sha256.
    static Result<QByteArray> assetBytes(const PlannedAsset &asset);

    const Data &data() const { return m_data; }
    QString kind() const override { return kindName.toString(); }
    QString id() const override { return kind() + u':' + m_data.tag; }
    QString title() const override;
    QString details() const override;
    QJsonObject toJson() const override;
    bool changesRemote() const override { return true; }

    // Result: {"forge", "tag", "release-id" (GitHub), "package" (GitLab), "url",
    // "assets": [names], "verified"}.
    Result<std::optional<QJsonObject>> checkDone(StepContext &context) const override;
    Result<QJsonObject> execute(StepContext &context) override;
    Status undoLocal(StepContext &context, const QJsonObject &result) override;
    Result<QStringList> remoteEffects(StepContext &context,
                                      const QJsonObject &result) const override;
    // Logs that the release stays: a published release may already have been downloaded.
    Status undoRemote(StepContext &context, const QJsonObject &result) override;

private:
    const ForgeToken &token(const StepContext &context) const;
    // Done result for a published release with the planned assets, a conflict otherwise.
    Result<QJsonObject> judgePublished(const GitHubRelease &release) const;
    // The draft to fill: the one with the tag, else a new one.
    Result<GitHubRelease> draft(GitHubReleaseApi &api, StepContext &context) const;
    Status uploadAssets(GitHubReleaseApi &api, GitHubRelease &release, StepContext &context) const;
    Result<QJsonObject> verify(GitHubReleaseApi &api, StepContext &context) const;
    // A 401/403/404 while `what` said in the step's words; other errors unchanged.
    Error explain(const Error &error, const QString &what, const StepContext &context) const;
    Data m_data;
    mutable std::optional<ForgeToken> m_token;
};

} // namespace rd
