// SPDX-License-Identifier: GPL-3.0-or-later
#include "forgereleasestep.h"

#include "publish/gitlabreleaseflow.h"
#include "publish/publishsupport.h"
#include "release/stepcontext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QThread>

namespace rd {

using publish::log;
using publish::mayHaveLanded;

namespace {

QJsonObject locationJson(const ForgeLocation &location)
{
    return {{QStringLiteral("type"), location.typeName()},
            {QStringLiteral("api"), location.api.toString()},
            {QStringLiteral("project"), location.project}};
}

// The asset file's bytes.
Result<QByteArray> readAsset(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(errc::publishArtifact,
                    QCoreApplication::translate("rd::publish",
                                                "Cannot read the release asset %1: %2. Build it "
                                                "first, or leave it out of the release's assets.")
                            .arg(path, file.errorString()),
                    path);
    return file.readAll();
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

ForgeReleaseStep::ForgeReleaseStep(Data data)
    : m_data(std::move(data))
{}

Result<std::unique_ptr<ForgeReleaseStep>> ForgeReleaseStep::plan(const ForgeLocation &forge,
                                                                 const QString &tag,
                                                                 const QString &name,
                                                                 const QString &notes,
                                                                 bool prerelease,
                                                                 const QStringList &assets)
{
    if (forge.type == ForgeLocation::Type::GitLab) {
        if (!forge.api.isValid() || !forge.project.contains(u'/') || tag.trimmed().isEmpty())
            return fail(errc::forgeInvalid,
                        QCoreApplication::translate("rd::publish",
                                                    "A GitLab release needs the API address "
                                                    "(…/api/v4), the project's path as "
                                                    "group/name and a tag; got \"%1\", \"%2\" "
                                                    "and \"%3\".")
                                .arg(net::displayUrl(forge.api), forge.project, tag),
                        forge.project);
        if (!assets.isEmpty() && !GitLabReleaseApi::isPackageVersion(tag))
            return fail(errc::forgeInvalid,
                        QCoreApplication::translate("rd::publish",
                                                    "The tag %1 cannot be the version of a "
                                                    "GitLab generic package, where the release's "
                                                    "assets go: use letters, digits and . _ + - "
                                                    "only, or release without assets.")
                                .arg(tag),
                        forge.project);
    } else if (!forge.api.isValid() || forge.project.count(u'/') != 1 || tag.trimmed().isEmpty()) {
        return fail(errc::forgeInvalid,
                    QCoreApplication::translate("rd::publish",
                                                "A GitHub release needs the API address, the "
                                                "project as owner/name and a tag; got \"%1\", "
                                                "\"%2\" and \"%3\".")
                            .arg(net::displayUrl(forge.api), forge.project, tag),
                    forge.project);
    }
    Data data;
    data.forge = forge;
    data.tag = tag;
    data.name = name.isEmpty() ? tag : name;
    data.notes = notes;
    data.prerelease = prerelease;
    QSet<QString> names;
    for (const QString &path : assets) {
        auto bytes = readAsset(path);
        if (!bytes)
            return fail(bytes.error());
        PlannedAsset asset;
        asset.path = QFileInfo(path).absoluteFilePath();
        asset.name = QFileInfo(path).fileName();
        asset.size = bytes->size();
        asset.sha256 = sha256Of(*bytes);
        if (names.contains(asset.name))
            return fail(errc::publishArtifact,
                        QCoreApplication::translate("rd::publish",
                                                    "Two release assets are named %1: a release "
                                                    "holds one file of each name. Rename one.")
                                .arg(asset.name),
                        path);
        names.insert(asset.name);
        data.assets.append(asset);
    }
    return std::make_unique<ForgeReleaseStep>(std::move(data));
}

Result<std::unique_ptr<ReleaseStep>> ForgeReleaseStep::fromJson(const QJsonObject &json)
{
    Data data;
    const QJsonObject forge = json.value(u"forge").toObject();
    const QString type = forge.value(u"type").toString();
    data.forge.type = type == u"gitlab" ? ForgeLocation::Type::GitLab : ForgeLocation::Type::GitHub;
    data.forge.api = QUrl(forge.value(u"api").toString());
    data.forge.project = forge.value(u"project").toString();
    data.tag = json.value(u"tag").toString();
    data.name = json.value(u"name").toString();
    data.notes = json.value(u"notes").toString();
    data.prerelease = json.value(u"prerelease").toBool();
    data.verifyTimeoutMs = json.value(u"verify-timeout-ms").toInt(60000);
    bool complete = (type == u"github" || type == u"gitlab") && data.forge.api.isValid()
                    && !data.forge.project.isEmpty() && !data.tag.isEmpty();
    for (const QJsonValue &value : json.value(u"assets").toArray()) {
        const QJsonObject object = value.toObject();
        PlannedAsset asset{object.value(u"path").toString(),
                           object.value(u"name").toString(),
                           object.value(u"size").toInteger(-1),
                           object.value(u"sha256").toString()};
        complete = complete && !asset.path.isEmpty() && !asset.name.isEmpty() && asset.size >= 0
                   && asset.sha256.size() == 64;
        data.assets.append(asset);
    }
    if (!complete)
        return fail(errc::badPlan,
                    QCoreApplication::translate(
                            "rd::publish",
                            "A forge release step lacks its forge, tag or an asset's path, "
                            "name, size or sha256."));
    return std::unique_ptr<ReleaseStep>(std::make_unique<ForgeReleaseStep>(std::move(data)));
}

Result<QByteArray> ForgeReleaseStep::assetBytes(const PlannedAsset &asset)
{
    auto bytes = readAsset(asset.path);
    if (!bytes)
        return bytes;
    if (sha256Of(*bytes) != asset.sha256)
        return fail(errc::publishArtifact,
                    QCoreApplication::translate("rd::publish",
                                                "The release asset %1 changed since the release "
                                                "was planned (now sha256:%2, planned sha256:%3): "
                                                "abort the release and plan it again.")
                            .arg(asset.path, sha256Of(*bytes), asset.sha256),
                    asset.path);
    return bytes;
}

QString ForgeReleaseStep::title() const
{
    return QCoreApplication::translate("rd::publish", "Publish the release %1 on %2")
            .arg(m_data.tag, m_data.forge.describe());
}

QString ForgeReleaseStep::details() const
{
    QStringList assets;
    for (const PlannedAsset &asset : m_data.assets)
        assets.append(QStringLiteral("%1 (%2 bytes, sha256:%3)")
                              .arg(asset.name)
                              .arg(asset.size)
                              .arg(asset.sha256));
    return QCoreApplication::translate("rd::publish",
                                       "Forge: %1\nTag: %2\nName: %3\nPre-release: %4\nAssets: %5")
            .arg(m_data.forge.describe(),
                 m_data.tag,
                 m_data.name,
                 m_data.prerelease ? QCoreApplication::translate("rd::publish", "yes")
                                   : QCoreApplication::translate("rd::publish", "no"),
                 assets.isEmpty() ? QCoreApplication::translate("rd::publish", "none")
                                  : assets.join(QStringLiteral(", ")));
}

QJsonObject ForgeReleaseStep::toJson() const
{
    QJsonArray assets;
    for (const PlannedAsset &asset : m_data.assets)
        assets.append(QJsonObject{{QStringLiteral("path"), asset.path},
                                  {QStringLiteral("name"), asset.name},
                                  {QStringLiteral("size"), double(asset.size)},
                                  {QStringLiteral("sha256"), asset.sha256}});
    return QJsonObject{{QStringLiteral("forge"), locationJson(m_data.forge)},
                       {QStringLiteral("tag"), m_data.tag},
                       {QStringLiteral("name"), m_data.name},
                       {QStringLiteral("notes"), m_data.notes},
                       {QStringLiteral("prerelease"), m_data.prerelease},
                       {QStringLiteral("assets"), assets},
                       {QStringLiteral("verify-timeout-ms"), m_data.verifyTimeoutMs}};
}

const ForgeToken &ForgeReleaseStep::token(const StepContext &context) const
{
    if (!m_token)
        m_token = ForgeToken::find(m_data.forge,
                                   ForgeToken::standardSources(m_data.forge, &context.repository));
    return *m_token;
}

Error ForgeReleaseStep::explain(const Error &error,
                                const QString &what,
                                const StepContext &context) const
{
    const QString forge = m_data.forge.describe();
    const QString source = token(context).source.isEmpty()
                                   ? QCoreApplication::translate("rd::publish", "no token")
                                   : token(context).source;
    if (error.is(errc::netUnauthorized))
        return Error{error.code,
                     QCoreApplication::translate("rd::publish",
                                                 "%1 refused the token (%2) while %3 (HTTP 401): "
                                                 "it is missing, expired or revoked. Store a "
                                                 "valid token in the keychain or set "
                                                 "GITHUB_TOKEN, then resume the release.")
                             .arg(forge, source, what),
                     error.source};
    if (error.is(errc::netForbidden))
        return Error{error.code,
                     QCoreApplication::translate("rd::publish",
                                                 "%1 does not let the token (%2) do this: %3 "
                                                 "(HTTP 403). It needs write access to the "
                                                 "repository's contents (the repo scope, or "
                                                 "contents: write).")
                             .arg(forge, source, what),
                     error.source};
    if (error.is(errc::netNotFound))
        return Error{error.code,
                     QCoreApplication::translate("rd::publish",
                                                 "%1 was not found while %2 (HTTP 404): check "
                                                 "the forge's api and project, and that the "
                                                 "token (%3) can see the repository.")
                             .arg(forge, what, source),
                     error.source};
    return error;
}

Result<QJsonObject> ForgeReleaseStep::judgePublished(const GitHubRelease &release) const
{
    const AssetComparison comparison = GitHubReleaseApi::compare(m_data.assets, release.assets);
    if (!comparison.matches()) {
        QStringList problems;
        if (!comparison.missing.isEmpty())
            problems.append(QCoreApplication::translate("rd::publish", "missing: %1")
                                    .arg(comparison.missing.join(QStringLiteral(", "))));
        if (!comparison.different.isEmpty())
            problems.append(QCoreApplication::translate("rd::publish", "different: %1")
                                    .arg(comparison.different.join(QStringLiteral("; "))));
        if (!comparison.unfinished.isEmpty())
            problems.append(QCoreApplication::translate("rd::publish", "unfinished: %1")
                                    .arg(comparison.unfinished.join(QStringLiteral(", "))));
        return fail(errc::publishConflict,
                    QCoreApplication::translate("rd::publish",
                                                "%1 already has a published release %2 with other "
                                                "assets (%3). A published release is never "
                                                "changed: fix it on the forge by hand, or release "
                                                "the next version.")
                            .arg(m_data.forge.describe(), m_data.tag, problems.join(u' ')),
                    release.htmlUrl.toString());
    }
    QJsonArray names;
    for (const PlannedAsset &asset : m_data.assets)
        names.append(asset.name);
    return QJsonObject{{QStringLiteral("forge"), m_data.forge.describe()},
                       {QStringLiteral("tag"), m_data.tag},
                       {QStringLiteral("release-id"), double(release.id)},
                       {QStringLiteral("url"), release.htmlUrl.toString()},
                       {QStringLiteral("assets"), names}};
}

Result<std::optional<QJsonObject>> ForgeReleaseStep::checkDone(StepContext &context) const
{
    if (m_data.forge.type == ForgeLocation::Type::GitLab)
        return GitLabReleaseFlow(m_data, token(context), context).checkDone();
    GitHubReleaseApi api(m_data.forge, token(context).secret);
    auto published = api.publishedByTag(m_data.tag);
    if (!published)
        return fail(explain(published.error(),
                            QCoreApplication::translate("rd::publish", "reading release %1")
                                    .arg(m_data.tag),
                            context));
    if (!*published)
        return std::optional<QJsonObject>(); // none, or still a draft
    auto done = judgePublished(**published);
    if (!done)
        return fail(done.error());
    return std::optional<QJsonObject>(*done);
}

Result<GitHubRelease> ForgeReleaseStep::draft(GitHubReleaseApi &api, StepContext &context) const
{
    const QString finding = QCoreApplication::translate("rd::publish", "looking for release %1")
                                    .arg(m_data.tag);
    auto existing = api.findByTag(m_data.tag);
    if (!existing)
        return fail(explain(existing.error(), finding, context));
    if (*existing) {
        log(context,
            QCoreApplication::translate("rd::publish",
                                        "Continuing the release %1 already on %2 (id %3).")
                    .arg(m_data.tag, m_data.forge.describe())
                    .arg((*existing)->id));
        return **existing;
    }
    log(context,
        QCoreApplication::translate("rd::publish",
                                    "Creating the draft release %1 on %2 (token from %3).")
                .arg(m_data.tag, m_data.forge.describe(), token(context).source));
    auto created = api.createDraft(m_data.tag, m_data.name, m_data.notes, m_data.prerelease);
    if (created)
        return *created;
    const Error &error = created.error();
    if (!error.is(errc::forgeReleaseExists) && !mayHaveLanded(error))
        return fail(explain(error,
                            QCoreApplication::translate("rd::publish", "creating release %1")
                                    .arg(m_data.tag),
                            context));
    // Another run created it, or the forge stored it before the failure reached us: continue
    // that release rather than making a second one.
    log(context,
        QCoreApplication::translate("rd::publish",
                                    "Creating the release failed (%1); looking it up on the "
                                    "forge.")
                .arg(error.message));
    auto again = api.findByTag(m_data.tag);
    if (!again)
        return fail(explain(again.error(), finding, context));
    if (!*again)
        return fail(error);
    return **again;
}

Status ForgeReleaseStep::uploadAssets(GitHubReleaseApi &api,
                                      GitHubRelease &release,
                                      StepContext &context) const
{
    for (const PlannedAsset &asset : m_data.assets) {
        const AssetComparison there = GitHubReleaseApi::compare({asset}, release.assets);
        if (there.matches()) {
            log(context,
                QCoreApplication::translate("rd::publish", "Asset %1 is already on the draft.")
                        .arg(asset.name));
            continue;
        }
        if (there.missing.isEmpty())
            return fail(errc::publishConflict,
                        QCoreApplication::translate(
                                "rd::publish",
                                "The draft release %1 on %2 holds another file named %3 (%4). "
                                "Delete that asset from the draft on the forge, then resume the "
                                "release.")
                                .arg(m_data.tag,
                                     m_data.forge.describe(),
                                     asset.name,
                                     (there.different + there.unfinished).join(u' ')),
                        release.htmlUrl.toString());
        auto bytes = assetBytes(asset);
        if (!bytes)
            return fail(bytes.error());
        log(context,
            QCoreApplication::translate("rd::publish", "Uploading %1 (%2 bytes).")
                    .arg(asset.name)
                    .arg(asset.size));
        const QString uploading = QCoreApplication::translate("rd::publish",
                                                              "uploading %1 to release %2")
                                          .arg(asset.name, m_data.tag);
        auto uploaded = api.upload(release, asset.name, *bytes);
        if (uploaded) {
            release.assets.append(*uploaded);
            continue;
        }
        const Error &error = uploaded.error();
        if (!error.is(errc::forgeReleaseExists) && !mayHaveLanded(error))
            return fail(explain(error, uploading, context));
        // It may be there after all: read the draft again and judge the asset.
        log(context,
            QCoreApplication::translate("rd::publish",
                                        "Uploading %1 failed (%2); checking whether the forge "
                                        "stored it.")
                    .arg(asset.name, error.message));
        auto reread = api.findByTag(m_data.tag);
        if (!reread)
            return fail(explain(reread.error(), uploading, context));
        if (!*reread || !GitHubReleaseApi::compare({asset}, (*reread)->assets).matches())
            return fail(error);
        release = **reread;
    }
    return {};
}

Result<QJsonObject> ForgeReleaseStep::verify(GitHubReleaseApi &api, StepContext &context) const
{
    QDeadlineTimer deadline(m_data.verifyTimeoutMs);
    for (;;) {
        auto published = api.publishedByTag(m_data.tag);
        if (!published)
            return fail(explain(published.error(),
                                QCoreApplication::translate("rd::publish", "verifying release %1")
                                        .arg(m_data.tag),
                                context));
        if (*published && !(*published)->draft
            && GitHubReleaseApi::compare(m_data.assets, (*published)->assets).matches()) {
            auto result = judgePublished(**published);
            if (!result)
                return result;
            result->insert(QStringLiteral("verified"), true);
            log(context,
                QCoreApplication::translate("rd::publish",
                                            "Verified: %1 has the published release %2 with %n "
                                            "asset(s).",
                                            nullptr,
                                            int(m_data.assets.size()))
                        .arg(m_data.forge.describe(), m_data.tag));
            return result;
        }
        if (deadline.hasExpired())
            return fail(errc::publishNotVerified,
                        QCoreApplication::translate("rd::publish",
                                                    "%1 accepted the release %2 but does not "
                                                    "show it published with all its assets "
                                                    "after %3 s: check the release on the "
                                                    "forge, then resume the release.")
                                .arg(m_data.forge.describe(), m_data.tag)
                                .arg(m_data.verifyTimeoutMs / 1000),
                        net::displayUrl(api.releasesUrl()));
        QThread::msleep(500);
    }
}

Result<QJsonObject> ForgeReleaseStep::execute(StepContext &context)
{
    if (m_data.forge.type == ForgeLocation::Type::GitLab)
        return GitLabReleaseFlow(m_data, token(context), context).execute();
    const ForgeToken &found = token(context);
    if (found.secret.isEmpty())
        return fail(errc::publishNoToken,
                    QCoreApplication::translate("rd::publish",
                                                "No token for %1: store one in the keychain or "
                                                "set GITHUB_TOKEN (it needs write access to the "
                                                "repository's contents).%2")
                            .arg(m_data.forge.describe(),
                                 found.notes.isEmpty()
                                         ? QString()
                                         : u' ' + found.notes.join(QStringLiteral("; "))),
                    m_data.forge.project);
    GitHubReleaseApi api(m_data.forge, found.secret);
    auto release = draft(api, context);
    if (!release)
        return fail(release.error());
    if (!release->draft) {
        // Published meanwhile (by hand, or by a run that was killed before its journal).
        auto done = judgePublished(*release);
        if (!done)
            return done;
        return verify(api, context);
    }
    if (auto uploaded = uploadAssets(api, *release, context); !uploaded)
        return fail(uploaded.error());
    log(context,
        QCoreApplication::translate("rd::publish", "Publishing the release %1.").arg(m_data.tag));
    if (auto published = api.publish(release->id, m_data.name, m_data.notes, m_data.prerelease);
        !published) {
        const Error &error = published.error();
        if (!mayHaveLanded(error))
            return fail(explain(error,
                                QCoreApplication::translate("rd::publish", "publishing release %1")
                                        .arg(m_data.tag),
                                context));
        log(context,
            QCoreApplication::translate("rd::publish",
                                        "Publishing failed (%1); checking whether the forge "
                                        "published it.")
                    .arg(error.message));
    }
    return verify(api, context);
}

Status ForgeReleaseStep::undoLocal(StepContext &, const QJsonObject &)
{
    return {}; // nothing in this clone
}

Result<QStringList> ForgeReleaseStep::remoteEffects(StepContext &context, const QJsonObject &) const
{
    if (m_data.forge.type == ForgeLocation::Type::GitLab)
        return GitLabReleaseFlow(m_data, token(context), context).remoteEffects();
    GitHubReleaseApi api(m_data.forge, token(context).secret);
    auto release = api.findByTag(m_data.tag);
    if (!release)
        return fail(release.error());
    if (!*release)
        return QStringList();
    return QStringList{
            (*release)->draft ? QCoreApplication::translate("rd::publish", "draft release %1 on %2")
                                        .arg(m_data.tag, m_data.forge.describe())
                              : QCoreApplication::translate("rd::publish", "release %1 on %2")
                                        .arg(m_data.tag, m_data.forge.describe())};
}

Status ForgeReleaseStep::undoRemote(StepContext &context, const QJsonObject &)
{
    log(context,
        QCoreApplication::translate("rd::publish",
                                    "The release %1 stays on %2: it may already have been "
                                    "downloaded, so it is not deleted. Delete it on the forge by "
                                    "hand if it must go.")
                .arg(m_data.tag, m_data.forge.describe()));
    return {};
}

} // namespace rd
