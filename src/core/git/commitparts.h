// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/handle.h"
#include "git/oid.h"
#include "git/signature.h"
#include "util/error.h"

#include <QList>

#include <git2/commit.h>
#include <git2/signature.h>
#include <git2/tree.h>

#include <vector>

namespace git {

using SignaturePtr = Handle<git_signature, git_signature_free>;
using TreePtr = Handle<git_tree, git_tree_free>;
using CommitPtr = Handle<git_commit, git_commit_free>;

// A signature as libgit2 takes it (now, when `signature.when` is not set).
rd::Result<SignaturePtr> toGit(const Signature &signature);

// What a new commit is made of, looked up in the repository: both identities, the tree and the
// parents. Repository::createCommit and ObjectStore::commitContent build from it.
struct CommitParts
{
    SignaturePtr author;
    SignaturePtr committer;
    TreePtr tree;
    std::vector<CommitPtr> parents;
    std::vector<const git_commit *> parentPointers; // into `parents`, for libgit2's calls

    static rd::Result<CommitParts> load(git_repository *repository,
                                        const Signature &author,
                                        const Signature &committer,
                                        const Oid &tree,
                                        const QList<Oid> &parents);
};

} // namespace git
