// SPDX-License-Identifier: GPL-3.0-or-later
#include "commitparts.h"

#include "git/error.h"

#include <QCoreApplication>

namespace git {

rd::Result<SignaturePtr> toGit(const Signature &signature)
{
    SignaturePtr raw;
    const QByteArray name = signature.name.toUtf8();
    const QByteArray email = signature.email.toUtf8();
    int rc;
    if (signature.when.isValid())
        rc = git_signature_new(out(raw),
                               name.constData(),
                               email.constData(),
                               signature.when.toSecsSinceEpoch(),
                               signature.when.offsetFromUtc() / 60);
    else
        rc = git_signature_now(out(raw), name.constData(), email.constData());
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git",
                                                  "The identity \"%1 <%2>\" is not valid for git")
                              .arg(signature.name, signature.email)));
    return raw;
}

rd::Result<CommitParts> CommitParts::load(git_repository *repository,
                                          const Signature &author,
                                          const Signature &committer,
                                          const Oid &tree,
                                          const QList<Oid> &parents)
{
    CommitParts parts;
    auto authorSig = toGit(author);
    if (!authorSig)
        return std::unexpected(authorSig.error());
    parts.author = std::move(*authorSig);
    auto committerSig = toGit(committer);
    if (!committerSig)
        return std::unexpected(committerSig.error());
    parts.committer = std::move(*committerSig);
    int rc = git_tree_lookup(out(parts.tree), repository, tree.raw());
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git", "Cannot read the tree to commit")));
    for (const Oid &parent : parents) {
        CommitPtr p;
        rc = git_commit_lookup(out(p), repository, parent.raw());
        if (rc < 0)
            return std::unexpected(
                    error(rc,
                          QCoreApplication::translate("rd::git", "Cannot read parent commit %1")
                                  .arg(parent.toShortString())));
        parts.parentPointers.push_back(p.get());
        parts.parents.push_back(std::move(p));
    }
    return parts;
}

} // namespace git
