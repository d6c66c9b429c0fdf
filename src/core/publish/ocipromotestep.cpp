// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocipromotestep.h"

#include "git/repository.h"
#include "net/httpclient.h"
#include "publish/npmpublishstep.h"
#include "publish/publishsupport.h"
#include "registry/registrytarget.h"
#include "release/stepcontext.h"
#include "release/tagstep.h"
#include "util/progress.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QThread>

namespace rd {

using publish::log;
using publish::mayHaveLanded;

namespace {

const QString commitPlaceholder = QStringLiteral("{commit}");

void sleepAtMost(const QDeadlineTimer &deadline, int milliseconds)
{
    const qint64 left = qMax<qint64>(0, deadline.remainingTime());
    QThread::msleep(static_cast<unsigned long>(qMin<qint64>(left, milliseconds)));
}

} // namespace

OciPromoteStep::OciPromoteStep(Data data)
    : m_data(std::move(data))
{}

bool OciPromoteStep::isValidTag(const QString &tag)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$"));
    return pattern.match(tag).hasMatch();
}

bool OciPromoteStep::isValidReference(const QString &reference)
{
    static const QRegularExpression digest(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    return isValidTag(reference) || digest.match(reference).hasMatch();
}

QStringList OciPromoteStep::sourceCandidates(const QString &source, const QString &commitId)
{
    if (!source.contains(commitPlaceholder))
        return {source};
    QStringList candidates{QString(source).replace(commitPlaceholder, commitId)};
    if (commitId.size() > 7)
        candidates.append(QString(source).replace(commitPlaceholder, commitId.left(7)));
    return candidates;
}

OciPromoteStep::TagAction OciPromoteStep::decide(const std::optional<QString> &current,
                                                 const QString &sourceDigest,
                                                 bool isVersionTag)
{
    if (current && *current == sourceDigest)
        return TagAction::Done;
    if (current && isVersionTag)
        return TagAction::Conflict;
    return TagAction::Put;
}

Result<std::unique_ptr<OciPromoteStep>> OciPromoteStep::plan(const RegistryTarget &target,
                                                             const QString &source,
                                                             const QStringList &tags,
                                                             const QString &versionTag,
                                                             const QString &releaseTag)
{
    const QString where = target.origin.isEmpty() ? target.describe() : target.origin;
    if (target.type != RegistryTarget::Type::Oci)
        return fail(errc::badPlan,
                    QCoreApplication::translate("rd::publish",
                                                "%1 is not an OCI registry: the image promote "
                                                "step only publishes to OCI registries.")
                            .arg(target.describe()),
                    where);
    if (!target.url.isValid() || target.url.host().isEmpty()
        || (target.url.scheme() != u"https" && target.url.scheme() != u"http")
        || target.package.isEmpty())
        return fail(errc::badPlan,
                    QCoreApplication::translate(
                            "rd::publish",
                            "The OCI target %1 needs the registry's address (http or https) and "
                            "the image's repository path: give the image as host/path/name.")
                            .arg(target.describe()),
                    where);
    const QString filled = QString(source).replace(commitPlaceholder, QStringLiteral("0"));
    if (!isValidReference(filled))
        return fail(errc::badPlan,
                    QCoreApplication::translate(
                            "rd::publish",
                            "The image source \"%1\" is neither a tag (letters, digits, '.', '_', "
                            "'-', at most 128, {commit} allowed) nor a sha256 digest.")
                            .arg(source),
                    where);
    if (tags.isEmpty())
        return fail(errc::badPlan,
                    QCoreApplication::translate("rd::publish",
                                                "No tags to promote %1 to: name at least the "
                                                "version's tag.")
                            .arg(target.describe()),
                    where);
    for (const QString &tag : tags) {
        if (!isValidTag(tag) || tags.count(tag) > 1)
            return fail(errc::badPlan,
                        QCoreApplication::translate(
                                "rd::publish",
                                "The image tag \"%1\" is not a valid tag or is listed twice: a tag "
                                "has letters, digits, '.', '_' and '-', at most 128.")
                                .arg(tag),
                        where);
    }
    if (!tags.contains(versionTag))
        return fail(errc::badPlan,
                    QCoreApplication::translate("rd::publish",
                                                "The version tag \"%1\" is not one of the image "
                                                "tags (%2).")
                            .arg(versionTag, tags.join(QStringLiteral(", "))),
                    where);
    Data data;
    data.registry = target.url;
    data.repository = target.package;
    data.source = source;
    data.tags = tags;
    data.versionTag = versionTag;
    data.releaseTag = releaseTag;
    return std::make_unique<OciPromoteStep>(std::move(data));
}

Result<std::unique_ptr<ReleaseStep>> OciPromoteStep::fromJson(const QJsonObject &json)
{
    Data data;
    data.registry = QUrl(json.value(u"registry").toString());
    data.repository = json.value(u"repository").toString();
    data.source = json.value(u"source").toString();
    data.tags = json.value(u"tags").toVariant().toStringList();
    data.versionTag = json.value(u"version-tag").toString();
    data.releaseTag = json.value(u"release-tag").toString();
    data.sourceTimeoutMs = json.value(u"source-timeout-ms").toInt(0);
    data.verifyTimeoutMs = json.value(u"verify-timeout-ms").toInt(60000);
    if (!data.registry.isValid() || data.repository.isEmpty() || data.source.isEmpty()
        || !data.tags.contains(data.versionTag))
        return fail(errc::badPlan,
                    QCoreApplication::translate(
                            "rd::publish",
                            "An OCI promote step lacks its registry, repository, source or "
                            "version tag."));
    return std::unique_ptr<ReleaseStep>(std::make_unique<OciPromoteStep>(std::move(data)));
}

QJsonObject OciPromoteStep::toJson() const
{
    return QJsonObject{{QStringLiteral("registry"), m_data.registry.toString()},
                       {QStringLiteral("repository"), m_data.repository},
                       {QStringLiteral("source"), m_data.source},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(m_data.tags)},
                       {QStringLiteral("version-tag"), m_data.versionTag},
                       {QStringLiteral("release-tag"), m_data.releaseTag},
                       {QStringLiteral("source-timeout-ms"), m_data.sourceTimeoutMs},
                       {QStringLiteral("verify-timeout-ms"), m_data.verifyTimeoutMs}};
}

QString OciPromoteStep::image() const
{
    return m_data.registry.authority() + u'/' + m_data.repository;
}

QString OciPromoteStep::title() const
{
    return QCoreApplication::translate("rd::publish", "Tag the image %1 as %2")
            .arg(image(), m_data.tags.join(QStringLiteral(", ")));
}

QString OciPromoteStep::details() const
{
    return QCoreApplication::translate("rd::publish",
                                       "Registry: %1\nSource: %2\nTags: %3\nNever moved: %4")
            .arg(net::displayUrl(m_data.registry),
                 m_data.source,
                 m_data.tags.join(QStringLiteral(", ")),
                 m_data.versionTag);
}

Result<QStringList> OciPromoteStep::candidates(const StepContext &context) const
{
    if (!m_data.source.contains(commitPlaceholder))
        return QStringList{m_data.source};
    QString commit = context.resultOf(TagStep::kindName.toString()).value(u"commit").toString();
    if (commit.isEmpty() && !m_data.releaseTag.isEmpty()) {
        auto id = context.repository.resolveCommit(QStringLiteral("refs/tags/")
                                                   + m_data.releaseTag);
        if (!id)
            return fail(id.error().code,
                        QCoreApplication::translate("rd::publish",
                                                    "The image source %1 needs the commit of the "
                                                    "release tag %2: %3")
                                .arg(m_data.source, m_data.releaseTag, id.error().message),
                        m_data.releaseTag);
        commit = id->toString();
    }
    if (commit.isEmpty())
        return fail(errc::badPlan,
                    QCoreApplication::translate("rd::publish",
                                                "The image source %1 names {commit}, but the "
                                                "plan has neither a tag step nor a release tag.")
                            .arg(m_data.source));
    return sourceCandidates(m_data.source, commit);
}

Result<std::optional<OciPromoteStep::Source>> OciPromoteStep::findSource(
        OciDistribution &registry, const QStringList &candidates) const
{
    for (const QString &reference : candidates) {
        auto manifest = registry.manifest(m_data.repository, reference);
        if (!manifest)
            return fail(manifest.error());
        if (*manifest)
            return std::optional<Source>(Source{reference, std::move(**manifest)});
    }
    return std::optional<Source>();
}

Result<OciPromoteStep::Source> OciPromoteStep::waitForSource(OciDistribution &registry,
                                                             const StepContext &context) const
{
    auto references = candidates(context);
    if (!references)
        return fail(references.error());
    QDeadlineTimer deadline(m_data.sourceTimeoutMs);
    bool told = false;
    for (;;) {
        auto source = findSource(registry, *references);
        if (!source)
            return fail(source.error());
        if (*source)
            return std::move(**source);
        if (deadline.hasExpired())
            return fail(errc::publishArtifact,
                        QCoreApplication::translate(
                                "rd::publish",
                                "The image %1 has no %2 after %3 s: CI has not pushed it (or "
                                "failed). Check the CI run for the release commit, then resume "
                                "the release.")
                                .arg(image(), references->join(QStringLiteral(" or ")))
                                .arg(m_data.sourceTimeoutMs / 1000),
                        image() + u':' + references->first());
        if (!told) {
            log(context,
                QCoreApplication::translate("rd::publish",
                                            "Waiting up to %1 s for CI to push %2:%3")
                        .arg(m_data.sourceTimeoutMs / 1000)
                        .arg(image(), references->first()));
            told = true;
        }
        if (context.progress && context.progress->isCancelled())
            return fail(errc::cancelled,
                        QCoreApplication::translate("rd::publish",
                                                    "Stopped while waiting for CI to push %1:%2.")
                                .arg(image(), references->first()));
        sleepAtMost(deadline, 2000);
    }
}

Result<bool> OciPromoteStep::tagsHold(OciDistribution &registry, const Source &source) const
{
    // The version tag first: a conflict there stops the release before any tag moves.
    QStringList order{m_data.versionTag};
    for (const QString &tag : m_data.tags) {
        if (tag != m_data.versionTag)
            order.append(tag);
    }
    bool all = true;
    for (const QString &tag : std::as_const(order)) {
        auto current = registry.findDigest(m_data.repository, tag);
        if (!current)
            return fail(current.error());
        const TagAction action = decide(*current, source.manifest.digest, tag == m_data.versionTag);
        if (action == TagAction::Conflict)
            return fail(errc::publishConflict,
                        QCoreApplication::translate(
                                "rd::publish",
                                "%1:%2 already holds %3, but this release's image (%4) is %5. The "
                                "exact version's tag is never moved: release the next version "
                                "instead.")
                                .arg(image(), tag, **current, source.reference)
                                .arg(source.manifest.digest),
                        image() + u':' + tag);
        all = all && action == TagAction::Done;
    }
    return all;
}

QJsonObject OciPromoteStep::resultFor(const Source &source) const
{
    return QJsonObject{{QStringLiteral("image"), image()},
                       {QStringLiteral("source"), source.reference},
                       {QStringLiteral("digest"), source.manifest.digest},
                       {QStringLiteral("media-type"),
                        QString::fromLatin1(source.manifest.mediaType)},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(m_data.tags)}};
}

void OciPromoteStep::login(OciDistribution &registry) const
{
    // The keychain's entry for the registry (user name and password or access token), else
    // RELEASEDESK_OCI_USERNAME and RELEASEDESK_OCI_PASSWORD.
    if (!m_login)
        m_login = RegistryToken::find(RegistryToken::Kind::Oci, m_data.registry, QString());
    registry.setCredentials(m_login->username, m_login->secret);
}

Error OciPromoteStep::explained(Error error) const
{
    QString who = QCoreApplication::translate("rd::publish", "an anonymous caller");
    if (m_login && m_login->fromKeychain)
        who = QCoreApplication::translate("rd::publish", "the user %1 from %2")
                      .arg(m_login->username, m_login->source);
    else if (m_login && !m_login->isEmpty())
        who = QCoreApplication::translate("rd::publish", "the user in RELEASEDESK_OCI_USERNAME");
    if (error.is(errc::netUnauthorized) || error.is(errc::registryAuth))
        error.message = QCoreApplication::translate(
                                "rd::publish",
                                "%1 refused %2 for %3 (HTTP 401): store the user name and a "
                                "password or access token with push rights on the repository "
                                "in the system keychain (%4 --username NAME, the token on "
                                "stdin), or set RELEASEDESK_OCI_USERNAME and "
                                "RELEASEDESK_OCI_PASSWORD.")
                                .arg(m_data.registry.authority(),
                                     who,
                                     image(),
                                     RegistryToken::storeCommand(m_data.registry))
                        + (m_login ? m_login->notesText() : QString());
    else if (error.is(errc::netForbidden))
        error.message = QCoreApplication::translate(
                                "rd::publish",
                                "%1 forbids %2 to push %3 (HTTP 403): grant that user push rights "
                                "on the repository, or promote with another account.")
                                .arg(m_data.registry.authority(), who, image());
    return error;
}

Result<std::optional<QJsonObject>> OciPromoteStep::checkDone(StepContext &context) const
{
    auto done = check(context);
    if (!done)
        return fail(explained(done.error()));
    return done;
}

Result<std::optional<QJsonObject>> OciPromoteStep::check(StepContext &context) const
{
    auto references = candidates(context);
    if (!references)
        return fail(references.error());
    net::HttpClient client;
    OciDistribution registry(client, m_data.registry);
    login(registry);
    auto source = findSource(registry, *references);
    if (!source)
        return fail(source.error());
    if (!*source)
        return std::optional<QJsonObject>();
    auto held = tagsHold(registry, **source);
    if (!held)
        return fail(held.error());
    return *held ? std::optional<QJsonObject>(resultFor(**source)) : std::optional<QJsonObject>();
}

Status OciPromoteStep::putTag(OciDistribution &registry,
                              const Source &source,
                              const QString &tag,
                              const StepContext &context) const
{
    log(context,
        QCoreApplication::translate("rd::publish", "Tagging %1:%2 as %3 (%4)")
                .arg(image(), source.reference, tag, source.manifest.digest));
    auto put = registry.putManifest(m_data.repository, tag, source.manifest);
    if (put)
        return {};
    const Error &error = put.error();
    if (!mayHaveLanded(error))
        return fail(error);
    // The registry may have stored the manifest before the failure reached us: ask it.
    log(context,
        QCoreApplication::translate("rd::publish",
                                    "Storing the tag %1 failed (%2); asking the registry whether "
                                    "it arrived.")
                .arg(tag, error.message));
    auto current = registry.findDigest(m_data.repository, tag);
    if (!current)
        return fail(current.error());
    if (*current != source.manifest.digest)
        return fail(error);
    return {};
}

Result<QJsonObject> OciPromoteStep::execute(StepContext &context)
{
    m_login.reset(); // each try looks again: the user may have stored another login since
    auto done = promote(context);
    if (!done)
        return fail(explained(done.error()));
    return done;
}

Result<QJsonObject> OciPromoteStep::promote(StepContext &context)
{
    net::HttpClient client;
    OciDistribution registry(client, m_data.registry);
    login(registry);
    auto source = waitForSource(registry, context);
    if (!source)
        return fail(source.error());
    log(context,
        QCoreApplication::translate("rd::publish", "Promoting %1:%2 (%3, %4)")
                .arg(image(), source->reference, source->manifest.digest)
                .arg(QString::fromLatin1(source->manifest.mediaType)));
    if (auto held = tagsHold(registry, *source); !held)
        return fail(held.error()); // the version tag holds another image
    for (const QString &tag : m_data.tags) {
        auto current = registry.findDigest(m_data.repository, tag);
        if (!current)
            return fail(current.error());
        switch (decide(*current, source->manifest.digest, tag == m_data.versionTag)) {
        case TagAction::Done:
            log(context,
                QCoreApplication::translate("rd::publish", "%1:%2 already holds %3.")
                        .arg(image(), tag, source->manifest.digest));
            break;
        case TagAction::Conflict: // moved under us since tagsHold(): ask again for the message
            if (auto again = tagsHold(registry, *source); !again)
                return fail(again.error());
            break;
        case TagAction::Put:
            if (auto put = putTag(registry, *source, tag, context); !put)
                return fail(put.error());
            break;
        }
    }
    // Verify: every tag answers the source digest.
    QDeadlineTimer deadline(m_data.verifyTimeoutMs);
    for (;;) {
        auto held = tagsHold(registry, *source);
        if (!held)
            return fail(held.error());
        if (*held) {
            QJsonObject result = resultFor(*source);
            result.insert(QStringLiteral("verified"), true);
            log(context,
                QCoreApplication::translate("rd::publish", "Verified: %1 has %2 as %3.")
                        .arg(image(),
                             source->manifest.digest,
                             m_data.tags.join(QStringLiteral(", "))));
            return result;
        }
        if (deadline.hasExpired())
            return fail(errc::publishNotVerified,
                        QCoreApplication::translate(
                                "rd::publish",
                                "%1 accepted the tags %2 but does not answer %3 for all of them "
                                "after %4 s: check the registry, then resume the release.")
                                .arg(image(),
                                     m_data.tags.join(QStringLiteral(", ")),
                                     source->manifest.digest)
                                .arg(m_data.verifyTimeoutMs / 1000),
                        image());
        sleepAtMost(deadline, 500);
    }
}

Status OciPromoteStep::undoLocal(StepContext &, const QJsonObject &)
{
    return {}; // nothing in this clone
}

Result<QStringList> OciPromoteStep::remoteEffects(StepContext &, const QJsonObject &result) const
{
    const QString digest = result.value(u"digest").toString();
    if (digest.isEmpty())
        return QStringList();
    net::HttpClient client;
    OciDistribution registry(client, m_data.registry);
    login(registry);
    QStringList effects;
    for (const QString &tag : m_data.tags) {
        auto current = registry.findDigest(m_data.repository, tag);
        if (!current)
            return fail(current.error());
        if (*current == digest)
            effects.append(QStringLiteral("OCI %1:%2 → %3").arg(image(), tag, digest));
    }
    return effects;
}

Status OciPromoteStep::undoRemote(StepContext &context, const QJsonObject &)
{
    log(context,
        QCoreApplication::translate(
                "rd::publish",
                "The tags %1 of %2 stay: the exact version's tag is never deleted, and the "
                "floating tags move back with a release of the earlier version.")
                .arg(m_data.tags.join(QStringLiteral(", ")), image()));
    return {};
}

} // namespace rd
