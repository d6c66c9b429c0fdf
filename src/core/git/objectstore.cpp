// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectstore.h"

#include "git/commitparts.h"
#include "git/error.h"
#include "git/handle.h"
#include "git/repository.h"

#include <git2/blob.h>
#include <git2/buffer.h>
#include <git2/commit.h>
#include <git2/errors.h>
#include <git2/message.h>
#include <git2/object.h>
#include <git2/odb.h>
#include <git2/reset.h>
#include <git2/signature.h>
#include <git2/tree.h>

#include <QCoreApplication>
#include <vector>

namespace git {

namespace {

using EntryPtr = Handle<git_tree_entry, git_tree_entry_free>;
using BlobPtr = Handle<git_blob, git_blob_free>;
using ObjectPtr = Handle<git_object, git_object_free>;

} // namespace

Oid ObjectStore::hashBlob(const QByteArray &content)
{
    git_oid id;
    git_odb_hash(&id, content.constData(), size_t(content.size()), GIT_OBJECT_BLOB);
    return Oid(id);
}

QString ObjectStore::cleanMessage(const QString &message)
{
    git_buf buffer = GIT_BUF_INIT;
    if (git_message_prettify(&buffer, message.toUtf8().constData(), 0, '#') < 0)
        return message;
    QString cleaned = QString::fromUtf8(buffer.ptr, qsizetype(buffer.size));
    git_buf_dispose(&buffer);
    return cleaned;
}

QByteArray ObjectStore::formatSignature(const Signature &signature)
{
    const QDateTime when = signature.when.isValid() ? signature.when : QDateTime::currentDateTime();
    const int offset = when.offsetFromUtc() / 60;
    const int magnitude = offset < 0 ? -offset : offset;
    return signature.name.toUtf8() + " <" + signature.email.toUtf8() + "> "
           + QByteArray::number(when.toSecsSinceEpoch()) + ' ' + (offset < 0 ? '-' : '+')
           + QByteArray::number(magnitude / 60).rightJustified(2, '0')
           + QByteArray::number(magnitude % 60).rightJustified(2, '0');
}

rd::Result<std::optional<ObjectStore::FileEntry>> ObjectStore::entryAt(const Oid &commit,
                                                                       const QString &path) const
{
    CommitPtr c;
    int rc = git_commit_lookup(out(c), m_repository.raw(), commit.raw());
    if (rc < 0)
        return std::unexpected(error(rc,
                                     QCoreApplication::translate("rd::git", "Cannot read commit %1")
                                             .arg(commit.toShortString())));
    TreePtr tree;
    rc = git_commit_tree(out(tree), c.get());
    if (rc < 0)
        return std::unexpected(
                error(rc, QCoreApplication::translate("rd::git", "Cannot read the commit's tree")));
    EntryPtr entry;
    rc = git_tree_entry_bypath(out(entry), tree.get(), path.toUtf8().constData());
    if (rc == GIT_ENOTFOUND)
        return std::optional<FileEntry>();
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git", "Cannot read the tree entry"),
                      path));
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB)
        return std::optional<FileEntry>();
    return std::optional<FileEntry>(
            FileEntry{Oid(*git_tree_entry_id(entry.get())),
                      git_tree_entry_filemode(entry.get()) == GIT_FILEMODE_BLOB_EXECUTABLE});
}

rd::Result<QByteArray> ObjectStore::blobContent(const Oid &blob) const
{
    BlobPtr b;
    const int rc = git_blob_lookup(out(b), m_repository.raw(), blob.raw());
    if (rc < 0)
        return std::unexpected(error(rc,
                                     QCoreApplication::translate("rd::git", "Cannot read blob %1")
                                             .arg(blob.toShortString())));
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(b.get())),
                      qsizetype(git_blob_rawsize(b.get())));
}

rd::Result<Oid> ObjectStore::writeBlobFromWorkdir(const QString &path)
{
    git_oid id;
    const int rc = git_blob_create_from_workdir(&id, m_repository.raw(), path.toUtf8().constData());
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git", "Cannot store the file in git"),
                      path));
    return Oid(id);
}

rd::Result<Oid> ObjectStore::updateTree(const Oid &baseTree, const QList<TreeChange> &changes)
{
    TreePtr base;
    int rc = git_tree_lookup(out(base), m_repository.raw(), baseTree.raw());
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git", "Cannot read the tree to update")));
    QList<QByteArray> paths;
    paths.reserve(changes.size());
    std::vector<git_tree_update> updates;
    for (const TreeChange &change : changes) {
        paths.append(change.path.toUtf8());
        git_tree_update update{};
        update.action = GIT_TREE_UPDATE_UPSERT;
        update.id = *change.blob.raw();
        update.filemode = change.executable ? GIT_FILEMODE_BLOB_EXECUTABLE : GIT_FILEMODE_BLOB;
        update.path = paths.last().constData();
        updates.push_back(update);
    }
    git_oid id;
    rc = git_tree_create_updated(&id,
                                 m_repository.raw(),
                                 base.get(),
                                 updates.size(),
                                 updates.data());
    if (rc < 0)
        return std::unexpected(
                error(rc, QCoreApplication::translate("rd::git", "Cannot write the updated tree")));
    return Oid(id);
}

rd::Result<QByteArray> ObjectStore::commitContent(const Signature &author,
                                                  const Signature &committer,
                                                  const QString &message,
                                                  const Oid &tree,
                                                  const QList<Oid> &parents) const
{
    auto parts = CommitParts::load(m_repository.raw(), author, committer, tree, parents);
    if (!parts)
        return std::unexpected(parts.error());
    git_buf buffer = GIT_BUF_INIT;
    const int rc = git_commit_create_buffer(&buffer,
                                            m_repository.raw(),
                                            parts->author.get(),
                                            parts->committer.get(),
                                            nullptr,
                                            message.toUtf8().constData(),
                                            parts->tree.get(),
                                            parts->parentPointers.size(),
                                            parts->parentPointers.data());
    if (rc < 0)
        return std::unexpected(
                error(rc, QCoreApplication::translate("rd::git", "Cannot prepare the commit")));
    QByteArray content(buffer.ptr, qsizetype(buffer.size));
    git_buf_dispose(&buffer);
    return content;
}

rd::Result<Oid> ObjectStore::writeCommit(const QByteArray &content, const QByteArray &signature)
{
    git_oid id;
    int rc;
    if (signature.isEmpty()) {
        Handle<git_odb, git_odb_free> odb;
        rc = git_repository_odb(out(odb), m_repository.raw());
        if (rc >= 0)
            rc = git_odb_write(&id,
                               odb.get(),
                               content.constData(),
                               size_t(content.size()),
                               GIT_OBJECT_COMMIT);
    } else {
        rc = git_commit_create_with_signature(&id,
                                              m_repository.raw(),
                                              content.constData(),
                                              signature.constData(),
                                              "gpgsig");
    }
    if (rc < 0)
        return std::unexpected(
                error(rc, QCoreApplication::translate("rd::git", "Cannot write the commit")));
    return Oid(id);
}

QByteArray ObjectStore::tagContent(const QString &name,
                                   const Oid &commit,
                                   const Signature &tagger,
                                   const QString &message)
{
    return "object " + commit.toString().toLatin1() + "\ntype commit\ntag " + name.toUtf8()
           + "\ntagger " + formatSignature(tagger) + "\n\n" + message.toUtf8();
}

rd::Result<Oid> ObjectStore::writeTag(const QByteArray &content, const QByteArray &signature)
{
    Handle<git_odb, git_odb_free> odb;
    int rc = git_repository_odb(out(odb), m_repository.raw());
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git", "Cannot open the object database")));
    const QByteArray bytes = content + signature;
    git_oid id;
    rc = git_odb_write(&id, odb.get(), bytes.constData(), size_t(bytes.size()), GIT_OBJECT_TAG);
    if (rc < 0)
        return std::unexpected(
                error(rc, QCoreApplication::translate("rd::git", "Cannot write the tag")));
    // Read it back: libgit2 parses the object, so a malformed tag is caught here rather than
    // by the server or the next `git fsck`.
    Handle<git_object, git_object_free> object;
    rc = git_object_lookup(out(object), m_repository.raw(), &id, GIT_OBJECT_TAG);
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git", "The written tag does not parse")));
    return Oid(id);
}

rd::Status ObjectStore::resetIndexEntries(const Oid &commit, const QStringList &paths)
{
    ObjectPtr target;
    int rc = git_object_lookup(out(target), m_repository.raw(), commit.raw(), GIT_OBJECT_COMMIT);
    if (rc < 0)
        return std::unexpected(error(rc,
                                     QCoreApplication::translate("rd::git", "Cannot read commit %1")
                                             .arg(commit.toShortString())));
    QList<QByteArray> bytes;
    std::vector<char *> pointers;
    for (const QString &path : paths) {
        bytes.append(path.toUtf8());
        pointers.push_back(bytes.last().data());
    }
    git_strarray array{pointers.data(), pointers.size()};
    return check(git_reset_default(m_repository.raw(), target.get(), &array),
                 QCoreApplication::translate("rd::git", "Cannot reset the staged files"));
}

} // namespace git
