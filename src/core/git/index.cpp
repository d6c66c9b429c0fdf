// SPDX-License-Identifier: GPL-3.0-or-later
#include "index.h"

#include "git/error.h"

#include <QCoreApplication>

namespace git {

rd::Status Index::addPath(const QString &relativePath)
{
    return check(git_index_add_bypath(m_index.get(), relativePath.toUtf8().constData()),
                 QCoreApplication::translate("rd::git", "Cannot stage the file"),
                 relativePath);
}

rd::Status Index::removePath(const QString &relativePath)
{
    return check(git_index_remove_bypath(m_index.get(), relativePath.toUtf8().constData()),
                 QCoreApplication::translate("rd::git", "Cannot unstage the file"),
                 relativePath);
}

rd::Status Index::write()
{
    return check(git_index_write(m_index.get()),
                 QCoreApplication::translate("rd::git", "Cannot write the index"));
}

rd::Result<Oid> Index::writeTree()
{
    git_oid id;
    const int rc = git_index_write_tree(&id, m_index.get());
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git",
                                                  "Cannot write a tree from the index")));
    return Oid(id);
}

} // namespace git
