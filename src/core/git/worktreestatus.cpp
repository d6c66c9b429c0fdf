// SPDX-License-Identifier: GPL-3.0-or-later
#include "worktreestatus.h"

#include "git/error.h"
#include "git/handle.h"
#include "git/repository.h"

#include <QCoreApplication>
#include <git2/status.h>

namespace git {

rd::Result<WorkTreeStatus> WorkTreeStatus::read(const Repository &repository, bool includeUntracked)
{
    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    options.flags = GIT_STATUS_OPT_EXCLUDE_SUBMODULES | GIT_STATUS_OPT_RENAMES_HEAD_TO_INDEX;
    if (includeUntracked)
        options.flags |= GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS;
    Handle<git_status_list, git_status_list_free> list;
    const int rc = git_status_list_new(out(list), repository.raw(), &options);
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git", "Cannot read the working tree status"),
                      repository.workdir()));
    WorkTreeStatus status;
    const size_t count = git_status_list_entrycount(list.get());
    for (size_t i = 0; i < count; ++i) {
        const git_status_entry *raw = git_status_byindex(list.get(), i);
        if (!raw || raw->status == GIT_STATUS_CURRENT || (raw->status & GIT_STATUS_IGNORED))
            continue;
        Entry entry;
        const git_diff_delta *delta = raw->index_to_workdir ? raw->index_to_workdir
                                                            : raw->head_to_index;
        if (delta)
            entry.path = QString::fromUtf8(delta->new_file.path ? delta->new_file.path
                                                                : delta->old_file.path);
        const unsigned flags = raw->status;
        entry.staged = flags
                       & (GIT_STATUS_INDEX_NEW | GIT_STATUS_INDEX_MODIFIED
                          | GIT_STATUS_INDEX_DELETED | GIT_STATUS_INDEX_RENAMED
                          | GIT_STATUS_INDEX_TYPECHANGE);
        entry.modified = flags
                         & (GIT_STATUS_WT_MODIFIED | GIT_STATUS_WT_DELETED
                            | GIT_STATUS_WT_TYPECHANGE | GIT_STATUS_WT_RENAMED);
        entry.untracked = (flags & GIT_STATUS_WT_NEW) && !entry.staged;
        entry.conflicted = flags & GIT_STATUS_CONFLICTED;
        status.m_entries.append(entry);
    }
    return status;
}

QList<WorkTreeStatus::Entry> WorkTreeStatus::trackedChanges() const
{
    QList<Entry> result;
    for (const Entry &entry : m_entries)
        if (!entry.untracked)
            result.append(entry);
    return result;
}

} // namespace git
