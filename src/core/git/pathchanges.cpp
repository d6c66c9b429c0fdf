// SPDX-License-Identifier: GPL-3.0-or-later
#include "pathchanges.h"

#include "git/commitstore.h"
#include "git/error.h"
#include "git/repository.h"

#include <git2/errors.h>

#include <QCoreApplication>
#include <cstring>

namespace git {

namespace {

using OdbObject = Handle<git_odb_object, git_odb_object_free>;

// Finds `name` in a raw tree object: entries are "<mode> <name>\0<20-byte id>".
bool findEntry(QByteArrayView tree, QByteArrayView name, git_oid &found)
{
    qsizetype at = 0;
    while (at < tree.size()) {
        const qsizetype space = tree.indexOf(' ', at);
        if (space < 0)
            return false;
        const qsizetype nul = tree.indexOf('\0', space + 1);
        if (nul < 0 || nul + 1 + GIT_OID_RAWSZ > tree.size())
            return false;
        if (tree.sliced(space + 1, nul - space - 1) == name) {
            std::memcpy(found.id, tree.data() + nul + 1, GIT_OID_RAWSZ);
            return true;
        }
        at = nul + 1 + GIT_OID_RAWSZ;
    }
    return false;
}

} // namespace

PathChanges::PathChanges(const Repository &repository, const QStringList &paths)
    : m_repository(repository)
{
    git_repository_odb(out(m_odb), repository.raw());
    for (const QString &path : paths) {
        QList<QByteArray> components;
        for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
            if (part != u".")
                components.append(part.toUtf8());
        }
        m_paths.append(path);
        m_components.append(components);
    }
}

PathChanges::~PathChanges() = default;

rd::Result<Oid> PathChanges::entryAt(const Oid &tree, int path, int depth)
{
    const QList<QByteArray> &components = m_components.at(path);
    if (depth >= components.size() || tree.isNull())
        return tree;
    const Key key{tree, path, depth};
    if (const auto it = m_cache.constFind(key); it != m_cache.cend())
        return *it;

    OdbObject object;
    const int rc = git_odb_read(out(object), m_odb.get(), tree.raw());
    if (rc < 0)
        return std::unexpected(error(rc,
                                     QCoreApplication::translate("rd::git", "Cannot read tree %1")
                                             .arg(tree.toShortString())));
    Oid result;
    if (git_odb_object_type(object.get()) == GIT_OBJECT_TREE) {
        const QByteArrayView data(static_cast<const char *>(git_odb_object_data(object.get())),
                                  qsizetype(git_odb_object_size(object.get())));
        git_oid child;
        if (findEntry(data, components.at(depth), child)) {
            auto below = entryAt(Oid(child), path, depth + 1);
            if (!below)
                return below;
            result = *below;
        }
    }
    m_cache.insert(key, result);
    return result;
}

rd::Result<bool> PathChanges::touches(CommitStore &store, qsizetype node)
{
    if (m_paths.isEmpty())
        return true;
    const Oid tree = store.tree(node);
    Oid parentTree;
    const QList<qsizetype> parents = store.parents(node);
    if (!parents.isEmpty()) {
        if (auto loaded = store.load(parents.first()); !loaded)
            return std::unexpected(loaded.error());
        parentTree = store.tree(parents.first());
    }
    if (tree == parentTree)
        return false;
    for (int path = 0; path < m_components.size(); ++path) {
        auto mine = entryAt(tree, path, 0);
        if (!mine)
            return std::unexpected(mine.error());
        auto theirs = parentTree.isNull() ? rd::Result<Oid>(Oid()) : entryAt(parentTree, path, 0);
        if (!theirs)
            return std::unexpected(theirs.error());
        if (*mine != *theirs)
            return true;
    }
    return false;
}

} // namespace git
