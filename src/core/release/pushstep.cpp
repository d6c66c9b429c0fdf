// SPDX-License-Identifier: GPL-3.0-or-later
#include "pushstep.h"

#include "git/references.h"
#include "git/repository.h"
#include "release/jsonbytes.h"
#include "release/remoteaccess.h"
#include "release/stepcontext.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rd {

namespace {

Status needRemotes(const StepContext &context)
{
    if (!context.remotes)
        return fail(errc::invalidArgument,
                    QCoreApplication::translate(
                            "rd::release",
                            "The push step needs network access, which this run was "
                            "started without."));
    return {};
}

} // namespace

PushStep::PushStep(Data data)
    : m_data(std::move(data))
{}

Result<std::unique_ptr<ReleaseStep>> PushStep::fromJson(const QJsonObject &json)
{
    Data data;
    data.remote = json.value(QLatin1String("remote")).toString();
    data.url = json.value(QLatin1String("url")).toString();
    const QJsonArray refs = json.value(QLatin1String("refs")).toArray();
    for (const QJsonValue &value : refs) {
        const QJsonObject ref = value.toObject();
        data.refs.append(Ref{ref.value(QLatin1String("local")).toString(),
                             ref.value(QLatin1String("remote")).toString(),
                             JsonBytes::oid(ref.value(QLatin1String("before")))});
    }
    if (data.remote.isEmpty() || data.refs.isEmpty())
        return fail(errc::badPlan,
                    QCoreApplication::translate("rd::release",
                                                "A push step lacks its remote or refs."));
    return std::unique_ptr<ReleaseStep>(std::make_unique<PushStep>(std::move(data)));
}

QString PushStep::title() const
{
    QStringList names;
    for (const Ref &ref : m_data.refs)
        names.append(ref.remote.section(u'/', 2));
    return QCoreApplication::translate("rd::release", "Push %1 to %2")
            .arg(names.join(QCoreApplication::translate("rd::release", " and ")), m_data.remote);
}

QString PushStep::details() const
{
    QStringList lines{QCoreApplication::translate("rd::release", "Remote: %1 (%2)")
                              .arg(m_data.remote, m_data.url)};
    for (const Ref &ref : m_data.refs)
        lines.append(
                QCoreApplication::translate("rd::release", "  %1 -> %2 (on the remote now: %3)")
                        .arg(ref.local,
                             ref.remote,
                             ref.before ? ref.before->toShortString() : QStringLiteral("absent")));
    return lines.join(u'\n');
}

QJsonObject PushStep::toJson() const
{
    QJsonArray refs;
    for (const Ref &ref : m_data.refs)
        refs.append(QJsonObject{{QStringLiteral("local"), ref.local},
                                {QStringLiteral("remote"), ref.remote},
                                {QStringLiteral("before"),
                                 ref.before ? JsonBytes::oid(*ref.before)
                                            : QJsonValue(QJsonValue::Null)}});
    return QJsonObject{{QStringLiteral("remote"), m_data.remote},
                       {QStringLiteral("url"), m_data.url},
                       {QStringLiteral("refs"), refs}};
}

Status PushStep::checkUrl(const StepContext &context) const
{
    auto url = RemoteAccess::pushUrl(context.repository, m_data.remote);
    if (!url)
        return std::unexpected(url.error());
    if (*url != m_data.url)
        return fail(errc::remoteChanged,
                    QCoreApplication::translate(
                            "rd::release",
                            "The remote %1 now points at %2, not at %3 as when the release "
                            "was planned. Restore the URL, or abort and plan again.")
                            .arg(m_data.remote, *url, m_data.url),
                    m_data.remote);
    return {};
}

Result<QJsonObject> PushStep::localValues(const StepContext &context) const
{
    git::References refs(context.repository);
    QJsonObject values;
    for (const Ref &ref : m_data.refs) {
        auto id = refs.target(ref.local);
        if (!id)
            return std::unexpected(id.error());
        if (!*id)
            return fail(errc::badPlan,
                        QCoreApplication::translate("rd::release",
                                                    "There is nothing to push: %1 does not exist.")
                                .arg(ref.local),
                        ref.local);
        values.insert(ref.remote, (*id)->toString());
    }
    return values;
}

Result<QHash<QString, git::Oid>> PushStep::remoteValues(StepContext &context) const
{
    auto heads = context.remotes->list(context.repository,
                                       m_data.remote,
                                       git::Remote::Direction::Push,
                                       context.progress);
    if (!heads)
        return std::unexpected(heads.error());
    QHash<QString, git::Oid> values;
    for (const git::RemoteHead &head : *heads)
        values.insert(head.name, head.id);
    return values;
}

Result<std::optional<QJsonObject>> PushStep::checkDone(StepContext &context) const
{
    if (auto ok = needRemotes(context); !ok)
        return std::unexpected(ok.error());
    auto local = localValues(context);
    if (!local)
        return std::unexpected(local.error());
    auto remote = remoteValues(context);
    if (!remote)
        return std::unexpected(remote.error());
    for (auto it = local->begin(); it != local->end(); ++it) {
        const auto found = remote->constFind(it.key());
        if (found == remote->constEnd() || found->toString() != it.value().toString())
            return std::optional<QJsonObject>();
    }
    return std::optional<QJsonObject>(QJsonObject{{QStringLiteral("refs"), *local}});
}

Result<QJsonObject> PushStep::execute(StepContext &context)
{
    if (auto ok = needRemotes(context); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkUrl(context); !ok)
        return std::unexpected(ok.error());
    auto local = localValues(context);
    if (!local)
        return std::unexpected(local.error());
    QStringList refspecs;
    for (const Ref &ref : m_data.refs)
        refspecs.append(ref.local + u':' + ref.remote);
    if (context.progress)
        context.progress->log(
                QCoreApplication::translate("rd::release", "Pushing %1 to %2 (%3)")
                        .arg(refspecs.join(QStringLiteral(", ")), m_data.remote, m_data.url));
    if (auto pushed = context.remotes->push(context.repository,
                                            m_data.remote,
                                            refspecs,
                                            context.progress);
        !pushed)
        return std::unexpected(pushed.error());
    return QJsonObject{{QStringLiteral("refs"), *local}};
}

Status PushStep::undoLocal(StepContext &, const QJsonObject &)
{
    return {}; // a push changes nothing in this clone but remote-tracking refs
}

Result<QStringList> PushStep::remoteEffects(StepContext &context, const QJsonObject &result) const
{
    if (auto ok = needRemotes(context); !ok)
        return std::unexpected(ok.error());
    QJsonObject ours = result.value(QLatin1String("refs")).toObject();
    if (ours.isEmpty()) {
        auto local = localValues(context);
        if (!local)
            return QStringList(); // the local refs are gone, so nothing of ours can be pushed
        ours = *local;
    }
    auto remote = remoteValues(context);
    if (!remote)
        return std::unexpected(remote.error());
    QStringList effects;
    for (auto it = ours.begin(); it != ours.end(); ++it) {
        const auto found = remote->constFind(it.key());
        if (found != remote->constEnd() && found->toString() == it.value().toString())
            effects.append(it.key());
    }
    return effects;
}

Status PushStep::undoRemote(StepContext &context, const QJsonObject &result)
{
    auto effects = remoteEffects(context, result);
    if (!effects)
        return std::unexpected(effects.error());
    if (effects->isEmpty())
        return {};
    QStringList refspecs;
    QStringList temporary;
    git::References refs(context.repository);
    for (const Ref &ref : m_data.refs) {
        if (!effects->contains(ref.remote))
            continue;
        if (!ref.before) {
            refspecs.append(u':' + ref.remote); // did not exist before: delete
            continue;
        }
        // libgit2 pushes references, not bare ids: point a scratch ref at the old value.
        const QString scratch = QStringLiteral("refs/releasedesk/undo/")
                                + ref.remote.section(u'/', 1);
        if (auto set = refs.set(scratch,
                                *ref.before,
                                std::nullopt,
                                QStringLiteral("releasedesk: undo push"));
            !set) {
            auto existing = refs.target(scratch);
            if (!existing || !*existing)
                return std::unexpected(set.error());
            (void) refs.remove(scratch, **existing);
            if (auto again = refs.set(scratch,
                                      *ref.before,
                                      std::nullopt,
                                      QStringLiteral("releasedesk: undo push"));
                !again)
                return std::unexpected(again.error());
        }
        temporary.append(scratch);
        refspecs.append(u'+' + scratch + u':' + ref.remote);
    }
    auto pushed = context.remotes->push(context.repository,
                                        m_data.remote,
                                        refspecs,
                                        context.progress);
    for (const QString &scratch : temporary)
        if (auto id = refs.target(scratch); id && *id)
            (void) refs.remove(scratch, **id);
    return pushed;
}

} // namespace rd
