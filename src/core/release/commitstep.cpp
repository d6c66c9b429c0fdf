// SPDX-License-Identifier: GPL-3.0-or-later
#include "commitstep.h"

#include "git/objectstore.h"
#include "git/references.h"
#include "git/repository.h"
#include "release/jsonbytes.h"
#include "release/stepcontext.h"
#include "signing/signer.h"
#include "util/fileio.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

namespace rd {

CommitStep::CommitStep(Data data)
    : m_data(std::move(data))
{}

Result<std::unique_ptr<ReleaseStep>> CommitStep::fromJson(const QJsonObject &json)
{
    Data data;
    data.branch = json.value(QLatin1String("branch")).toString();
    const auto base = JsonBytes::oid(json.value(QLatin1String("base")));
    data.message = json.value(QLatin1String("message")).toString();
    data.identity = JsonBytes::identity(json.value(QLatin1String("identity")).toObject());
    data.sign = json.value(QLatin1String("sign")).toBool();
    data.signingKey = json.value(QLatin1String("signingKey")).toString();
    const QJsonArray files = json.value(QLatin1String("files")).toArray();
    for (const QJsonValue &file : files)
        data.files.append(File{file.toObject().value(QLatin1String("path")).toString(),
                               file.toObject().value(QLatin1String("sha256")).toString()});
    if (data.branch.isEmpty() || !base || data.message.isEmpty() || data.files.isEmpty())
        return fail(errc::badPlan,
                    QCoreApplication::translate("rd::release",
                                                "A commit step lacks its branch, base, message "
                                                "or files."));
    data.base = *base;
    return std::unique_ptr<ReleaseStep>(std::make_unique<CommitStep>(std::move(data)));
}

QString CommitStep::title() const
{
    return QCoreApplication::translate("rd::release",
                                       "Commit %n file(s) on %1",
                                       nullptr,
                                       int(m_data.files.size()))
            .arg(m_data.branch);
}

QString CommitStep::details() const
{
    QStringList paths;
    for (const File &file : m_data.files)
        paths.append(QStringLiteral("  ") + file.path);
    return QCoreApplication::translate("rd::release",
                                       "Author: %1 <%2>%3\nParent: %4 (%5)\nFiles:\n%6\n\n%7")
            .arg(m_data.identity.name,
                 m_data.identity.email,
                 m_data.sign ? QCoreApplication::translate("rd::release", " (signed with %1)")
                                       .arg(m_data.signingKey)
                             : QString(),
                 m_data.base.toString(),
                 m_data.branch,
                 paths.join(u'\n'),
                 m_data.message);
}

QJsonObject CommitStep::toJson() const
{
    QJsonArray files;
    for (const File &file : m_data.files)
        files.append(QJsonObject{{QStringLiteral("path"), file.path},
                                 {QStringLiteral("sha256"), file.sha256}});
    return QJsonObject{{QStringLiteral("branch"), m_data.branch},
                       {QStringLiteral("base"), JsonBytes::oid(m_data.base)},
                       {QStringLiteral("message"), m_data.message},
                       {QStringLiteral("identity"), JsonBytes::identity(m_data.identity)},
                       {QStringLiteral("files"), files},
                       {QStringLiteral("sign"), m_data.sign},
                       {QStringLiteral("signingKey"), m_data.signingKey}};
}

Result<std::optional<QJsonObject>> CommitStep::checkDone(StepContext &context) const
{
    git::References refs(context.repository);
    auto tip = refs.target(branchRef());
    if (!tip)
        return std::unexpected(tip.error());
    if (!*tip)
        return fail(errc::branchMoved,
                    QCoreApplication::translate("rd::release", "The branch %1 no longer exists.")
                            .arg(m_data.branch),
                    branchRef());
    if (**tip == m_data.base)
        return std::optional<QJsonObject>();
    // Ours when it sits right on the base with our message: the commit was made and the
    // process stopped before the journal said so.
    auto commit = context.repository.lookupCommit(**tip);
    if (!commit)
        return std::unexpected(commit.error());
    if (commit->parentCount() == 1 && commit->parentId(0) == m_data.base
        && QString::fromUtf8(commit->rawMessage()) == m_data.message)
        return std::optional<QJsonObject>(
                QJsonObject{{QStringLiteral("commit"), (*tip)->toString()}});
    return fail(errc::branchMoved,
                QCoreApplication::translate(
                        "rd::release",
                        "The branch %1 moved to %2 since the release started from %3. "
                        "Abort the release and plan it again.")
                        .arg(m_data.branch, (*tip)->toShortString(), m_data.base.toShortString()),
                branchRef());
}

Result<QJsonObject> CommitStep::execute(StepContext &context)
{
    git::Repository &repo = context.repository;
    if (repo.currentBranch() != m_data.branch)
        return fail(errc::branchMoved,
                    QCoreApplication::translate(
                            "rd::release",
                            "HEAD is no longer on %1 (now: %2). Switch back to %1, then "
                            "resume.")
                            .arg(m_data.branch,
                                 repo.currentBranch().isEmpty() ? QStringLiteral("detached")
                                                                : repo.currentBranch()),
                    QStringLiteral("HEAD"));
    git::ObjectStore store(repo);
    auto baseCommit = repo.lookupCommit(m_data.base);
    if (!baseCommit)
        return std::unexpected(baseCommit.error());

    QList<git::ObjectStore::TreeChange> changes;
    QStringList paths;
    for (const File &file : m_data.files) {
        auto bytes = readFile(QDir(repo.workdir()).filePath(file.path));
        if (!bytes)
            return std::unexpected(bytes.error());
        if (JsonBytes::sha256(*bytes) != file.sha256)
            return fail(errc::fileChanged,
                        QCoreApplication::translate(
                                "rd::release",
                                "The file no longer holds what the release wrote, so it "
                                "was not committed. Abort, or restore it and resume."),
                        file.path);
        auto blob = store.writeBlobFromWorkdir(file.path);
        if (!blob)
            return std::unexpected(blob.error());
        auto entry = store.entryAt(m_data.base, file.path);
        if (!entry)
            return std::unexpected(entry.error());
        changes.append({file.path, *blob, *entry && (*entry)->executable});
        paths.append(file.path);
    }
    auto tree = store.updateTree(baseCommit->treeId(), changes);
    if (!tree)
        return std::unexpected(tree.error());

    git::Signature identity = m_data.identity;
    identity.when = QDateTime::currentDateTime();
    auto content = store.commitContent(identity, identity, m_data.message, *tree, {m_data.base});
    if (!content)
        return std::unexpected(content.error());
    QByteArray signature;
    if (m_data.sign) {
        if (!context.signer)
            return fail(errc::signingFailed,
                        QCoreApplication::translate(
                                "rd::release",
                                "commit.gpgSign asks for a signed commit but no signer is "
                                "available."));
        auto signedBytes = context.signer->signDetached(*content, m_data.signingKey);
        if (!signedBytes)
            return std::unexpected(signedBytes.error());
        signature = *signedBytes;
    }
    auto commit = store.writeCommit(*content, signature);
    if (!commit)
        return std::unexpected(commit.error());

    const QString summary = m_data.message.section(u'\n', 0, 0);
    git::References refs(repo);
    if (auto moved = refs.set(branchRef(),
                              *commit,
                              m_data.base,
                              QStringLiteral("commit: ") + summary);
        !moved)
        return std::unexpected(moved.error());
    // Stage the committed files so `git status` shows them clean.
    auto index = repo.index();
    if (!index)
        return std::unexpected(index.error());
    for (const QString &path : paths)
        if (auto added = index->addPath(path); !added)
            return std::unexpected(added.error());
    if (auto written = index->write(); !written)
        return std::unexpected(written.error());
    return QJsonObject{{QStringLiteral("commit"), commit->toString()}};
}

Status CommitStep::undoLocal(StepContext &context, const QJsonObject &result)
{
    git::Repository &repo = context.repository;
    std::optional<git::Oid> ours = JsonBytes::oid(result.value(QLatin1String("commit")));
    if (!ours) {
        auto done = checkDone(context);
        if (!done)
            return std::unexpected(done.error());
        if (!*done)
            return {}; // never committed
        ours = JsonBytes::oid((*done)->value(QLatin1String("commit")));
    }
    git::References refs(repo);
    auto tip = refs.target(branchRef());
    if (!tip)
        return std::unexpected(tip.error());
    if (*tip && **tip == m_data.base)
        return {};
    if (!*tip || !(**tip == *ours))
        return fail(errc::branchMoved,
                    QCoreApplication::translate(
                            "rd::release",
                            "The branch %1 has moved past the release commit %2, so it "
                            "was not reset. Reset it by hand if you want the commit gone.")
                            .arg(m_data.branch, ours->toShortString()),
                    branchRef());
    if (auto moved = refs.set(branchRef(),
                              m_data.base,
                              *ours,
                              QStringLiteral("releasedesk: abort release"));
        !moved)
        return std::unexpected(moved.error());
    QStringList paths;
    for (const File &file : m_data.files)
        paths.append(file.path);
    git::ObjectStore store(repo);
    return store.resetIndexEntries(m_data.base, paths);
}

} // namespace rd
