// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/repository.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QTemporaryDir>

#include <optional>

namespace rd::test {

// A repository in a temporary folder, built through the git wrappers. Every commit gets a fixed
// author and a clock that advances one hour per commit, so histories are deterministic.
class ScratchRepository
{
public:
    explicit ScratchRepository(bool bare = false, const QString &branch = QStringLiteral("main"));

    bool isValid() const { return m_repo.has_value(); }
    QString path() const { return m_dir.path(); }
    git::Repository &repo() { return *m_repo; }

    // Writes a file in the work tree (creating folders); returns its absolute path.
    QString writeFile(const QString &relativePath, const QByteArray &content);
    // Writes `files`, stages them and commits with the given parents (default: HEAD). HEAD moves
    // to the new commit when its first parent is the current HEAD. A null QByteArray value
    // deletes the file.
    git::Oid commit(const QString &message,
                    const QMap<QString, QByteArray> &files = {},
                    std::optional<QList<git::Oid>> parents = std::nullopt);
    // An annotated (message non-empty) or lightweight tag on `target` (default: HEAD).
    void tag(const QString &name, const QString &message = {}, const git::Oid &target = {});
    // Points HEAD straight at a commit (detached HEAD).
    void detach(const git::Oid &commit);
    // Creates/moves a branch to a commit and checks it out as HEAD (index and files untouched).
    void setBranch(const QString &name, const git::Oid &commit);

    // Moves the clock of the next commits and tags (it also advances one hour per commit).
    void advanceClock(qint64 seconds) { m_clock = m_clock.addSecs(seconds); }

    git::Signature signature() const;
    git::Oid head();

private:
    QTemporaryDir m_dir;
    std::optional<git::Repository> m_repo;
    QDateTime m_clock;
};

} // namespace rd::test
