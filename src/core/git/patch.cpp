// SPDX-License-Identifier: GPL-3.0-or-later
#include "patch.h"

#include "git/error.h"
#include "git/handle.h"

#include <QCoreApplication>
#include <git2/buffer.h>
#include <git2/patch.h>

namespace git {

rd::Result<QString> Patch::unified(const QString &path,
                                   const std::optional<QByteArray> &before,
                                   const QByteArray &after)
{
    Handle<git_patch, git_patch_free> patch;
    const QByteArray name = path.toUtf8();
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    const int rc = git_patch_from_buffers(out(patch),
                                          before ? before->constData() : nullptr,
                                          before ? size_t(before->size()) : 0,
                                          before ? name.constData() : nullptr,
                                          after.constData(),
                                          size_t(after.size()),
                                          name.constData(),
                                          &options);
    if (rc < 0)
        return std::unexpected(
                error(rc, QCoreApplication::translate("rd::git", "Cannot compute the diff"), path));
    git_buf buffer = GIT_BUF_INIT;
    const int printRc = git_patch_to_buf(&buffer, patch.get());
    if (printRc < 0)
        return std::unexpected(
                error(printRc,
                      QCoreApplication::translate("rd::git", "Cannot print the diff"),
                      path));
    QString text = QString::fromUtf8(buffer.ptr, qsizetype(buffer.size));
    git_buf_dispose(&buffer);
    return text;
}

} // namespace git
