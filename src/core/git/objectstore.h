// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/oid.h"
#include "git/signature.h"
#include "util/error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace git {

class Repository;

// Writes git objects piece by piece, where Repository's one-call helpers are not enough: a
// commit of exactly some files whatever else is staged, signed commits and tags (the signature
// is made elsewhere and appended as git does), and reads of one file at one commit.
class ObjectStore
{
public:
    explicit ObjectStore(const Repository &repository)
        : m_repository(repository)
    {}

    // The blob id `git hash-object` gives these bytes (no filters).
    static Oid hashBlob(const QByteArray &content);
    // git's default message clean-up for -m messages: trailing whitespace and blank lines at
    // the ends removed, runs of blank lines collapsed, one final newline.
    static QString cleanMessage(const QString &message);
    // "Name <email> 1700000000 +0100" as in commit and tag headers.
    static QByteArray formatSignature(const Signature &signature);

    struct FileEntry
    {
        Oid blob;
        bool executable = false;
    };
    // The file at `path` ('/'-separated, relative to the root) in `commit`; nullopt when the
    // commit has no such file.
    rd::Result<std::optional<FileEntry>> entryAt(const Oid &commit, const QString &path) const;
    rd::Result<QByteArray> blobContent(const Oid &blob) const;

    // Stores a blob as `git add` would store the work-tree file `path` (clean filters such as
    // core.autocrlf applied).
    rd::Result<Oid> writeBlobFromWorkdir(const QString &path);

    struct TreeChange
    {
        QString path;
        Oid blob;
        bool executable = false;
    };
    // `baseTree` with each path set to its blob (folders created as needed).
    rd::Result<Oid> updateTree(const Oid &baseTree, const QList<TreeChange> &changes);

    // The raw commit object (what git signs), not yet written.
    rd::Result<QByteArray> commitContent(const Signature &author,
                                         const Signature &committer,
                                         const QString &message,
                                         const Oid &tree,
                                         const QList<Oid> &parents) const;
    // Writes a commit object; `signature` (ASCII-armoured, may be empty) goes in its gpgsig
    // header. No reference moves.
    rd::Result<Oid> writeCommit(const QByteArray &content, const QByteArray &signature);

    // The raw annotated tag object (what git signs) for a commit.
    static QByteArray tagContent(const QString &name,
                                 const Oid &commit,
                                 const Signature &tagger,
                                 const QString &message);
    // Writes a tag object whose bytes are `content` followed by `signature` (git tag -s appends
    // the armoured signature after the message). No reference is created.
    rd::Result<Oid> writeTag(const QByteArray &content, const QByteArray &signature);

    // Sets the index entries of `paths` back to their state in `commit` (git reset -- paths);
    // other staged changes stay.
    rd::Status resetIndexEntries(const Oid &commit, const QStringList &paths);

private:
    const Repository &m_repository;
};

} // namespace git
