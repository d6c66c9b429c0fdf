// SPDX-License-Identifier: GPL-3.0-or-later
// The commit store's tags: listing refs/tags and peeling each tag to its commit.
#include "commitstore.h"

#include "git/commit.h"
#include "git/commitobjectheaders.h"
#include "git/error.h"
#include "git/repository.h"

#include <QCoreApplication>

#include <git2/errors.h>
#include <git2/odb.h>
#include <git2/refs.h>

#include <algorithm>

namespace git {

using namespace objectheaders;

namespace {
using OdbObject = Handle<git_odb_object, git_odb_object_free>;
} // namespace

rd::Status CommitStore::peel(TagRef &tag, const Oid &object)
{
    // Only tag objects are read whole; the commit at the end is only looked at by type (a
    // thousand tags would otherwise cost a thousand commit reads, delta chains included, before
    // anything else can start). It is read when a walk or a caller needs it.
    Oid current = object;
    for (int depth = 0; depth < 16; ++depth) {
        if (const qsizetype known = find(current); known >= 0 && isLoaded(known)) {
            tag.target = current;
            tag.kind = TagRef::Target::Commit;
            return {};
        }
        size_t objectSize = 0;
        git_object_t objectType = GIT_OBJECT_INVALID;
        const int header = git_odb_read_header(&objectSize,
                                               &objectType,
                                               m_odb.get(),
                                               current.raw());
        if (header == GIT_ENOTFOUND) {
            tag.kind = TagRef::Target::Missing;
            return {};
        }
        if (header == 0 && objectType == GIT_OBJECT_COMMIT) {
            tag.target = current;
            tag.kind = TagRef::Target::Commit;
            return {};
        }
        if (header == 0 && objectType != GIT_OBJECT_TAG) {
            tag.kind = TagRef::Target::NotACommit;
            return {};
        }
        OdbObject raw;
        const int rc = git_odb_read(out(raw), m_odb.get(), current.raw());
        if (rc == GIT_ENOTFOUND) {
            tag.kind = TagRef::Target::Missing;
            return {};
        }
        if (rc < 0)
            return std::unexpected(
                    error(rc,
                          QCoreApplication::translate("rd::git", "Cannot read the object of tag %1")
                                  .arg(tag.name)));
        const git_object_t type = git_odb_object_type(raw.get());
        const char *bytes = static_cast<const char *>(git_odb_object_data(raw.get()));
        const size_t size = git_odb_object_size(raw.get());
        if (type == GIT_OBJECT_COMMIT) {
            qsizetype node = find(current);
            if (node < 0)
                node = addNode(current);
            if (auto parsed = parseCommit(node, bytes, size); !parsed)
                return parsed;
            tag.target = current;
            tag.kind = TagRef::Target::Commit;
            return {};
        }
        if (type != GIT_OBJECT_TAG) {
            tag.kind = TagRef::Target::NotACommit;
            return {};
        }
        Oid target;
        QByteArrayView tagger;
        const QByteArrayView message = forEachHeader(QByteArrayView(bytes, qsizetype(size)),
                                                     [&](const HeaderLine &line) {
                                                         if (line.key == "object")
                                                             parseOid(line.value, target);
                                                         else if (line.key == "tagger")
                                                             tagger = line.value;
                                                     });
        if (depth == 0) { // the outermost tag is the one the user made
            tag.annotated = true;
            tag.message = decodeMessage(message.data(), message.size(), nullptr);
            if (!tagger.isEmpty())
                tag.tagger = decodeAuthor(tagger);
        }
        if (target.isNull()) {
            tag.kind = TagRef::Target::NotACommit;
            return {};
        }
        current = target;
    }
    tag.kind = TagRef::Target::NotACommit; // a loop of tags: not something to release
    return {};
}

rd::Result<QList<TagRef>> CommitStore::tags(const std::function<bool(QStringView)> &wanted)
{
    // A reference iterator reads packed-refs once; git_tag_foreach would look each name up
    // again (two file-system checks per tag, a third of the time on a thousand tags).
    using IteratorPtr = Handle<git_reference_iterator, git_reference_iterator_free>;
    using ReferencePtr = Handle<git_reference, git_reference_free>;
    IteratorPtr iterator;
    int rc = git_reference_iterator_glob_new(out(iterator), m_repository.raw(), "refs/tags/*");
    if (rc < 0)
        return std::unexpected(error(rc,
                                     QCoreApplication::translate("rd::git", "Cannot list the tags"),
                                     m_repository.gitDir()));
    QList<QPair<QString, Oid>> listing;
    for (;;) {
        ReferencePtr reference;
        rc = git_reference_next(out(reference), iterator.get());
        if (rc == GIT_ITEROVER)
            break;
        if (rc < 0)
            return std::unexpected(
                    error(rc,
                          QCoreApplication::translate("rd::git", "Cannot list the tags"),
                          m_repository.gitDir()));
        QByteArrayView name(git_reference_name(reference.get()));
        if (name.startsWith("refs/tags/"))
            name = name.sliced(10);
        QString tagName = QString::fromUtf8(name);
        if (!wanted(tagName))
            continue;
        const git_oid *target = git_reference_target(reference.get());
        ReferencePtr resolved;
        if (!target) { // a symbolic reference under refs/tags: rare, but valid
            if (git_reference_resolve(out(resolved), reference.get()) < 0)
                continue;
            target = git_reference_target(resolved.get());
        }
        if (target)
            listing.append({std::move(tagName), Oid(*target)});
    }
    std::sort(listing.begin(), listing.end(), [](const auto &a, const auto &b) {
        return a.first < b.first;
    });

    QList<TagRef> result;
    result.reserve(listing.size());
    for (auto &[name, object] : listing) {
        TagRef tag;
        tag.name = std::move(name);
        tag.object = object;
        if (auto peeled = peel(tag, object); !peeled)
            return std::unexpected(peeled.error());
        result.append(std::move(tag));
    }
    return result;
}

} // namespace git
