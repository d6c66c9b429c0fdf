// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/handle.h"
#include "git/oid.h"
#include "git/signature.h"

#include <QByteArray>
#include <QString>

#include <git2/commit.h>

namespace git {

class Repository;

// A commit object. Must not outlive the Repository it was looked up in.
class Commit
{
public:
    Oid id() const;
    // The message as stored (bytes), and decoded: by the commit's encoding header when it names
    // one Qt knows, else as UTF-8 with undecodable bytes replaced by U+FFFD (never fails).
    QByteArray rawMessage() const;
    QString message() const;
    QString summary() const; // first line
    Signature author() const;
    Signature committer() const;
    QDateTime time() const; // committer time
    int parentCount() const;
    Oid parentId(int index) const;
    Oid treeId() const;

private:
    friend class Repository;
    using Ptr = Handle<git_commit, git_commit_free>;
    explicit Commit(Ptr commit)
        : m_commit(std::move(commit))
    {}
    Ptr m_commit;
};

// Decodes commit/tag message bytes as Commit::message() does.
QString decodeMessage(const char *bytes, qsizetype size, const char *encoding);

} // namespace git
