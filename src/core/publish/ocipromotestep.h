// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publish/registrytoken.h"
#include "registry/ocidistribution.h"
#include "release/releasestep.h"

#include <QStringList>
#include <QUrl>

#include <memory>

namespace rd {

struct RegistryTarget;

// Promotes the image CI built to the release's tags on an OCI registry: the source manifest
// (an image manifest or a multi-platform index) is read byte for byte and PUT again under each
// tag with its media type, so no layer is pulled or pushed. The tag naming the exact version is
// never moved: holding another digest stops the release naming both; the floating tags
// ("1.4", "latest") move to the source. A PUT that failed with 5xx, 409, a timeout or a dropped
// connection is checked with a HEAD: the registry may have stored it. Afterwards every tag is
// read again until it answers the source digest.
class OciPromoteStep : public ReleaseStep
{
public:
    static constexpr QStringView kindName = u"publish-oci";

    struct Data
    {
        QUrl registry;      // "http://127.0.0.1:5000"
        QString repository; // "team/app"
        QString source;     // "sha-{commit}", "sha256:…", "edge"
        QStringList tags;   // "1.4.0", "1.4", "1", "latest"
        QString versionTag; // "1.4.0": never moved
        // "v1.4.0": the commit it points at replaces {commit} when the plan has no tag step.
        QString releaseTag;
        int sourceTimeoutMs = 0; // how long to wait for CI to push the source (0: not at all)
        int verifyTimeoutMs = 60000;
    };

    // What to do with one tag, given the digest it holds now (nullopt: no such tag).
    enum class TagAction { Done, Put, Conflict };
    static TagAction decide(const std::optional<QString> &current,
                            const QString &sourceDigest,
                            bool isVersionTag);

    explicit OciPromoteStep(Data data);
    // No network: checks the target is OCI with an address and a repository, that the source
    // and the tags are valid references (only {commit} may be left in the source) and that
    // versionTag is one of the tags. `releaseTag` (may be empty) names the release's git tag
    // for {commit} when the plan has no tag step.
    static Result<std::unique_ptr<OciPromoteStep>> plan(const RegistryTarget &target,
                                                        const QString &source,
                                                        const QStringList &tags,
                                                        const QString &versionTag,
                                                        const QString &releaseTag = {});
    static Result<std::unique_ptr<ReleaseStep>> fromJson(const QJsonObject &json);
    // The references to try for `source`: {commit} replaced by the full id, then by its
    // 7-character short form; just `source` when it has no {commit}.
    static QStringList sourceCandidates(const QString &source, const QString &commitId);
    // A tag as the distribution spec allows it: [A-Za-z0-9_][A-Za-z0-9._-]{0,127}.
    static bool isValidTag(const QString &tag);
    // Whether `reference` is a valid tag or a sha256 digest.
    static bool isValidReference(const QString &reference);

    const Data &data() const { return m_data; }
    QString kind() const override { return kindName.toString(); }
    QString id() const override { return kind() + u':' + m_data.repository; }
    QString title() const override;
    QString details() const override;
    QJsonObject toJson() const override;
    bool changesRemote() const override { return true; }

    // Result: {"image", "source" (the reference read), "digest", "media-type", "tags"}.
    Result<std::optional<QJsonObject>> checkDone(StepContext &context) const override;
    Result<QJsonObject> execute(StepContext &context) override;
    Status undoLocal(StepContext &context, const QJsonObject &result) override;
    Result<QStringList> remoteEffects(StepContext &context,
                                      const QJsonObject &result) const override;
    // Logs that the tags stay: the exact version is never deleted, and moving the floating
    // tags back is a release of the earlier version.
    Status undoRemote(StepContext &context, const QJsonObject &result) override;

private:
    struct Source
    {
        QString reference;
        OciDistribution::Manifest manifest;
    };
    QString image() const;
    Result<QStringList> candidates(const StepContext &context) const;
    Result<std::optional<Source>> findSource(OciDistribution &registry,
                                             const QStringList &candidates) const;
    Result<Source> waitForSource(OciDistribution &registry, const StepContext &context) const;
    // Done when every tag holds the source; error when the version tag holds another digest.
    Result<bool> tagsHold(OciDistribution &registry, const Source &source) const;
    Status putTag(OciDistribution &registry,
                  const Source &source,
                  const QString &tag,
                  const StepContext &context) const;
    QJsonObject resultFor(const Source &source) const;
    Result<std::optional<QJsonObject>> check(StepContext &context) const;
    Result<QJsonObject> promote(StepContext &context);
    // A refused credential (401) or push (403) told with what to do.
    Error explained(Error error) const;
    // Gives `registry` the user and password for its token service (anonymous without them),
    // looked up once per try (the keychain is not asked every poll).
    void login(OciDistribution &registry) const;
    Data m_data;
    mutable std::optional<RegistryToken> m_login;
};

} // namespace rd
