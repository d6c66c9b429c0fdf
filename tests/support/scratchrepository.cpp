// SPDX-License-Identifier: GPL-3.0-or-later
#include "scratchrepository.h"
#include "testaccess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <git2/refs.h>

namespace rd::test {

ScratchRepository::ScratchRepository(bool bare, const QString &branch)
    : m_clock(QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC))
{
    auto repo = git::Repository::init(m_dir.path(), bare, branch);
    if (repo)
        m_repo.emplace(std::move(*repo));
    else
        qWarning("cannot create scratch repository: %s", qPrintable(repo.error().toString()));
}

git::Signature ScratchRepository::signature() const
{
    return git::Signature{QStringLiteral("Test Author"),
                          QStringLiteral("author@example.invalid"),
                          m_clock};
}

QString ScratchRepository::writeFile(const QString &relativePath, const QByteArray &content)
{
    const QString full = QDir(m_dir.path()).filePath(relativePath);
    QDir().mkpath(QFileInfo(full).absolutePath());
    QFile file(full);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qWarning("cannot write %s", qPrintable(full));
    return full;
}

git::Oid ScratchRepository::head()
{
    auto id = m_repo->headId();
    return id ? *id : git::Oid();
}

git::Oid ScratchRepository::commit(const QString &message,
                                   const QMap<QString, QByteArray> &files,
                                   std::optional<QList<git::Oid>> parents)
{
    auto index = m_repo->index();
    if (!index) {
        qWarning("%s", qPrintable(index.error().toString()));
        return {};
    }
    for (auto it = files.begin(); it != files.end(); ++it) {
        if (it.value().isNull()) {
            QFile::remove(QDir(m_dir.path()).filePath(it.key()));
            (void) index->removePath(it.key());
        } else {
            writeFile(it.key(), it.value());
            if (auto added = index->addPath(it.key()); !added)
                qWarning("%s", qPrintable(added.error().toString()));
        }
    }
    (void) index->write();
    auto tree = index->writeTree();
    if (!tree) {
        qWarning("%s", qPrintable(tree.error().toString()));
        return {};
    }
    QList<git::Oid> parentIds;
    if (parents) {
        parentIds = *parents;
    } else if (!m_repo->isHeadUnborn()) {
        parentIds.append(head());
    }
    m_clock = m_clock.addSecs(3600);
    // HEAD follows only commits that continue it; a commit on another parent stays off-branch
    // (use setBranch() or detach() to move there).
    const bool continuesHead = parentIds.isEmpty() || parentIds.first() == head();
    auto id = m_repo->createCommit(continuesHead ? QStringLiteral("HEAD") : QString(),
                                   signature(),
                                   signature(),
                                   message,
                                   *tree,
                                   parentIds);
    if (!id) {
        qWarning("%s", qPrintable(id.error().toString()));
        return {};
    }
    return *id;
}

void ScratchRepository::tag(const QString &name, const QString &message, const git::Oid &target)
{
    const git::Oid id = target.isNull() ? head() : target;
    if (message.isEmpty()) {
        if (auto r = m_repo->createLightweightTag(name, id); !r)
            qWarning("%s", qPrintable(r.error().toString()));
    } else if (auto r = m_repo->createAnnotatedTag(name, id, signature(), message); !r) {
        qWarning("%s", qPrintable(r.error().toString()));
    }
}

void ScratchRepository::detach(const git::Oid &commit)
{
    if (git_repository_set_head_detached(git::TestAccess::raw(*m_repo), commit.raw()) < 0)
        qWarning("cannot detach HEAD");
}

void ScratchRepository::setBranch(const QString &name, const git::Oid &commit)
{
    git_reference *ref = nullptr;
    const QByteArray refName = "refs/heads/" + name.toUtf8();
    if (git_reference_create(&ref,
                             git::TestAccess::raw(*m_repo),
                             refName.constData(),
                             commit.raw(),
                             1,
                             "test")
        < 0)
        qWarning("cannot create branch %s", qPrintable(name));
    git_reference_free(ref);
    git_repository_set_head(git::TestAccess::raw(*m_repo), refName.constData());
}

} // namespace rd::test
