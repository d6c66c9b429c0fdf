// SPDX-License-Identifier: GPL-3.0-or-later
#include "commit.h"

#include <QStringDecoder>

#include <cstring>

namespace git {

QString decodeMessage(const char *bytes, qsizetype size, const char *encoding)
{
    if (!bytes)
        return {};
    if (encoding && *encoding && qstricmp(encoding, "utf-8") != 0
        && qstricmp(encoding, "utf8") != 0) {
        QStringDecoder decoder(encoding);
        if (decoder.isValid()) {
            QString text = decoder.decode(QByteArrayView(bytes, size));
            if (!decoder.hasError())
                return text;
        }
    }
    // fromUtf8 replaces invalid sequences with U+FFFD; NUL bytes are kept as U+0000.
    return QString::fromUtf8(bytes, size);
}

Oid Commit::id() const
{
    return Oid(*git_commit_id(m_commit.get()));
}

QByteArray Commit::rawMessage() const
{
    const char *raw = git_commit_message_raw(m_commit.get());
    return raw ? QByteArray(raw) : QByteArray();
}

QString Commit::message() const
{
    const char *raw = git_commit_message_raw(m_commit.get());
    return decodeMessage(raw,
                         raw ? qsizetype(std::strlen(raw)) : 0,
                         git_commit_message_encoding(m_commit.get()));
}

QString Commit::summary() const
{
    const QString text = message();
    const qsizetype end = text.indexOf(u'\n');
    return (end < 0 ? text : text.left(end)).trimmed();
}

Signature Commit::author() const
{
    return Signature::fromGit(git_commit_author(m_commit.get()));
}

Signature Commit::committer() const
{
    return Signature::fromGit(git_commit_committer(m_commit.get()));
}

QDateTime Commit::time() const
{
    return QDateTime::fromSecsSinceEpoch(git_commit_time(m_commit.get()),
                                         Qt::OffsetFromUTC,
                                         git_commit_time_offset(m_commit.get()) * 60);
}

int Commit::parentCount() const
{
    return int(git_commit_parentcount(m_commit.get()));
}

Oid Commit::parentId(int index) const
{
    const git_oid *id = git_commit_parent_id(m_commit.get(), unsigned(index));
    return id ? Oid(*id) : Oid();
}

Oid Commit::treeId() const
{
    return Oid(*git_commit_tree_id(m_commit.get()));
}

} // namespace git
