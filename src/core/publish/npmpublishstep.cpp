// SPDX-License-Identifier: GPL-3.0-or-later
#include "npmpublishstep.h"

#include "git/repository.h"
#include "net/httpclient.h"
#include "publish/publishsupport.h"
#include "registry/packagearchive.h"
#include "release/stepcontext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace rd {

using publish::log;
using publish::mayHaveLanded;

NpmPublishStep::NpmPublishStep(Data data)
    : m_data(std::move(data))
{}

QString NpmPublishStep::integrityOf(const QByteArray &bytes)
{
    return QStringLiteral("sha512-")
           + QString::fromLatin1(
                   QCryptographicHash::hash(bytes, QCryptographicHash::Sha512).toBase64());
}

QString NpmPublishStep::defaultDistTag(const Version &version)
{
    if (!version.isPreRelease())
        return QStringLiteral("latest");
    const QString first = version.toString().section(u'-', 1).section(u'.', 0, 0);
    bool numeric = false;
    (void) first.toLongLong(&numeric);
    return numeric || first.isEmpty() ? QStringLiteral("next") : first;
}

Result<std::unique_ptr<NpmPublishStep>> NpmPublishStep::plan(const QUrl &registry,
                                                             const QString &tarball,
                                                             const std::optional<Version> &expected,
                                                             const QString &distTag)
{
    QFile file(tarball);
    if (!file.open(QIODevice::ReadOnly))
        return fail(errc::publishArtifact,
                    QCoreApplication::translate(
                            "NpmPublishStep",
                            "Cannot read the package tarball: %1. Run npm pack (or the build step) "
                            "first.")
                            .arg(file.errorString()),
                    tarball);
    const QByteArray bytes = file.readAll();
    auto manifestBytes = PackageArchive::file(bytes,
                                              QStringLiteral("package/package.json"),
                                              tarball);
    if (!manifestBytes)
        return std::unexpected(manifestBytes.error());
    QJsonParseError parseError;
    const QJsonDocument manifest = QJsonDocument::fromJson(*manifestBytes, &parseError);
    const QString name = manifest.object().value(QLatin1String("name")).toString();
    const QString versionText = manifest.object().value(QLatin1String("version")).toString();
    if (!manifest.isObject() || name.isEmpty() || versionText.isEmpty())
        return fail(errc::publishArtifact,
                    QCoreApplication::translate(
                            "NpmPublishStep",
                            "The tarball's package/package.json has no name and version: it is not "
                            "an npm package."),
                    tarball);
    auto version = Version::parse(versionText);
    if (!version)
        return fail(
                errc::publishArtifact,
                QCoreApplication::translate("NpmPublishStep",
                                            "The tarball's version \"%1\" is not a SemVer version.")
                        .arg(versionText),
                tarball);
    if (expected && version->compare(*expected) != 0)
        return fail(
                errc::publishArtifact,
                QCoreApplication::translate(
                        "NpmPublishStep",
                        "The tarball holds %1 %2, but the release is %3: pack it again from the "
                        "release commit.")
                        .arg(name, versionText, expected->toString()),
                tarball);
    Data data;
    data.registry = registry;
    data.tarball = QFileInfo(tarball).absoluteFilePath();
    data.package = name;
    data.version = versionText;
    data.distTag = distTag.isEmpty() ? defaultDistTag(*version) : distTag;
    data.integrity = integrityOf(bytes);
    data.shasum = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
    return std::make_unique<NpmPublishStep>(std::move(data));
}

Result<std::unique_ptr<ReleaseStep>> NpmPublishStep::fromJson(const QJsonObject &json)
{
    Data data;
    data.registry = QUrl(json.value(QLatin1String("registry")).toString());
    data.tarball = json.value(QLatin1String("tarball")).toString();
    data.package = json.value(QLatin1String("package")).toString();
    data.version = json.value(QLatin1String("version")).toString();
    data.distTag = json.value(QLatin1String("dist-tag")).toString();
    data.integrity = json.value(QLatin1String("integrity")).toString();
    data.shasum = json.value(QLatin1String("shasum")).toString();
    data.verifyTimeoutMs = json.value(QLatin1String("verify-timeout-ms")).toInt(60000);
    if (!data.registry.isValid() || data.tarball.isEmpty() || data.package.isEmpty()
        || data.version.isEmpty() || data.integrity.isEmpty())
        return fail(errc::badPlan,
                    QCoreApplication::translate(
                            "rd::publish",
                            "An npm publish step lacks its registry, tarball, package, "
                            "version or integrity."));
    return std::unique_ptr<ReleaseStep>(std::make_unique<NpmPublishStep>(std::move(data)));
}

QString NpmPublishStep::title() const
{
    return QCoreApplication::translate("NpmPublishStep", "Publish %1 %2 to npm")
            .arg(m_data.package, m_data.version);
}

QString NpmPublishStep::details() const
{
    return QCoreApplication::translate("NpmPublishStep",
                                       "Registry: %1\nTarball: %2\nIntegrity: %3\nDist-tag: %4")
            .arg(net::displayUrl(m_data.registry),
                 m_data.tarball,
                 m_data.integrity,
                 m_data.distTag);
}

QJsonObject NpmPublishStep::toJson() const
{
    return QJsonObject{{QStringLiteral("registry"), m_data.registry.toString()},
                       {QStringLiteral("tarball"), m_data.tarball},
                       {QStringLiteral("package"), m_data.package},
                       {QStringLiteral("version"), m_data.version},
                       {QStringLiteral("dist-tag"), m_data.distTag},
                       {QStringLiteral("integrity"), m_data.integrity},
                       {QStringLiteral("shasum"), m_data.shasum},
                       {QStringLiteral("verify-timeout-ms"), m_data.verifyTimeoutMs}};
}

QUrl NpmPublishStep::packumentUrl() const
{
    QUrl url = m_data.registry;
    QString path = url.path(QUrl::FullyEncoded);
    if (!path.endsWith(u'/'))
        path += u'/';
    // Scoped names keep their '@' and encode the '/' ("@team%2fapp"), as npm sends them.
    url.setPath(path + QString::fromLatin1(QUrl::toPercentEncoding(m_data.package, "@")),
                QUrl::TolerantMode);
    return url;
}

QString NpmPublishStep::projectRoot(const StepContext &context) const
{
    return QDir::cleanPath(context.repository.workdir());
}

const RegistryToken &NpmPublishStep::token(const StepContext &context) const
{
    if (!m_token)
        m_token = RegistryToken::find(RegistryToken::Kind::Npm,
                                      m_data.registry,
                                      projectRoot(context));
    return *m_token;
}

Result<QJsonObject> NpmPublishStep::publishedDist(const QString &token) const
{
    net::HttpClient client;
    net::HttpRequest request = net::HttpRequest::get(packumentUrl());
    request.token = token;
    request.passStatuses = {404};
    auto response = client.send(request);
    if (!response)
        return std::unexpected(response.error());
    if (response->status == 404)
        return QJsonObject();
    const QJsonDocument packument = QJsonDocument::fromJson(response->body);
    if (!packument.isObject())
        return fail(errc::netJson,
                    QCoreApplication::translate("NpmPublishStep",
                                                "The registry's answer for %1 is not a packument.")
                            .arg(m_data.package),
                    net::displayUrl(packumentUrl()));
    return packument.object()
            .value(QLatin1String("versions"))
            .toObject()
            .value(m_data.version)
            .toObject()
            .value(QLatin1String("dist"))
            .toObject();
}

Result<std::optional<QJsonObject>> NpmPublishStep::compare(const QJsonObject &dist) const
{
    if (dist.isEmpty())
        return std::optional<QJsonObject>();
    const QString integrity = dist.value(QLatin1String("integrity")).toString();
    const QString shasum = dist.value(QLatin1String("shasum")).toString();
    const bool same = integrity.isEmpty() ? shasum == m_data.shasum : integrity == m_data.integrity;
    if (!same)
        return fail(
                errc::publishConflict,
                QCoreApplication::translate(
                        "NpmPublishStep",
                        "%1 %2 is already on %3 with other content (%4); this release's tarball "
                        "is %5. A published version is never overwritten: release the next "
                        "version instead.")
                        .arg(m_data.package,
                             m_data.version,
                             net::displayUrl(m_data.registry),
                             integrity.isEmpty() ? u"sha1 " + shasum : integrity,
                             m_data.integrity),
                net::displayUrl(packumentUrl()));
    return std::optional<QJsonObject>(
            QJsonObject{{QStringLiteral("package"), m_data.package},
                        {QStringLiteral("version"), m_data.version},
                        {QStringLiteral("integrity"), m_data.integrity},
                        {QStringLiteral("tarball"), dist.value(QLatin1String("tarball"))}});
}

Result<std::optional<QJsonObject>> NpmPublishStep::checkDone(StepContext &context) const
{
    auto dist = publishedDist(token(context).secret);
    if (!dist)
        return std::unexpected(dist.error());
    return compare(*dist);
}

Result<QByteArray> NpmPublishStep::readTarball() const
{
    QFile file(m_data.tarball);
    if (!file.open(QIODevice::ReadOnly))
        return fail(errc::publishArtifact,
                    QCoreApplication::translate("NpmPublishStep",
                                                "Cannot read the package tarball: %1.")
                            .arg(file.errorString()),
                    m_data.tarball);
    QByteArray bytes = file.readAll();
    if (integrityOf(bytes) != m_data.integrity)
        return fail(errc::publishArtifact,
                    QCoreApplication::translate(
                            "NpmPublishStep",
                            "The package tarball changed since the release was planned (now %1, "
                            "planned %2): abort the release and plan it again.")
                            .arg(integrityOf(bytes), m_data.integrity),
                    m_data.tarball);
    return bytes;
}

Result<QJsonObject> NpmPublishStep::execute(StepContext &context)
{
    auto bytes = readTarball();
    if (!bytes)
        return std::unexpected(bytes.error());
    m_token.reset(); // each try looks again: the user may have stored another token since
    const RegistryToken credential = token(context);
    const QString registry = net::displayUrl(m_data.registry);
    if (credential.isEmpty())
        return fail(errc::publishNoToken,
                    QCoreApplication::translate(
                            "NpmPublishStep",
                            "No npm token for %1: store one in the system keychain (%2, the "
                            "token on stdin), set NPM_TOKEN, or add the line "
                            "//%3/:_authToken=… to the project's .npmrc or ~/.npmrc.")
                                    .arg(registry,
                                         RegistryToken::storeCommand(m_data.registry),
                                         m_data.registry.authority()
                                                 + m_data.registry.path().chopped(
                                                         m_data.registry.path().endsWith(u'/') ? 1
                                                                                               : 0))
                            + credential.notesText(),
                    m_data.package);
    auto manifestBytes = PackageArchive::file(*bytes,
                                              QStringLiteral("package/package.json"),
                                              m_data.tarball);
    if (!manifestBytes)
        return std::unexpected(manifestBytes.error());
    QJsonObject manifest = QJsonDocument::fromJson(*manifestBytes).object();
    const QString unscoped = m_data.package.section(u'/', -1);
    const QString fileName = m_data.package + u'-' + m_data.version + QStringLiteral(".tgz");
    manifest.insert(QStringLiteral("_id"), QString(m_data.package + u'@' + m_data.version));
    manifest.insert(QStringLiteral("dist"),
                    QJsonObject{{QStringLiteral("integrity"), m_data.integrity},
                                {QStringLiteral("shasum"), m_data.shasum},
                                {QStringLiteral("tarball"),
                                 QString(packumentUrl().toString() + QStringLiteral("/-/")
                                         + unscoped + u'-' + m_data.version
                                         + QStringLiteral(".tgz"))}});
    const QJsonObject
            body{{QStringLiteral("_id"), m_data.package},
                 {QStringLiteral("name"), m_data.package},
                 {QStringLiteral("description"), manifest.value(QLatin1String("description"))},
                 {QStringLiteral("dist-tags"), QJsonObject{{m_data.distTag, m_data.version}}},
                 {QStringLiteral("versions"), QJsonObject{{m_data.version, manifest}}},
                 {QStringLiteral("_attachments"),
                  QJsonObject{{fileName,
                               QJsonObject{{QStringLiteral("content_type"),
                                            QStringLiteral("application/octet-stream")},
                                           {QStringLiteral("data"),
                                            QString::fromLatin1(bytes->toBase64())},
                                           {QStringLiteral("length"), int(bytes->size())}}}}}};
    log(context,
        QCoreApplication::translate("NpmPublishStep",
                                    "Publishing %1 %2 to %3 (dist-tag %4, token from %5)")
                .arg(m_data.package, m_data.version, registry, m_data.distTag, credential.source));
    net::HttpClient client;
    net::HttpRequest request = net::HttpRequest::json("PUT", packumentUrl(), QJsonDocument(body));
    request.token = credential.secret;
    if (auto sent = client.send(request); !sent) {
        const Error &error = sent.error();
        if (error.is(errc::netUnauthorized))
            return fail(error.code,
                        QCoreApplication::translate(
                                "NpmPublishStep",
                                "%1 refused the npm token from %2 (HTTP 401): store a valid one "
                                "in the system keychain (%3, the token on stdin), log in again "
                                "(npm login) or set a valid NPM_TOKEN.")
                                .arg(registry,
                                     credential.source,
                                     RegistryToken::storeCommand(m_data.registry)),
                        m_data.package);
        if (error.is(errc::netForbidden))
            return fail(error.code,
                        QCoreApplication::translate(
                                "NpmPublishStep",
                                "%1 does not let the token from %2 publish %3 (HTTP 403): grant it "
                                "publish rights on the package or its scope, or store one that "
                                "has them in the system keychain (%4).")
                                .arg(registry,
                                     credential.source,
                                     m_data.package,
                                     RegistryToken::storeCommand(m_data.registry)),
                        m_data.package);
        if (!mayHaveLanded(error))
            return std::unexpected(error);
        // The registry may have stored the upload before the failure reached us: ask it.
        log(context,
            QCoreApplication::translate(
                    "NpmPublishStep",
                    "The upload failed (%1); asking the registry whether it arrived.")
                    .arg(error.message));
        auto done = checkDone(context);
        if (!done)
            return std::unexpected(done.error()); // e.g. other content under that version
        if (!*done)
            return std::unexpected(error);
    }
    // Verify: read the packument until the version shows the expected integrity.
    auto verified = publish::verify(
            m_data.verifyTimeoutMs,
            [&] { return checkDone(context); },
            [&] {
                return Error{errc::publishNotVerified.toString(),
                             QCoreApplication::translate(
                                     "NpmPublishStep",
                                     "%1 accepted %2 %3 but does not list it after %4 s: check "
                                     "the registry, then resume the release.")
                                     .arg(registry, m_data.package, m_data.version)
                                     .arg(m_data.verifyTimeoutMs / 1000),
                             net::displayUrl(packumentUrl())};
            });
    if (verified)
        log(context,
            QCoreApplication::translate("NpmPublishStep", "Verified: %1 has %2 %3 (%4).")
                    .arg(registry, m_data.package, m_data.version, m_data.integrity));
    return verified;
}

Status NpmPublishStep::undoLocal(StepContext &, const QJsonObject &)
{
    return {}; // nothing in this clone
}

Result<QStringList> NpmPublishStep::remoteEffects(StepContext &context, const QJsonObject &) const
{
    auto done = checkDone(context);
    if (!done && done.error().is(errc::publishConflict))
        return QStringList(); // what the registry has under that version is not this release's
    if (!done)
        return std::unexpected(done.error());
    if (!*done)
        return QStringList();
    return QStringList{QStringLiteral("npm %1@%2").arg(m_data.package, m_data.version)};
}

Status NpmPublishStep::undoRemote(StepContext &context, const QJsonObject &)
{
    log(context,
        QCoreApplication::translate(
                "NpmPublishStep",
                "%1 %2 stays on %3: registries do not take a version twice, so it is not "
                "unpublished. Release the next version with the fix.")
                .arg(m_data.package, m_data.version, net::displayUrl(m_data.registry)));
    return {};
}

} // namespace rd
