// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publish/registrytoken.h"
#include "release/releasestep.h"
#include "semver/version.h"

#include <QUrl>

#include <memory>

namespace rd {

// Publishes a tarball `npm pack` made to an npm registry through the registry API (a PUT of the
// packument with the tarball attached), under a dist-tag. The name, version and manifest come
// from the tarball's package/package.json; its sha512 integrity is fixed when the release is
// planned. Idempotent: the registry is asked first, and the same integrity already published
// under that version is done; a different one stops the release naming both digests (a
// version is never overwritten, never unpublished). A PUT that failed with 5xx, 409, a timeout
// or a dropped connection is checked again: the registry may have stored it. Afterwards the
// packument is read again until the version shows the expected integrity.
class NpmPublishStep : public ReleaseStep
{
public:
    static constexpr QStringView kindName = u"publish-npm";

    struct Data
    {
        QUrl registry;     // "http://127.0.0.1:4873/"
        QString tarball;   // the file npm pack wrote (absolute)
        QString package;   // "@team/app"
        QString version;   // "1.4.0"
        QString distTag;   // "latest", or the pre-release channel ("beta")
        QString integrity; // "sha512-<base64>" of the tarball
        QString shasum;    // sha1 hex of the tarball (what older clients check)
        int verifyTimeoutMs = 60000;
    };

    explicit NpmPublishStep(Data data);
    // Reads the tarball and its manifest; error when it is not an npm package archive or its
    // version is not `expected` (when given). The dist-tag defaults to defaultDistTag().
    static Result<std::unique_ptr<NpmPublishStep>> plan(const QUrl &registry,
                                                        const QString &tarball,
                                                        const std::optional<Version> &expected,
                                                        const QString &distTag = {});
    static Result<std::unique_ptr<ReleaseStep>> fromJson(const QJsonObject &json);
    // "latest" for a release, else the first word of the pre-release ("2.0.0-beta.1" → "beta",
    // "2.0.0-1" → "next"): npm installs `latest` by default, so a pre-release never gets it.
    static QString defaultDistTag(const Version &version);
    // "sha512-<base64>", as npm writes dist.integrity.
    static QString integrityOf(const QByteArray &bytes);

    const Data &data() const { return m_data; }
    // How long the registry gets to list the version after the upload.
    void setVerifyTimeoutMs(int ms) { m_data.verifyTimeoutMs = ms; }
    QString kind() const override { return kindName.toString(); }
    QString id() const override { return kind() + u':' + m_data.package; }
    QString title() const override;
    QString details() const override;
    QJsonObject toJson() const override;
    bool changesRemote() const override { return true; }

    // Result: {"package", "version", "integrity", "tarball" (the registry's URL)}.
    Result<std::optional<QJsonObject>> checkDone(StepContext &context) const override;
    Result<QJsonObject> execute(StepContext &context) override;
    Status undoLocal(StepContext &context, const QJsonObject &result) override;
    Result<QStringList> remoteEffects(StepContext &context,
                                      const QJsonObject &result) const override;
    // Logs that the version stays: registries do not take a version twice, so unpublishing
    // would only block a fixed release under the same number.
    Status undoRemote(StepContext &context, const QJsonObject &result) override;

private:
    QUrl packumentUrl() const;
    // The published version's dist object, empty when the registry does not have the version.
    Result<QJsonObject> publishedDist(const QString &token) const;
    Result<std::optional<QJsonObject>> compare(const QJsonObject &dist) const;
    Result<QByteArray> readTarball() const;
    QString projectRoot(const StepContext &context) const;
    // The registry's token, looked up once per step (the keychain is not asked every poll).
    const RegistryToken &token(const StepContext &context) const;
    Data m_data;
    mutable std::optional<RegistryToken> m_token;
};

namespace errc {
inline constexpr QStringView publishConflict = u"publish.conflict";
inline constexpr QStringView publishNoToken = u"publish.no-token";
inline constexpr QStringView publishNotVerified = u"publish.not-verified";
inline constexpr QStringView publishArtifact = u"publish.artifact";
} // namespace errc

} // namespace rd
