// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkout.h"

#include "git/error.h"
#include "git/handle.h"
#include "git/references.h"
#include "git/repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <git2/checkout.h>
#include <git2/object.h>

namespace git {

rd::Status Checkout::fastForward(Repository &repository,
                                 const QString &branchRef,
                                 const Oid &from,
                                 const Oid &to)
{
    auto descends = repository.contains(to, from);
    if (!descends)
        return std::unexpected(descends.error());
    if (!*descends)
        return rd::fail(
                errc::nonFastForward,
                QCoreApplication::translate("rd::git",
                                            "%1 cannot be fast-forwarded to %2: the branches have "
                                            "diverged. Merge or rebase by hand.")
                        .arg(branchRef, to.toShortString()),
                branchRef);
    Handle<git_object, git_object_free> target;
    int rc = git_object_lookup(out(target), repository.raw(), to.raw(), GIT_OBJECT_COMMIT);
    if (rc < 0)
        return std::unexpected(error(rc,
                                     QCoreApplication::translate("rd::git", "Cannot read commit %1")
                                             .arg(to.toShortString())));
    git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
    options.checkout_strategy = GIT_CHECKOUT_SAFE;
    rc = git_checkout_tree(repository.raw(), target.get(), &options);
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git",
                                                  "Cannot update the files; commit or stash "
                                                  "local changes first"),
                      branchRef));
    References refs(repository);
    return refs.set(branchRef, to, from, QStringLiteral("releasedesk: fast-forward"));
}

rd::Status Checkout::exportCommit(const Repository &repository,
                                  const Oid &commit,
                                  const QString &directory)
{
    if (!QDir().mkpath(directory) || !QDir(directory).isEmpty())
        return rd::fail(rd::errc::io,
                        QCoreApplication::translate("rd::git",
                                                    "Cannot write the files of %1 into a new "
                                                    "folder: it cannot be made, or is not empty")
                                .arg(commit.toShortString()),
                        directory);
    Handle<git_object, git_object_free> target;
    int rc = git_object_lookup(out(target), repository.raw(), commit.raw(), GIT_OBJECT_COMMIT);
    if (rc < 0)
        return std::unexpected(error(rc,
                                     QCoreApplication::translate("rd::git", "Cannot read commit %1")
                                             .arg(commit.toShortString())));
    const QByteArray path = QFile::encodeName(directory);
    git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
    // Every file of the commit, written whatever the folder holds; the index is not touched.
    options.checkout_strategy = GIT_CHECKOUT_FORCE | GIT_CHECKOUT_DONT_UPDATE_INDEX;
    options.target_directory = path.constData();
    rc = git_checkout_tree(repository.raw(), target.get(), &options);
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git", "Cannot write the files of %1")
                              .arg(commit.toShortString()),
                      directory));
    return {};
}

} // namespace git
