// SPDX-License-Identifier: GPL-3.0-or-later
#include "commitgraph.h"

#include "git/error.h"
#include "git/repository.h"

#include <QDir>
#include <QFile>

#include <git2/commit.h>
#include <git2/errors.h>

#include <algorithm>

namespace git {

namespace {

// After only excluded commits remain queued, keep going this many steps: a commit with a
// skewed (too old) date may still lead back into the excluded part of the graph.
constexpr int slop = 5;

} // namespace

CommitGraph::CommitGraph(const Repository &repository)
    : m_repository(repository)
{
    QFile shallow(QDir(repository.gitDir()).filePath(QStringLiteral("shallow")));
    if (shallow.open(QIODevice::ReadOnly)) {
        while (!shallow.atEnd()) {
            const QByteArray line = shallow.readLine().trimmed();
            if (const auto id = Oid::fromString(QString::fromLatin1(line)))
                m_shallowRoots.insert(*id);
        }
    }
}

rd::Result<qsizetype> CommitGraph::node(const Oid &id)
{
    if (const auto it = m_index.constFind(id); it != m_index.cend())
        return *it;
    const qsizetype index = qsizetype(m_nodes.size());
    m_nodes.push_back(Node{id, 0, {}, false, 0});
    m_index.insert(id, index);
    if (auto parsed = parse(index); !parsed)
        return std::unexpected(parsed.error());
    return index;
}

rd::Status CommitGraph::parse(qsizetype index)
{
    const Oid id = m_nodes[size_t(index)].id;
    git_commit *raw = nullptr;
    const int rc = git_commit_lookup(&raw, m_repository.raw(), id.raw());
    if (rc < 0) {
        if (rc == GIT_ENOTFOUND)
            return rd::fail(errc::missingCommit,
                            QStringLiteral("Commit %1 is not in the repository, so its history "
                                           "cannot be read. The clone may be shallow or "
                                           "partial: fetch the full history (git fetch "
                                           "--unshallow).")
                                    .arg(id.toShortString()),
                            m_repository.gitDir());
        return std::unexpected(
                error(rc, QStringLiteral("Cannot read commit %1").arg(id.toShortString())));
    }
    const qint64 time = git_commit_time(raw);
    QVarLengthArray<Oid, 2> parentIds;
    if (!m_shallowRoots.contains(id)) {
        const unsigned count = git_commit_parentcount(raw);
        for (unsigned i = 0; i < count; ++i)
            parentIds.append(Oid(*git_commit_parent_id(raw, i)));
    }
    git_commit_free(raw);

    QVarLengthArray<qsizetype, 2> parents;
    for (const Oid &parent : parentIds) {
        // Parents are registered but parsed only when first reached.
        auto it = m_index.constFind(parent);
        if (it == m_index.cend()) {
            m_nodes.push_back(Node{parent, 0, {}, false, 0});
            it = m_index.insert(parent, qsizetype(m_nodes.size()) - 1);
        }
        parents.append(*it);
    }
    Node &node = m_nodes[size_t(index)];
    node.time = time;
    node.parents = parents;
    node.parsed = true;
    return {};
}

void CommitGraph::resetFlags()
{
    for (qsizetype index : m_touched)
        m_nodes[size_t(index)].flags = 0;
    m_touched.clear();
}

rd::Result<QList<qsizetype>> CommitGraph::paint(const QList<Oid> &include,
                                                const QList<Oid> &exclude,
                                                rd::Progress *progress)
{
    resetFlags();
    std::vector<qsizetype> queue; // a max-heap by commit time
    const auto newer = [this](qsizetype a, qsizetype b) {
        return m_nodes[size_t(a)].time < m_nodes[size_t(b)].time;
    };
    const auto enqueue = [&](qsizetype index) -> rd::Status {
        Node &n = m_nodes[size_t(index)];
        if (!n.parsed) {
            if (auto parsed = parse(index); !parsed)
                return parsed;
        }
        Node &node = m_nodes[size_t(index)]; // parse() may have grown the vector
        if (node.flags & Queued)
            return {};
        if (node.flags == 0)
            m_touched.push_back(index);
        node.flags |= Queued;
        queue.push_back(index);
        std::push_heap(queue.begin(), queue.end(), newer);
        return {};
    };
    const auto mark = [&](qsizetype index, quint8 flag) -> rd::Status {
        Node &node = m_nodes[size_t(index)];
        if (node.flags == 0)
            m_touched.push_back(index);
        node.flags |= flag;
        return enqueue(index);
    };

    for (const Oid &id : exclude) {
        auto index = node(id);
        if (!index)
            return std::unexpected(index.error());
        if (auto marked = mark(*index, Excluded); !marked)
            return std::unexpected(marked.error());
    }
    for (const Oid &id : include) {
        auto index = node(id);
        if (!index)
            return std::unexpected(index.error());
        if (auto marked = mark(*index, Included); !marked)
            return std::unexpected(marked.error());
    }

    QList<qsizetype> collected;
    int slack = slop;
    qint64 steps = 0;
    while (!queue.empty()) {
        std::pop_heap(queue.begin(), queue.end(), newer);
        const qsizetype index = queue.back();
        queue.pop_back();
        m_nodes[size_t(index)].flags &= ~Queued;
        const quint8 flags = m_nodes[size_t(index)].flags;
        const QVarLengthArray<qsizetype, 2> parents = m_nodes[size_t(index)].parents;

        if (flags & Excluded) {
            for (qsizetype parent : parents) {
                if (!(m_nodes[size_t(parent)].flags & Excluded)) {
                    if (auto marked = mark(parent, Excluded); !marked)
                        return std::unexpected(marked.error());
                }
            }
        } else {
            if (!(flags & Collected)) {
                m_nodes[size_t(index)].flags |= Collected;
                collected.append(index);
            }
            for (qsizetype parent : parents) {
                const quint8 parentFlags = m_nodes[size_t(parent)].flags;
                if (!(parentFlags & (Included | Excluded))) {
                    if (auto marked = mark(parent, Included); !marked)
                        return std::unexpected(marked.error());
                }
            }
        }

        if (++steps % 4096 == 0 && rd::cancelled(progress))
            return rd::fail(rd::errc::cancelled, QStringLiteral("Cancelled."));

        const bool onlyExcludedLeft = std::all_of(queue.begin(), queue.end(), [this](qsizetype i) {
            return (m_nodes[size_t(i)].flags & Excluded) != 0;
        });
        if (!onlyExcludedLeft)
            slack = slop;
        else if (--slack <= 0)
            break;
    }
    return collected;
}

rd::Result<QList<Oid>> CommitGraph::range(const QList<Oid> &include,
                                          const QList<Oid> &exclude,
                                          rd::Progress *progress)
{
    auto collected = paint(include, exclude, progress);
    if (!collected)
        return std::unexpected(collected.error());

    // Keep what stayed unreachable from `exclude`, then order it: a commit only after all of
    // its children in the range, newest first among the ready ones (git's --date-order).
    QHash<qsizetype, int> childCount;
    QList<qsizetype> members;
    for (qsizetype index : *collected) {
        if (!(m_nodes[size_t(index)].flags & Excluded)) {
            members.append(index);
            childCount.insert(index, 0);
        }
    }
    for (qsizetype index : members) {
        for (qsizetype parent : m_nodes[size_t(index)].parents) {
            if (auto it = childCount.find(parent); it != childCount.end())
                ++*it;
        }
    }
    const auto newer = [this](qsizetype a, qsizetype b) {
        return m_nodes[size_t(a)].time < m_nodes[size_t(b)].time;
    };
    std::vector<qsizetype> ready;
    for (qsizetype index : members) {
        if (childCount.value(index) == 0)
            ready.push_back(index);
    }
    std::make_heap(ready.begin(), ready.end(), newer);
    QList<Oid> result;
    result.reserve(members.size());
    while (!ready.empty()) {
        std::pop_heap(ready.begin(), ready.end(), newer);
        const qsizetype index = ready.back();
        ready.pop_back();
        result.append(m_nodes[size_t(index)].id);
        for (qsizetype parent : m_nodes[size_t(index)].parents) {
            auto it = childCount.find(parent);
            if (it != childCount.end() && --*it == 0) {
                ready.push_back(parent);
                std::push_heap(ready.begin(), ready.end(), newer);
            }
        }
    }
    resetFlags();
    return result;
}

rd::Result<bool> CommitGraph::isAncestor(const Oid &ancestor, const Oid &descendant)
{
    if (ancestor == descendant)
        return true;
    auto painted = paint({ancestor}, {descendant}, nullptr);
    if (!painted)
        return std::unexpected(painted.error());
    const bool reachable = (m_nodes[size_t(m_index.value(ancestor))].flags & Excluded) != 0;
    resetFlags();
    return reachable;
}

rd::Result<QList<Oid>> CommitGraph::parents(const Oid &id)
{
    auto index = node(id);
    if (!index)
        return std::unexpected(index.error());
    QList<Oid> result;
    for (qsizetype parent : m_nodes[size_t(*index)].parents)
        result.append(m_nodes[size_t(parent)].id);
    return result;
}

} // namespace git
