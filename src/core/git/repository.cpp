// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository.h"

#include "git/commitparts.h"
#include "git/commitstore.h"
#include "git/error.h"

#include <QCoreApplication>
#include <QDir>

#include <git2/errors.h>
#include <git2/graph.h>
#include <git2/ignore.h>
#include <git2/object.h>
#include <git2/refs.h>
#include <git2/revparse.h>
#include <git2/signature.h>
#include <git2/tag.h>
#include <git2/tree.h>

#include <cstring>

namespace git {

namespace {

using ObjectPtr = Handle<git_object, git_object_free>;
using ReferencePtr = Handle<git_reference, git_reference_free>;

} // namespace

rd::Result<Repository> Repository::open(const QString &path)
{
    Ptr repo;
    const QByteArray native = QDir::toNativeSeparators(path).toUtf8();
    const int rc = git_repository_open_ext(out(repo), native.constData(), 0, nullptr);
    if (rc == GIT_ENOTFOUND)
        return rd::fail(errc::notARepository,
                        QCoreApplication::translate(
                                "rd::git",
                                "This folder is not inside a git repository. Open the "
                                "folder of a project that git tracks, or run `git init` "
                                "there first."),
                        path);
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git", "Cannot open the repository"),
                      path));
    return Repository(std::move(repo));
}

rd::Result<Repository> Repository::init(const QString &path,
                                        bool bare,
                                        const QString &initialBranch)
{
    git_repository_init_options options = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    options.flags = GIT_REPOSITORY_INIT_MKPATH;
    if (bare)
        options.flags |= GIT_REPOSITORY_INIT_BARE;
    const QByteArray head = initialBranch.toUtf8();
    options.initial_head = head.constData();
    Ptr repo;
    const int rc = git_repository_init_ext(out(repo), path.toUtf8().constData(), &options);
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git", "Cannot create a repository"),
                      path));
    return Repository(std::move(repo));
}

QString Repository::gitDir() const
{
    return QString::fromUtf8(git_repository_path(m_repo.get()));
}

QString Repository::workdir() const
{
    const char *dir = git_repository_workdir(m_repo.get());
    return dir ? QString::fromUtf8(dir) : QString();
}

bool Repository::isBare() const
{
    return git_repository_is_bare(m_repo.get()) == 1;
}

bool Repository::isEmpty() const
{
    // git_repository_is_empty() only recognises an unborn HEAD on the configured default
    // branch name; a repository created with another initial branch would look non-empty.
    if (git_repository_head_unborn(m_repo.get()) != 1)
        return false;
    git_reference_iterator *iterator = nullptr;
    if (git_reference_iterator_glob_new(&iterator, m_repo.get(), "refs/heads/*") < 0)
        return git_repository_is_empty(m_repo.get()) == 1;
    git_reference *ref = nullptr;
    const bool anyBranch = git_reference_next(&ref, iterator) == 0;
    git_reference_free(ref);
    git_reference_iterator_free(iterator);
    return !anyBranch;
}

bool Repository::isShallow() const
{
    return git_repository_is_shallow(m_repo.get()) == 1;
}

bool Repository::isHeadDetached() const
{
    return git_repository_head_detached(m_repo.get()) == 1;
}

bool Repository::isHeadUnborn() const
{
    return git_repository_head_unborn(m_repo.get()) == 1;
}

QString Repository::currentBranch() const
{
    ReferencePtr head;
    if (git_reference_lookup(out(head), m_repo.get(), "HEAD") < 0)
        return {};
    if (git_reference_type(head.get()) != GIT_REFERENCE_SYMBOLIC)
        return {};
    const QString target = QString::fromUtf8(git_reference_symbolic_target(head.get()));
    static const QString prefix = QStringLiteral("refs/heads/");
    return target.startsWith(prefix) ? target.mid(prefix.size()) : QString();
}

QString Repository::defaultBranch(const QString &remote) const
{
    ReferencePtr head;
    const QByteArray name = "refs/remotes/" + remote.toUtf8() + "/HEAD";
    // Two statements: out() hands the reference over when its full expression ends.
    const int found = git_reference_lookup(out(head), m_repo.get(), name.constData());
    if (found == 0 && git_reference_type(head.get()) == GIT_REFERENCE_SYMBOLIC) {
        const QString target = QString::fromUtf8(git_reference_symbolic_target(head.get()));
        const QString prefix = QStringLiteral("refs/remotes/") + remote + u'/';
        if (target.startsWith(prefix) && target.size() > prefix.size())
            return target.mid(prefix.size());
    }
    // A clone made by `git init` and a push has no remote HEAD: the usual names, if it has one.
    for (const char *usual : {"main", "master"}) {
        ReferencePtr branch;
        const QByteArray ref = "refs/remotes/" + remote.toUtf8() + '/' + usual;
        const int exists = git_reference_lookup(out(branch), m_repo.get(), ref.constData());
        if (exists == 0)
            return QString::fromLatin1(usual);
    }
    return {};
}

QString Repository::stateName() const
{
    switch (git_repository_state(m_repo.get())) {
    case GIT_REPOSITORY_STATE_NONE:
        return {};
    case GIT_REPOSITORY_STATE_MERGE:
        return QStringLiteral("merge");
    case GIT_REPOSITORY_STATE_REVERT:
    case GIT_REPOSITORY_STATE_REVERT_SEQUENCE:
        return QStringLiteral("revert");
    case GIT_REPOSITORY_STATE_CHERRYPICK:
    case GIT_REPOSITORY_STATE_CHERRYPICK_SEQUENCE:
        return QStringLiteral("cherry-pick");
    case GIT_REPOSITORY_STATE_BISECT:
        return QStringLiteral("bisect");
    case GIT_REPOSITORY_STATE_REBASE:
    case GIT_REPOSITORY_STATE_REBASE_INTERACTIVE:
    case GIT_REPOSITORY_STATE_REBASE_MERGE:
        return QStringLiteral("rebase");
    default:
        return QCoreApplication::translate("rd::git", "mailbox apply");
    }
}

rd::Result<Oid> Repository::headId() const
{
    git_oid id;
    const int rc = git_reference_name_to_id(&id, m_repo.get(), "HEAD");
    if (rc == GIT_ENOTFOUND || rc == GIT_EUNBORNBRANCH || isHeadUnborn())
        return rd::fail(errc::unbornBranch,
                        QCoreApplication::translate(
                                "rd::git",
                                "The repository has no commits yet. Make a first commit, "
                                "then try again."),
                        workdir().isEmpty() ? gitDir() : workdir());
    if (rc < 0)
        return std::unexpected(
                error(rc, QCoreApplication::translate("rd::git", "Cannot read HEAD"), gitDir()));
    return Oid(id);
}

rd::Result<Commit> Repository::lookupCommit(const Oid &id) const
{
    Commit::Ptr commit;
    const int rc = git_commit_lookup(out(commit), m_repo.get(), id.raw());
    if (rc < 0)
        return std::unexpected(error(rc,
                                     QCoreApplication::translate("rd::git", "Cannot read commit %1")
                                             .arg(id.toShortString())));
    return Commit(std::move(commit));
}

rd::Result<Oid> Repository::resolveCommit(const QString &revision) const
{
    ObjectPtr object;
    int rc = git_revparse_single(out(object), m_repo.get(), revision.toUtf8().constData());
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git", "The revision \"%1\" does not exist")
                              .arg(revision)));
    ObjectPtr peeled;
    rc = git_object_peel(out(peeled), object.get(), GIT_OBJECT_COMMIT);
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git", "The revision \"%1\" is not a commit")
                              .arg(revision)));
    return Oid(*git_object_id(peeled.get()));
}

rd::Result<QList<TagRef>> Repository::tags() const
{
    // One lister for the whole program: the commit store's reads packed-refs once.
    CommitStore store(*this);
    return store.tags([](QStringView) { return true; });
}

rd::Result<std::optional<TagRef>> Repository::tag(const QString &name) const
{
    CommitStore store(*this);
    auto found = store.tags([&name](QStringView candidate) { return candidate == name; });
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<TagRef>();
    return std::optional<TagRef>(found->takeFirst());
}

rd::Result<bool> Repository::contains(const Oid &commit, const Oid &ancestor) const
{
    if (commit == ancestor)
        return true;
    const int rc = git_graph_descendant_of(m_repo.get(), commit.raw(), ancestor.raw());
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git", "Cannot compare commits %1 and %2")
                              .arg(commit.toShortString(), ancestor.toShortString())));
    return rc == 1;
}

rd::Result<Config> Repository::config() const
{
    Config::Ptr config;
    const int rc = git_repository_config(out(config), m_repo.get());
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git", "Cannot read the git configuration")));
    return Config(std::move(config));
}

rd::Result<Index> Repository::index() const
{
    Index::Ptr index;
    const int rc = git_repository_index(out(index), m_repo.get());
    if (rc < 0)
        return std::unexpected(
                error(rc, QCoreApplication::translate("rd::git", "Cannot open the index")));
    return Index(std::move(index));
}

rd::Result<Signature> Repository::defaultSignature() const
{
    SignaturePtr raw;
    const int rc = git_signature_default(out(raw), m_repo.get());
    if (rc == GIT_ENOTFOUND)
        return rd::fail(errc::notFound,
                        QCoreApplication::translate(
                                "rd::git",
                                "git does not know who you are: set user.name and "
                                "user.email (git config --global user.name \"Your Name\"; "
                                "git config --global user.email you@example.com)."));
    if (rc < 0)
        return std::unexpected(
                error(rc, QCoreApplication::translate("rd::git", "Cannot read your git identity")));
    return Signature::fromGit(raw.get());
}

rd::Result<bool> Repository::isIgnored(const QString &relativePath) const
{
    int ignored = 0;
    const int rc = git_ignore_path_is_ignored(&ignored,
                                              m_repo.get(),
                                              relativePath.toUtf8().constData());
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git", "Cannot check the ignore rules"),
                      relativePath));
    return ignored == 1;
}

rd::Result<Oid> Repository::createCommit(const QString &updateRef,
                                         const Signature &author,
                                         const Signature &committer,
                                         const QString &message,
                                         const Oid &tree,
                                         const QList<Oid> &parents)
{
    auto parts = CommitParts::load(m_repo.get(), author, committer, tree, parents);
    if (!parts)
        return std::unexpected(parts.error());
    git_oid id;
    const QByteArray ref = updateRef.toUtf8();
    const int rc = git_commit_create(&id,
                                     m_repo.get(),
                                     updateRef.isEmpty() ? nullptr : ref.constData(),
                                     parts->author.get(),
                                     parts->committer.get(),
                                     nullptr,
                                     message.toUtf8().constData(),
                                     parts->tree.get(),
                                     parts->parentPointers.size(),
                                     parts->parentPointers.data());
    if (rc < 0)
        return std::unexpected(
                error(rc, QCoreApplication::translate("rd::git", "Cannot create the commit")));
    return Oid(id);
}

rd::Result<Oid> Repository::createAnnotatedTag(const QString &name,
                                               const Oid &target,
                                               const Signature &tagger,
                                               const QString &message,
                                               bool force)
{
    auto taggerSig = toGit(tagger);
    if (!taggerSig)
        return std::unexpected(taggerSig.error());
    ObjectPtr object;
    int rc = git_object_lookup(out(object), m_repo.get(), target.raw(), GIT_OBJECT_ANY);
    if (rc < 0)
        return std::unexpected(
                error(rc, QCoreApplication::translate("rd::git", "Cannot read the object to tag")));
    git_oid id;
    rc = git_tag_create(&id,
                        m_repo.get(),
                        name.toUtf8().constData(),
                        object.get(),
                        taggerSig->get(),
                        message.toUtf8().constData(),
                        force ? 1 : 0);
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git", "Cannot create tag %1").arg(name)));
    return Oid(id);
}

rd::Status Repository::createLightweightTag(const QString &name, const Oid &target, bool force)
{
    ObjectPtr object;
    int rc = git_object_lookup(out(object), m_repo.get(), target.raw(), GIT_OBJECT_ANY);
    if (rc < 0)
        return std::unexpected(
                error(rc, QCoreApplication::translate("rd::git", "Cannot read the object to tag")));
    git_oid id;
    rc = git_tag_create_lightweight(&id,
                                    m_repo.get(),
                                    name.toUtf8().constData(),
                                    object.get(),
                                    force ? 1 : 0);
    return check(rc, QCoreApplication::translate("rd::git", "Cannot create tag %1").arg(name));
}

rd::Status Repository::deleteTag(const QString &name)
{
    return check(git_tag_delete(m_repo.get(), name.toUtf8().constData()),
                 QCoreApplication::translate("rd::git", "Cannot delete tag %1").arg(name));
}

} // namespace git
