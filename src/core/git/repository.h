// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/commit.h"
#include "git/config.h"
#include "git/handle.h"
#include "git/index.h"
#include "git/oid.h"
#include "git/signature.h"
#include "git/tagref.h"
#include "util/error.h"

#include <QList>
#include <QString>

#include <functional>

#include <git2/repository.h>

namespace git {

// A git repository. Used on one thread at a time: open one per worker task.
class Repository
{
public:
    // Opens the repository containing `path` (searching parent folders like git does).
    // Error code git.not-a-repository with a message naming the path when there is none.
    static rd::Result<Repository> open(const QString &path);
    // Creates a repository (for tests and new projects). `initialBranch` names HEAD's branch.
    static rd::Result<Repository> init(const QString &path,
                                       bool bare = false,
                                       const QString &initialBranch = QStringLiteral("main"));

    QString gitDir() const;  // the .git folder (or the bare repository), with a trailing '/'
    QString workdir() const; // the work tree with a trailing '/', empty when bare
    bool isBare() const;
    bool isEmpty() const; // no commits at all
    bool isShallow() const;
    bool isHeadDetached() const;
    bool isHeadUnborn() const; // HEAD names a branch that has no commit yet
    // "main" for refs/heads/main; empty when detached or unborn-without-name.
    QString currentBranch() const;
    // The default branch of `remote` as the clone knows it: refs/remotes/<remote>/HEAD (which
    // clone sets), else its main or master branch; empty when the clone does not know.
    QString defaultBranch(const QString &remote = QStringLiteral("origin")) const;
    // An operation in progress (merge, rebase, cherry-pick...) as a word; empty when none.
    QString stateName() const;

    // The commit HEAD points at. Errors: git.unborn-branch for a repository without commits.
    rd::Result<Oid> headId() const;
    rd::Result<Commit> lookupCommit(const Oid &id) const;
    // A revision ("HEAD~2", "v1.2.0", a branch, an id) peeled to a commit.
    rd::Result<Oid> resolveCommit(const QString &revision) const;

    // Every tag under refs/tags, peeled. Tags that point at trees or blobs, or whose object is
    // not in this clone, come back with TagRef::kind saying so, for callers to tell the user.
    rd::Result<QList<TagRef>> tags() const;
    // The tag refs/tags/<name>, peeled like tags(); nullopt when there is none.
    rd::Result<std::optional<TagRef>> tag(const QString &name) const;
    // True when `commit` is `ancestor` or descends from it.
    rd::Result<bool> contains(const Oid &commit, const Oid &ancestor) const;

    rd::Result<Config> config() const;
    rd::Result<Index> index() const;
    // user.name / user.email from the git configuration, now; an error that says how to set
    // them when they are missing.
    rd::Result<Signature> defaultSignature() const;
    // True when `relativePath` is ignored by .gitignore / info/exclude / core.excludesFile.
    rd::Result<bool> isIgnored(const QString &relativePath) const;
    // Copies the files of HEAD's tree that `wanted` accepts into `target` (same relative
    // paths), for a read-only view of a bare repository. `wanted(path, isFolder)` sees
    // '/'-separated paths; a folder it refuses is not entered. Symbolic links are left out.
    // Returns how many files were written (0 for an unborn HEAD).
    rd::Result<int> exportHeadFiles(
            const QString &target,
            const std::function<bool(const QString &path, bool isFolder)> &wanted) const;

    // Writes a commit and (when `updateRef` is not empty, e.g. "HEAD") moves that ref to it.
    rd::Result<Oid> createCommit(const QString &updateRef,
                                 const Signature &author,
                                 const Signature &committer,
                                 const QString &message,
                                 const Oid &tree,
                                 const QList<Oid> &parents);
    rd::Result<Oid> createAnnotatedTag(const QString &name,
                                       const Oid &target,
                                       const Signature &tagger,
                                       const QString &message,
                                       bool force = false);
    rd::Status createLightweightTag(const QString &name, const Oid &target, bool force = false);
    rd::Status deleteTag(const QString &name);

private:
    // The handle stays inside git/: the wrappers below are the only users of libgit2's API.
    friend class Checkout;
    friend struct CommitParts;
    friend class CommitStore;
    friend class ObjectStore;
    friend class PathChanges;
    friend class References;
    friend class Remote;
    friend class WorkTreeStatus;
    friend struct TestAccess; // tests/support/testaccess.h: tests build odd states by hand
    git_repository *raw() const { return m_repo.get(); }

    using Ptr = Handle<git_repository, git_repository_free>;
    explicit Repository(Ptr repo)
        : m_repo(std::move(repo))
    {}
    Ptr m_repo;
};

} // namespace git
