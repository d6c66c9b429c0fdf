// SPDX-License-Identifier: GPL-3.0-or-later
// Repository::exportHeadFiles: files of HEAD's tree copied out, for a read-only view of a bare
// repository.
#include "repository.h"

#include "git/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

#include <git2/blob.h>
#include <git2/commit.h>
#include <git2/errors.h>
#include <git2/tree.h>

namespace git {

namespace {

using CommitHandle = Handle<git_commit, git_commit_free>;
using TreeHandle = Handle<git_tree, git_tree_free>;
using BlobHandle = Handle<git_blob, git_blob_free>;

struct Walk
{
    git_repository *repository = nullptr;
    QString target;
    const std::function<bool(const QString &, bool)> *wanted = nullptr;
    std::optional<rd::Error> failure;
    int written = 0;
};

int visit(const char *root, const git_tree_entry *entry, void *payload)
{
    auto &walk = *static_cast<Walk *>(payload);
    const QString name = QString::fromUtf8(git_tree_entry_name(entry));
    // A crafted tree may name an entry "..": nothing is written outside `target`.
    if (name.isEmpty() || name == u"." || name == u".." || name.contains(u'/')
        || name.contains(u'\\'))
        return git_tree_entry_type(entry) == GIT_OBJECT_TREE ? 1 : 0;
    const QString path = QString::fromUtf8(root) + name;
    const git_object_t type = git_tree_entry_type(entry);
    if (type == GIT_OBJECT_TREE)
        return (*walk.wanted)(path, true) ? 0 : 1; // 1: the walk skips the folder
    if (type != GIT_OBJECT_BLOB || git_tree_entry_filemode(entry) == GIT_FILEMODE_LINK
        || !(*walk.wanted)(path, false))
        return 0;
    BlobHandle blob;
    if (const int rc = git_blob_lookup(out(blob), walk.repository, git_tree_entry_id(entry));
        rc < 0) {
        walk.failure = error(rc,
                             QCoreApplication::translate("rd::git", "Cannot read %1 from HEAD")
                                     .arg(path));
        return -1;
    }
    const QString file = walk.target + u'/' + path;
    QDir().mkpath(QFileInfo(file).path());
    QFile out(file);
    const auto size = qint64(git_blob_rawsize(blob.get()));
    if (!out.open(QIODevice::WriteOnly)
        || out.write(static_cast<const char *>(git_blob_rawcontent(blob.get())), size) != size) {
        walk.failure = rd::Error{rd::errc::io.toString(),
                                 QCoreApplication::translate("rd::git", "Cannot write %1: %2.")
                                         .arg(file, out.errorString()),
                                 file};
        return -1;
    }
    ++walk.written;
    return 0;
}

} // namespace

rd::Result<int> Repository::exportHeadFiles(
        const QString &target, const std::function<bool(const QString &, bool)> &wanted) const
{
    if (isHeadUnborn())
        return 0;
    auto head = headId();
    if (!head)
        return std::unexpected(head.error());
    CommitHandle commit;
    if (const int rc = git_commit_lookup(out(commit), raw(), head->raw()); rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git", "Cannot read HEAD's commit"),
                      gitDir()));
    TreeHandle tree;
    if (const int rc = git_commit_tree(out(tree), commit.get()); rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git", "Cannot read HEAD's tree"),
                      gitDir()));
    Walk walk{raw(), target, &wanted, std::nullopt, 0};
    const int rc = git_tree_walk(tree.get(), GIT_TREEWALK_PRE, visit, &walk);
    if (walk.failure)
        return std::unexpected(*walk.failure);
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git", "Cannot walk HEAD's tree"),
                      gitDir()));
    return walk.written;
}

} // namespace git
