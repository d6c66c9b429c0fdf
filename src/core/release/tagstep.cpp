// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagstep.h"

#include "git/objectstore.h"
#include "git/references.h"
#include "git/repository.h"
#include "release/jsonbytes.h"
#include "release/stepcontext.h"
#include "signing/signer.h"

#include <QCoreApplication>

namespace rd {

TagStep::TagStep(Data data)
    : m_data(std::move(data))
{}

Result<std::unique_ptr<ReleaseStep>> TagStep::fromJson(const QJsonObject &json)
{
    Data data;
    data.name = json.value(QLatin1String("name")).toString();
    data.message = json.value(QLatin1String("message")).toString();
    data.targetStep = json.value(QLatin1String("targetStep")).toString();
    data.targetCommit = JsonBytes::oid(json.value(QLatin1String("targetCommit")))
                                .value_or(git::Oid());
    data.identity = JsonBytes::identity(json.value(QLatin1String("identity")).toObject());
    data.sign = json.value(QLatin1String("sign")).toBool();
    data.signingKey = json.value(QLatin1String("signingKey")).toString();
    if (data.name.isEmpty() || data.message.isEmpty()
        || (data.targetStep.isEmpty() && data.targetCommit.isNull()))
        return fail(errc::badPlan,
                    QCoreApplication::translate("rd::release",
                                                "A tag step lacks its name, message or target."));
    return std::unique_ptr<ReleaseStep>(std::make_unique<TagStep>(std::move(data)));
}

QString TagStep::title() const
{
    return (m_data.sign ? QCoreApplication::translate("rd::release", "Create the signed tag %1")
                        : QCoreApplication::translate("rd::release", "Create the annotated tag %1"))
            .arg(m_data.name);
}

QString TagStep::details() const
{
    const QString target = m_data.targetStep.isEmpty()
                                   ? m_data.targetCommit.toString()
                                   : QCoreApplication::translate("rd::release",
                                                                 "the commit made by step \"%1\"")
                                             .arg(m_data.targetStep);
    return QCoreApplication::translate("rd::release", "Tag: %1\nOn: %2\nTagger: %3 <%4>%5\n\n%6")
            .arg(m_data.name,
                 target,
                 m_data.identity.name,
                 m_data.identity.email,
                 m_data.sign ? QCoreApplication::translate("rd::release", " (signed with %1)")
                                       .arg(m_data.signingKey)
                             : QString(),
                 m_data.message);
}

QJsonObject TagStep::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), m_data.name},
                       {QStringLiteral("message"), m_data.message},
                       {QStringLiteral("targetStep"), m_data.targetStep},
                       {QStringLiteral("targetCommit"), JsonBytes::oid(m_data.targetCommit)},
                       {QStringLiteral("identity"), JsonBytes::identity(m_data.identity)},
                       {QStringLiteral("sign"), m_data.sign},
                       {QStringLiteral("signingKey"), m_data.signingKey}};
}

Result<git::Oid> TagStep::target(const StepContext &context) const
{
    if (m_data.targetStep.isEmpty())
        return m_data.targetCommit;
    const auto id = JsonBytes::oid(
            context.resultOf(m_data.targetStep).value(QLatin1String("commit")));
    if (!id)
        return fail(errc::badPlan,
                    QCoreApplication::translate(
                            "rd::release",
                            "The tag needs the commit of step \"%1\", which has not run.")
                            .arg(m_data.targetStep));
    return *id;
}

Result<std::optional<QJsonObject>> TagStep::checkDone(StepContext &context) const
{
    auto current = context.repository.tag(m_data.name);
    if (!current)
        return std::unexpected(current.error());
    if (!*current)
        return std::optional<QJsonObject>();
    const git::TagRef &tag = **current;
    auto wanted = target(context);
    if (wanted && tag.annotated && tag.pointsToCommit() && tag.target == *wanted
        && tag.message.startsWith(m_data.message))
        return std::optional<QJsonObject>(
                QJsonObject{{QStringLiteral("tag"), tag.object.toString()},
                            {QStringLiteral("commit"), wanted->toString()}});
    return fail(errc::tagExists,
                QCoreApplication::translate(
                        "rd::release",
                        "The tag %1 already exists and is not the one this release "
                        "makes. Delete it (git tag -d %1) if it is a leftover, or release "
                        "another version.")
                        .arg(m_data.name),
                refName());
}

Result<QJsonObject> TagStep::execute(StepContext &context)
{
    auto commit = target(context);
    if (!commit)
        return std::unexpected(commit.error());
    git::Signature tagger = m_data.identity;
    tagger.when = QDateTime::currentDateTime();
    const QByteArray content = git::ObjectStore::tagContent(m_data.name,
                                                            *commit,
                                                            tagger,
                                                            m_data.message);
    QByteArray signature;
    if (m_data.sign) {
        if (!context.signer)
            return fail(errc::signingFailed,
                        QCoreApplication::translate(
                                "rd::release",
                                "tag.gpgSign asks for a signed tag but no signer is "
                                "available."));
        auto signedBytes = context.signer->signDetached(content, m_data.signingKey);
        if (!signedBytes)
            return std::unexpected(signedBytes.error());
        signature = *signedBytes;
    }
    git::ObjectStore store(context.repository);
    auto tag = store.writeTag(content, signature);
    if (!tag)
        return std::unexpected(tag.error());
    git::References refs(context.repository);
    if (auto created = refs.set(refName(),
                                *tag,
                                std::nullopt,
                                QStringLiteral("tag: ") + m_data.name);
        !created)
        return std::unexpected(created.error());
    return QJsonObject{{QStringLiteral("tag"), tag->toString()},
                       {QStringLiteral("commit"), commit->toString()}};
}

Status TagStep::undoLocal(StepContext &context, const QJsonObject &result)
{
    std::optional<git::Oid> ours = JsonBytes::oid(result.value(QLatin1String("tag")));
    if (!ours) {
        auto done = checkDone(context);
        if (!done)
            return {}; // someone else's tag of that name: not ours to delete
        if (!*done)
            return {};
        ours = JsonBytes::oid((*done)->value(QLatin1String("tag")));
    }
    git::References refs(context.repository);
    return refs.remove(refName(), *ours);
}

} // namespace rd
