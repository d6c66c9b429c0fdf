// SPDX-License-Identifier: GPL-3.0-or-later
#include "references.h"

#include "git/error.h"
#include "git/handle.h"
#include "git/repository.h"

#include <QCoreApplication>
#include <git2/branch.h>
#include <git2/buffer.h>
#include <git2/errors.h>
#include <git2/graph.h>
#include <git2/refs.h>

namespace git {

namespace {

using ReferencePtr = Handle<git_reference, git_reference_free>;

QString takeBuffer(git_buf &buffer)
{
    QString value = QString::fromUtf8(buffer.ptr, qsizetype(buffer.size));
    git_buf_dispose(&buffer);
    return value;
}

} // namespace

rd::Result<std::optional<Oid>> References::target(const QString &refName) const
{
    ReferencePtr ref;
    const int rc = git_reference_lookup(out(ref), m_repository.raw(), refName.toUtf8().constData());
    if (rc == GIT_ENOTFOUND)
        return std::optional<Oid>();
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git", "Cannot read the reference"),
                      refName));
    ReferencePtr resolved;
    const int resolveRc = git_reference_resolve(out(resolved), ref.get());
    if (resolveRc == GIT_ENOTFOUND)
        return std::optional<Oid>();
    if (resolveRc < 0)
        return std::unexpected(
                error(resolveRc,
                      QCoreApplication::translate("rd::git", "Cannot resolve the reference"),
                      refName));
    return std::optional<Oid>(Oid(*git_reference_target(resolved.get())));
}

rd::Status References::set(const QString &refName,
                           const Oid &id,
                           const std::optional<Oid> &expected,
                           const QString &logMessage)
{
    ReferencePtr ref;
    const QByteArray name = refName.toUtf8();
    const QByteArray log = logMessage.toUtf8();
    int rc;
    if (expected)
        rc = git_reference_create_matching(out(ref),
                                           m_repository.raw(),
                                           name.constData(),
                                           id.raw(),
                                           1,
                                           expected->raw(),
                                           log.constData());
    else
        rc = git_reference_create(out(ref),
                                  m_repository.raw(),
                                  name.constData(),
                                  id.raw(),
                                  0,
                                  log.constData());
    if (rc == GIT_EMODIFIED || rc == GIT_EEXISTS)
        return rd::fail(
                errc::conflict,
                QCoreApplication::translate("rd::git",
                                            "The reference changed while the release was running "
                                            "(expected %1). Look at what moved it, then resume or "
                                            "abort.")
                        .arg(expected ? expected->toShortString()
                                      : QCoreApplication::translate("rd::git", "no reference")),
                refName);
    return check(rc,
                 QCoreApplication::translate("rd::git", "Cannot update the reference"),
                 refName);
}

rd::Status References::remove(const QString &refName, const Oid &expected)
{
    auto current = target(refName);
    if (!current)
        return std::unexpected(current.error());
    if (!*current)
        return {};
    if (!(**current == expected))
        return rd::fail(errc::conflict,
                        QCoreApplication::translate(
                                "rd::git",
                                "The reference now points at %1, not at %2 as the release "
                                "left it; it was not deleted.")
                                .arg((*current)->toShortString(), expected.toShortString()),
                        refName);
    return check(git_reference_remove(m_repository.raw(), refName.toUtf8().constData()),
                 QCoreApplication::translate("rd::git", "Cannot delete the reference"),
                 refName);
}

rd::Result<std::optional<References::Upstream>> References::upstream(const QString &branch) const
{
    const QByteArray local = "refs/heads/" + branch.toUtf8();
    git_buf buffer = GIT_BUF_INIT;
    int rc = git_branch_upstream_name(&buffer, m_repository.raw(), local.constData());
    if (rc == GIT_ENOTFOUND)
        return std::optional<Upstream>();
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git", "Cannot read the branch's upstream"),
                      branch));
    Upstream result;
    result.trackingRef = takeBuffer(buffer);
    rc = git_branch_upstream_remote(&buffer, m_repository.raw(), local.constData());
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git", "Cannot read the branch's remote"),
                      branch));
    result.remote = takeBuffer(buffer);
    rc = git_branch_upstream_merge(&buffer, m_repository.raw(), local.constData());
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git",
                                                  "Cannot read the branch's merge setting"),
                      branch));
    result.mergeRef = takeBuffer(buffer);
    return std::optional<Upstream>(result);
}

rd::Result<std::pair<qsizetype, qsizetype>> References::aheadBehind(const Oid &local,
                                                                    const Oid &upstream) const
{
    size_t ahead = 0;
    size_t behind = 0;
    const int rc = git_graph_ahead_behind(&ahead,
                                          &behind,
                                          m_repository.raw(),
                                          local.raw(),
                                          upstream.raw());
    if (rc < 0)
        return std::unexpected(
                error(rc, QCoreApplication::translate("rd::git", "Cannot compare the branches")));
    return std::pair<qsizetype, qsizetype>(qsizetype(ahead), qsizetype(behind));
}

} // namespace git
