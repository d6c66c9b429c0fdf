// SPDX-License-Identifier: GPL-3.0-or-later
#include "gitlabreleaseflow.h"

#include "publish/publishsupport.h"
#include "release/stepcontext.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rd {

using publish::log;
using publish::mayHaveLanded;

namespace {

// The upload is the planned file (GitLab gives the sha256 of each; an answer without one is
// judged by its size).
bool sameFile(const PackageFile &file, const PlannedAsset &asset)
{
    return file.size == asset.size && (file.sha256.isEmpty() || file.sha256 == asset.sha256);
}

} // namespace

GitLabReleaseFlow::GitLabReleaseFlow(const ForgeReleaseStep::Data &data,
                                     const ForgeToken &token,
                                     StepContext &context)
    : m_data(data)
    , m_token(token)
    , m_context(context)
    , m_api(data.forge, token.secret)
{}

QString GitLabReleaseFlow::package() const
{
    return GitLabReleaseApi::packageName(m_data.forge.project);
}

QList<ReleaseLink> GitLabReleaseFlow::plannedLinks(const GitLabReleaseApi &api,
                                                   const ForgeReleaseStep::Data &data)
{
    QList<ReleaseLink> links;
    const QString package = GitLabReleaseApi::packageName(data.forge.project);
    for (const PlannedAsset &asset : data.assets)
        links.append(ReleaseLink{0,
                                 asset.name,
                                 api.packageFileUrl(package, data.tag, asset.name).toString(),
                                 u'/' + asset.name,
                                 QStringLiteral("package")});
    return links;
}

Error GitLabReleaseFlow::explain(const Error &error,
                                 const QString &what,
                                 const QString &forge,
                                 const QString &tokenSource)
{
    const QString source = tokenSource.isEmpty()
                                   ? QCoreApplication::translate("rd::publish", "no token")
                                   : tokenSource;
    QString message;
    if (error.is(errc::netUnauthorized))
        message = QCoreApplication::translate("rd::publish",
                                              "%1 refused the token (%2) while %3 (HTTP 401): it "
                                              "is missing, expired or revoked. Store a valid "
                                              "token in the keychain or set GITLAB_TOKEN, then "
                                              "resume the release.")
                          .arg(forge, source, what);
    else if (error.is(errc::netForbidden))
        message = QCoreApplication::translate("rd::publish",
                                              "%1 does not let the token (%2) do this: %3 (HTTP "
                                              "403). It needs the api scope and at least the "
                                              "Developer role in the project (Maintainer where "
                                              "the tag is protected).")
                          .arg(forge, source, what);
    else if (error.is(errc::netNotFound))
        message = QCoreApplication::translate("rd::publish",
                                              "%1 was not found while %2 (HTTP 404): check the "
                                              "forge's api (…/api/v4) and the project's path, "
                                              "that the token (%3) can see the project, and "
                                              "that its package registry is turned on.")
                          .arg(forge, what, source);
    else if (error.is(errc::netRateLimited))
        message = QCoreApplication::translate("rd::publish",
                                              "%1 is limiting the token's requests while %2 "
                                              "(%3): wait a few minutes, then resume the "
                                              "release. What is uploaded stays and is not sent "
                                              "again.")
                          .arg(forge, what, error.message);
    else if (error.is(errc::netServer))
        message = QCoreApplication::translate("rd::publish",
                                              "%1 failed while %2 (%3). Resume the release when "
                                              "the forge works again: it reads back what the "
                                              "forge stored before it writes anything twice.")
                          .arg(forge, what, error.message);
    else if (error.is(errc::netTimeout) || error.is(errc::netConnection))
        message = QCoreApplication::translate("rd::publish",
                                              "%1 did not answer while %2 (%3). Check the "
                                              "network and the forge's address, then resume the "
                                              "release: it reads back what the forge stored "
                                              "before it writes anything twice.")
                          .arg(forge, what, error.message);
    else
        return error;
    return Error{error.code, message, error.source};
}

Error GitLabReleaseFlow::explain(const Error &error, const QString &what) const
{
    return explain(error, what, m_data.forge.describe(), m_token.source);
}

Result<QJsonObject> GitLabReleaseFlow::judge(const GitLabRelease &release)
{
    const QString forge = m_data.forge.describe();
    const LinkComparison links = GitLabReleaseApi::compare(plannedLinks(m_api, m_data),
                                                           release.links);
    QStringList problems;
    if (!links.missing.isEmpty())
        problems.append(QCoreApplication::translate("rd::publish", "missing: %1")
                                .arg(links.missing.join(QStringLiteral(", "))));
    if (!links.different.isEmpty())
        problems.append(QCoreApplication::translate("rd::publish", "different: %1")
                                .arg(links.different.join(QStringLiteral("; "))));
    if (!links.other.isEmpty())
        problems.append(QCoreApplication::translate("rd::publish", "not planned: %1")
                                .arg(links.other.join(QStringLiteral(", "))));
    if (problems.isEmpty() && !m_data.assets.isEmpty()) {
        // The links are right; are the files behind them the planned ones?
        auto files = m_api.packageFiles(package(), m_data.tag);
        if (!files)
            return fail(explain(files.error(),
                                QCoreApplication::translate("rd::publish",
                                                            "reading the package files of %1")
                                        .arg(m_data.tag)));
        for (const PlannedAsset &asset : m_data.assets) {
            const auto file = GitLabReleaseApi::newest(*files, asset.name);
            if (!file)
                problems.append(
                        QCoreApplication::translate("rd::publish", "linked file missing: %1")
                                .arg(asset.name));
            else if (!sameFile(*file, asset))
                problems.append(QCoreApplication::translate("rd::publish",
                                                            "linked file different: %1 (there: "
                                                            "%2 bytes, sha256:%3; planned: %4 "
                                                            "bytes, sha256:%5)")
                                        .arg(asset.name)
                                        .arg(file->size)
                                        .arg(file->sha256)
                                        .arg(asset.size)
                                        .arg(asset.sha256));
        }
    }
    if (!problems.isEmpty())
        return fail(errc::publishConflict,
                    QCoreApplication::translate("rd::publish",
                                                "%1 already has a release %2 with other links "
                                                "(%3). A release is never changed or deleted "
                                                "here: fix it on the forge by hand, or release "
                                                "the next version.")
                            .arg(forge, m_data.tag, problems.join(u' ')),
                    release.webUrl.toString());
    QJsonArray names;
    for (const PlannedAsset &asset : m_data.assets)
        names.append(asset.name);
    return QJsonObject{{QStringLiteral("forge"), forge},
                       {QStringLiteral("tag"), m_data.tag},
                       {QStringLiteral("url"), release.webUrl.toString()},
                       {QStringLiteral("package"), QString(package() + u'/' + m_data.tag)},
                       {QStringLiteral("assets"), names}};
}

Result<std::optional<QJsonObject>> GitLabReleaseFlow::checkDone()
{
    auto release = m_api.releaseByTag(m_data.tag);
    if (!release)
        return fail(explain(release.error(),
                            QCoreApplication::translate("rd::publish", "reading release %1")
                                    .arg(m_data.tag)));
    if (!*release)
        return std::optional<QJsonObject>();
    auto done = judge(**release);
    if (!done)
        return fail(done.error());
    return std::optional<QJsonObject>(*done);
}

Status GitLabReleaseFlow::uploadAssets()
{
    const QString reading = QCoreApplication::translate("rd::publish",
                                                        "reading the package files of %1")
                                    .arg(m_data.tag);
    auto files = m_api.packageFiles(package(), m_data.tag);
    if (!files)
        return fail(explain(files.error(), reading));
    // Every conflict first, so that a refused release has sent nothing.
    for (const PlannedAsset &asset : m_data.assets) {
        const auto there = GitLabReleaseApi::newest(*files, asset.name);
        if (there && !sameFile(*there, asset))
            return fail(errc::publishConflict,
                        QCoreApplication::translate(
                                "rd::publish",
                                "The generic package %1/%2 on %3 holds another file named %4 "
                                "(%5 bytes, sha256:%6; planned: %7 bytes, sha256:%8). Delete "
                                "that file in the project's package registry, then resume the "
                                "release.")
                                .arg(package(), m_data.tag, m_data.forge.describe(), asset.name)
                                .arg(there->size)
                                .arg(there->sha256)
                                .arg(asset.size)
                                .arg(asset.sha256),
                        net::displayUrl(m_api.packageFileUrl(package(), m_data.tag, asset.name)));
    }
    for (const PlannedAsset &asset : m_data.assets) {
        if (GitLabReleaseApi::newest(*files, asset.name)) {
            log(m_context,
                QCoreApplication::translate("rd::publish",
                                            "Asset %1 is already in the package %2/%3.")
                        .arg(asset.name, package(), m_data.tag));
            continue;
        }
        auto bytes = ForgeReleaseStep::assetBytes(asset);
        if (!bytes)
            return fail(bytes.error());
        log(m_context,
            QCoreApplication::translate("rd::publish", "Uploading %1 (%2 bytes).")
                    .arg(asset.name)
                    .arg(asset.size));
        const QString uploading = QCoreApplication::translate("rd::publish",
                                                              "uploading %1 to the package %2/%3")
                                          .arg(asset.name, package(), m_data.tag);
        auto uploaded = m_api.uploadPackageFile(package(), m_data.tag, asset.name, *bytes);
        if (uploaded)
            continue;
        const Error &error = uploaded.error();
        if (!mayHaveLanded(error))
            return fail(explain(error, uploading));
        log(m_context,
            QCoreApplication::translate("rd::publish",
                                        "Uploading %1 failed (%2); checking whether the forge "
                                        "stored it.")
                    .arg(asset.name, error.message));
        auto reread = m_api.packageFiles(package(), m_data.tag);
        if (!reread)
            return fail(explain(reread.error(), reading));
        const auto stored = GitLabReleaseApi::newest(*reread, asset.name);
        if (!stored || !sameFile(*stored, asset))
            return fail(explain(error, uploading));
        *files = *reread;
    }
    return {};
}

Result<QJsonObject> GitLabReleaseFlow::verify()
{
    auto result = publish::verify(
            m_data.verifyTimeoutMs,
            [this] { return checkDone(); },
            [this] {
                return Error{errc::publishNotVerified.toString(),
                             QCoreApplication::translate("rd::publish",
                                                         "%1 accepted the release %2 but does "
                                                         "not show it with all its links after "
                                                         "%3 s: check the release on the forge, "
                                                         "then resume the release.")
                                     .arg(m_data.forge.describe(), m_data.tag)
                                     .arg(m_data.verifyTimeoutMs / 1000),
                             net::displayUrl(m_api.releasesUrl())};
            });
    if (result)
        log(m_context,
            QCoreApplication::translate("rd::publish",
                                        "Verified: %1 has the release %2 with %n link(s) to its "
                                        "package files.",
                                        nullptr,
                                        int(m_data.assets.size()))
                    .arg(m_data.forge.describe(), m_data.tag));
    return result;
}

Result<QJsonObject> GitLabReleaseFlow::execute()
{
    if (m_token.secret.isEmpty())
        return fail(errc::publishNoToken,
                    QCoreApplication::translate("rd::publish",
                                                "No token for %1: store one in the keychain or "
                                                "set GITLAB_TOKEN (it needs the api scope and at "
                                                "least the Developer role).%2")
                            .arg(m_data.forge.describe(),
                                 m_token.notes.isEmpty()
                                         ? QString()
                                         : u' ' + m_token.notes.join(QStringLiteral("; "))),
                    m_data.forge.project);
    const QString finding = QCoreApplication::translate("rd::publish", "looking for release %1")
                                    .arg(m_data.tag);
    auto existing = m_api.releaseByTag(m_data.tag);
    if (!existing)
        return fail(explain(existing.error(), finding));
    if (*existing) {
        // Made by a run killed before its journal, or by hand: judged, never changed.
        log(m_context,
            QCoreApplication::translate("rd::publish", "The release %1 is already on %2.")
                    .arg(m_data.tag, m_data.forge.describe()));
        if (auto done = judge(**existing); !done)
            return done;
        return verify();
    }
    if (auto uploaded = uploadAssets(); !uploaded)
        return fail(uploaded.error());
    log(m_context,
        QCoreApplication::translate("rd::publish", "Creating the release %1 on %2 (token from %3).")
                .arg(m_data.tag, m_data.forge.describe(), m_token.source));
    auto created = m_api.create(m_data.tag, m_data.name, m_data.notes, plannedLinks(m_api, m_data));
    if (created)
        return verify();
    const Error &error = created.error();
    if (!error.is(errc::forgeReleaseExists) && !mayHaveLanded(error))
        return fail(explain(error,
                            QCoreApplication::translate("rd::publish", "creating release %1")
                                    .arg(m_data.tag)));
    // Another run created it, or the forge stored it before the failure reached us.
    log(m_context,
        QCoreApplication::translate("rd::publish",
                                    "Creating the release failed (%1); looking it up on the "
                                    "forge.")
                .arg(error.message));
    auto again = m_api.releaseByTag(m_data.tag);
    if (!again)
        return fail(explain(again.error(), finding));
    if (!*again)
        return fail(explain(error,
                            QCoreApplication::translate("rd::publish", "creating release %1")
                                    .arg(m_data.tag)));
    if (auto done = judge(**again); !done)
        return done;
    return verify();
}

Result<QStringList> GitLabReleaseFlow::remoteEffects()
{
    QStringList effects;
    auto release = m_api.releaseByTag(m_data.tag);
    if (!release)
        return fail(release.error());
    if (*release)
        effects.append(QCoreApplication::translate("rd::publish", "release %1 on %2")
                               .arg(m_data.tag, m_data.forge.describe()));
    if (!m_data.assets.isEmpty()) {
        auto files = m_api.packageFiles(package(), m_data.tag);
        if (!files)
            return fail(files.error());
        if (!files->isEmpty())
            effects.append(QCoreApplication::translate("rd::publish",
                                                       "generic package %1/%2 on %3 (%n file(s))",
                                                       nullptr,
                                                       int(files->size()))
                                   .arg(package(), m_data.tag, m_data.forge.describe()));
    }
    return effects;
}

} // namespace rd
