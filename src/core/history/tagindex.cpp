// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagindex.h"

#include "git/commitstore.h"
#include "git/repository.h"

#include <QCoreApplication>
#include <algorithm>

namespace rd {

Result<TagIndex> TagIndex::scan(const git::Repository &repository, const TagPattern &pattern)
{
    git::CommitStore store(repository);
    return scan(store, pattern);
}

Result<TagIndex> TagIndex::scan(git::CommitStore &store, const TagPattern &pattern, bool dates)
{
    return scan(store, QList<TagPattern>{pattern}, dates);
}

Result<TagIndex> TagIndex::scan(git::CommitStore &store,
                                const QList<TagPattern> &patterns,
                                bool dates)
{
    Q_ASSERT(!patterns.isEmpty());
    const auto styleOf = [&patterns](QStringView name) -> qsizetype {
        for (qsizetype i = 0; i < patterns.size(); ++i) {
            if (patterns.at(i).matchesShape(name))
                return i;
        }
        return -1;
    };
    auto tags = store.tags([&styleOf](QStringView name) { return styleOf(name) >= 0; });
    if (!tags)
        return std::unexpected(tags.error());

    TagIndex index;
    index.m_patterns = patterns;
    index.m_releases.reserve(tags->size());
    QHash<QString, qsizetype> styles; // the pattern each release was read by
    for (const git::TagRef &tag : *tags) {
        const qsizetype style = styleOf(tag.name);
        const auto matched = patterns.at(style).match(tag.name);
        if (!matched)
            continue; // another naming scheme (another package, a non-release tag)
        if (!*matched) {
            index.m_skipped.append({tag.name, matched->error().message});
            continue;
        }
        if (tag.kind == git::TagRef::Target::Missing) {
            index.m_skipped.append(
                    {tag.name,
                     QCoreApplication::translate("rd::history",
                                                 "the tagged commit is not in this clone (a "
                                                 "shallow or partial clone); fetch the full "
                                                 "history to use it")});
            continue;
        }
        if (!tag.pointsToCommit()) {
            index.m_skipped.append(
                    {tag.name,
                     QCoreApplication::translate(
                             "rd::history", "the tag points at a tree or blob, not a commit")});
            continue;
        }
        ReleaseTag release;
        release.name = tag.name;
        release.version = **matched;
        release.commit = tag.target;
        release.annotated = tag.annotated;
        release.message = tag.message;
        if (tag.tagger && tag.tagger->when.isValid())
            release.date = tag.tagger->when;
        else if (const qsizetype node = store.find(tag.target); node >= 0 && store.isLoaded(node))
            release.date = store.dateTime(node);
        else if (dates) {
            auto node = store.load(tag.target);
            if (!node)
                return std::unexpected(node.error());
            release.date = store.dateTime(*node);
        }
        styles.insert(release.name, style);
        index.m_releases.append(std::move(release));
    }
    // Highest first; the same version in two styles: the earlier pattern first; equal
    // precedence (1.0.0+a, 1.0.0+b) falls back to the name for stability.
    std::sort(index.m_releases.begin(),
              index.m_releases.end(),
              [&styles](const ReleaseTag &a, const ReleaseTag &b) {
                  const int order = a.version.compare(b.version);
                  if (order != 0)
                      return order > 0;
                  if (a.version == b.version && styles.value(a.name) != styles.value(b.name))
                      return styles.value(a.name) < styles.value(b.name);
                  return a.name < b.name;
              });
    if (patterns.size() > 1) {
        QList<ReleaseTag> kept;
        kept.reserve(index.m_releases.size());
        for (ReleaseTag &release : index.m_releases) {
            if (!kept.isEmpty() && kept.last().version == release.version) {
                index.m_skipped.append(
                        {release.name,
                         QCoreApplication::translate(
                                 "rd::history", "tag %1 names the same version in the newer style")
                                 .arg(kept.last().name)});
                continue;
            }
            kept.append(std::move(release));
        }
        index.m_releases = std::move(kept);
    }
    for (qsizetype i = 0; i < index.m_releases.size(); ++i)
        index.m_byCommit.insert(index.m_releases.at(i).commit, i);
    return index;
}

QList<ReleaseTag> TagIndex::tagsOn(const git::Oid &commit) const
{
    QList<ReleaseTag> result;
    for (auto it = m_byCommit.constFind(commit); it != m_byCommit.cend() && it.key() == commit;
         ++it)
        result.append(m_releases.at(it.value()));
    return result;
}

const ReleaseTag *TagIndex::find(const Version &version) const
{
    for (const ReleaseTag &tag : m_releases) {
        if (tag.version == version)
            return &tag;
    }
    return nullptr;
}

const ReleaseTag *TagIndex::findByName(const QString &name) const
{
    for (const ReleaseTag &tag : m_releases) {
        if (tag.name == name)
            return &tag;
    }
    return nullptr;
}

} // namespace rd
