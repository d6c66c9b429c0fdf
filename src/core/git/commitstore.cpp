// SPDX-License-Identifier: GPL-3.0-or-later
#include "commitstore.h"

#include "git/commit.h"
#include "git/commitobjectheaders.h"
#include "git/error.h"
#include "git/repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <git2/errors.h>
#include <git2/refs.h>

#include <algorithm>
#include <cstring>

namespace git {

using namespace objectheaders;

namespace {

// After only excluded commits remain queued, keep going this many steps: a commit with a
// skewed (too old) date may still lead back into the excluded part of the graph.
constexpr int slop = 5;
constexpr qsizetype chunkSize = 1 << 20;

using OdbObject = Handle<git_odb_object, git_odb_object_free>;

// "Name <email> 1700000000 +0100": the time and offset after the last '>'.
bool parseSignatureTime(QByteArrayView line, qint64 &time, qint16 &offset)
{
    const qsizetype close = line.lastIndexOf('>');
    if (close < 0)
        return false;
    QByteArrayView rest = line.sliced(close + 1).trimmed();
    const qsizetype space = rest.indexOf(' ');
    bool ok = false;
    time = (space < 0 ? rest : rest.first(space)).toLongLong(&ok);
    if (!ok)
        return false;
    offset = 0;
    if (space > 0) {
        const QByteArrayView zone = rest.sliced(space + 1).trimmed();
        if (zone.size() == 5 && (zone.at(0) == '+' || zone.at(0) == '-')) {
            const int hours = zone.sliced(1, 2).toInt();
            const int minutes = zone.sliced(3, 2).toInt();
            offset = qint16((hours * 60 + minutes) * (zone.at(0) == '-' ? -1 : 1));
        }
    }
    return true;
}

} // namespace

CommitStore::CommitStore(const Repository &repository)
    : m_repository(repository)
{
    git_repository_odb(out(m_odb), repository.raw());
    QFile shallow(QDir(repository.gitDir()).filePath(QStringLiteral("shallow")));
    if (shallow.open(QIODevice::ReadOnly)) {
        while (!shallow.atEnd()) {
            const QByteArray line = shallow.readLine().trimmed();
            Oid id;
            if (parseOid(line, id))
                m_shallowRoots.insert(id);
        }
    }
}

CommitStore::~CommitStore() = default;
CommitStore::CommitStore(CommitStore &&) noexcept = default;

qsizetype CommitStore::addNode(const Oid &id)
{
    const qsizetype index = qsizetype(m_nodes.size());
    Node node;
    node.id = id;
    m_nodes.push_back(node);
    m_index.insert(id, index);
    return index;
}

rd::Result<qsizetype> CommitStore::load(const Oid &id)
{
    qsizetype index = find(id);
    if (index < 0)
        index = addNode(id);
    if (!m_nodes[size_t(index)].loaded) {
        if (auto loaded = load(index); !loaded)
            return std::unexpected(loaded.error());
    }
    return index;
}

rd::Status CommitStore::load(qsizetype node)
{
    if (m_nodes[size_t(node)].loaded)
        return {};
    const Oid id = m_nodes[size_t(node)].id;
    if (!m_odb)
        return rd::fail(errc::other,
                        QCoreApplication::translate("rd::git",
                                                    "Cannot read the object database of %1.")
                                .arg(m_repository.gitDir()));
    OdbObject object;
    const int rc = git_odb_read(out(object), m_odb.get(), id.raw());
    if (rc < 0) {
        if (rc == GIT_ENOTFOUND)
            return rd::fail(errc::missingCommit,
                            QCoreApplication::translate(
                                    "rd::git",
                                    "Commit %1 is not in the repository, so its history "
                                    "cannot be read. The clone may be shallow or "
                                    "partial: fetch the full history (git fetch "
                                    "--unshallow).")
                                    .arg(id.toShortString()),
                            m_repository.gitDir());
        return std::unexpected(error(rc,
                                     QCoreApplication::translate("rd::git", "Cannot read commit %1")
                                             .arg(id.toShortString())));
    }
    if (git_odb_object_type(object.get()) != GIT_OBJECT_COMMIT)
        return rd::fail(errc::notACommit,
                        QCoreApplication::translate("rd::git", "Object %1 is not a commit.")
                                .arg(id.toShortString()),
                        m_repository.gitDir());
    return parseCommit(node,
                       static_cast<const char *>(git_odb_object_data(object.get())),
                       git_odb_object_size(object.get()));
}

quint32 CommitStore::store(QByteArrayView author,
                           QByteArrayView encoding,
                           QByteArrayView message,
                           quint32 &chunk)
{
    const qsizetype total = author.size() + encoding.size() + message.size();
    if (m_chunks.empty() || m_chunks.back().size + total > m_chunks.back().capacity) {
        Block block;
        block.capacity = std::max(chunkSize, total);
        block.data = std::make_unique_for_overwrite<char[]>(size_t(block.capacity));
        m_chunks.push_back(std::move(block));
    }
    Block &block = m_chunks.back();
    const quint32 offset = quint32(block.size);
    char *at = block.data.get() + block.size;
    for (QByteArrayView part : {author, encoding, message}) {
        if (!part.isEmpty())
            std::memcpy(at, part.data(), size_t(part.size()));
        at += part.size();
    }
    block.size += total;
    chunk = quint32(m_chunks.size() - 1);
    return offset;
}

rd::Status CommitStore::parseCommit(qsizetype index, const char *data, size_t size)
{
    const QByteArrayView object(data, qsizetype(size));
    Oid tree;
    QVarLengthArray<Oid, 2> parents;
    QByteArrayView author;
    QByteArrayView committer;
    QByteArrayView encoding;
    bool malformed = false;
    const QByteArrayView message = forEachHeader(object, [&](const HeaderLine &line) {
        if (line.key == "tree") {
            malformed = malformed || !parseOid(line.value, tree);
        } else if (line.key == "parent") {
            Oid parent;
            malformed = malformed || !parseOid(line.value, parent);
            parents.append(parent);
        } else if (line.key == "author") {
            author = line.value;
        } else if (line.key == "committer") {
            committer = line.value;
        } else if (line.key == "encoding") {
            encoding = line.value;
        }
    });
    qint64 time = 0;
    qint16 offset = 0;
    if (malformed || !parseSignatureTime(committer, time, offset)) {
        const Oid id = m_nodes[size_t(index)].id;
        return rd::fail(errc::other,
                        QCoreApplication::translate(
                                "rd::git", "Commit %1 is malformed (its header cannot be read).")
                                .arg(id.toShortString()),
                        m_repository.gitDir());
    }

    const bool shallowRoot = m_shallowRoots.contains(m_nodes[size_t(index)].id);
    const quint32 parentsBegin = quint32(m_parentPool.size());
    if (!shallowRoot) {
        for (const Oid &parent : parents) {
            qsizetype parentIndex = find(parent);
            if (parentIndex < 0)
                parentIndex = addNode(parent); // registered now, read when first reached
            m_parentPool.push_back(quint32(parentIndex));
        }
    }

    quint32 chunk = 0;
    const quint32 start = store(author, encoding, message, chunk);

    Node &node = m_nodes[size_t(index)];
    node.tree = tree;
    node.time = time;
    node.timeOffset = offset;
    node.parentsBegin = parentsBegin;
    node.parentCount = quint16(m_parentPool.size() - parentsBegin);
    node.recordedParents = quint16(parents.size());
    node.chunk = chunk;
    node.offset = start;
    node.authorLength = quint32(author.size());
    node.encodingLength = quint16(encoding.size());
    node.messageLength = quint32(message.size());
    node.loaded = true;
    return {};
}

QList<qsizetype> CommitStore::parents(qsizetype index) const
{
    const Node &node = m_nodes[size_t(index)];
    QList<qsizetype> result;
    result.reserve(node.parentCount);
    for (quint32 i = 0; i < node.parentCount; ++i)
        result.append(m_parentPool[node.parentsBegin + i]);
    return result;
}

QDateTime CommitStore::dateTime(qsizetype index) const
{
    const Node &node = m_nodes[size_t(index)];
    return QDateTime::fromSecsSinceEpoch(node.time, Qt::OffsetFromUTC, node.timeOffset * 60);
}

RawCommit CommitStore::raw(qsizetype index) const
{
    const Node &node = m_nodes[size_t(index)];
    const char *bytes = m_chunks[node.chunk].data.get() + node.offset;
    RawCommit commit;
    commit.id = node.id;
    commit.time = node.time;
    commit.timeOffset = node.timeOffset;
    commit.parentCount = node.recordedParents;
    commit.author = QByteArrayView(bytes, node.authorLength);
    commit.encoding = QByteArrayView(bytes + node.authorLength, node.encodingLength);
    commit.message = QByteArrayView(bytes + node.authorLength + node.encodingLength,
                                    node.messageLength);
    return commit;
}

QByteArrayView CommitStore::rawAuthor(qsizetype index) const
{
    return raw(index).author;
}

QByteArrayView CommitStore::rawMessage(qsizetype index) const
{
    return raw(index).message;
}

QString CommitStore::message(qsizetype index) const
{
    return decodeMessage(raw(index));
}

Signature CommitStore::author(qsizetype index) const
{
    return decodeAuthor(raw(index).author);
}

QString decodeMessage(const RawCommit &commit)
{
    if (commit.encoding.isEmpty())
        return QString::fromUtf8(commit.message);
    const QByteArray encoding = commit.encoding.toByteArray();
    return decodeMessage(commit.message.data(), commit.message.size(), encoding.constData());
}

Signature decodeAuthor(QByteArrayView line)
{
    Signature signature;
    const qsizetype open = line.indexOf('<');
    const qsizetype close = line.lastIndexOf('>');
    if (open < 0 || close < open) {
        signature.name = QString::fromUtf8(line).trimmed();
        return signature;
    }
    signature.name = QString::fromUtf8(line.first(open).trimmed());
    signature.email = QString::fromUtf8(line.sliced(open + 1, close - open - 1));
    qint64 time = 0;
    qint16 offset = 0;
    if (parseSignatureTime(line, time, offset))
        signature.when = QDateTime::fromSecsSinceEpoch(time, Qt::OffsetFromUTC, offset * 60);
    return signature;
}

void CommitStore::resetFlags()
{
    for (qsizetype index : m_touched)
        m_nodes[size_t(index)].flags = 0;
    m_touched.clear();
}

rd::Result<QList<qsizetype>> CommitStore::paint(const QList<Oid> &include,
                                                const QList<Oid> &exclude,
                                                rd::Progress *progress)
{
    resetFlags();
    std::vector<qsizetype> queue; // a max-heap by commit time
    const auto older = [this](qsizetype a, qsizetype b) {
        return m_nodes[size_t(a)].time < m_nodes[size_t(b)].time;
    };
    qsizetype interesting = 0; // queued nodes not (yet) known to be excluded
    const auto mark = [&](qsizetype index, quint8 flag) -> rd::Status {
        if (!m_nodes[size_t(index)].loaded) {
            if (auto loaded = load(index); !loaded)
                return loaded;
        }
        Node &node = m_nodes[size_t(index)];
        if (node.flags == 0)
            m_touched.push_back(index);
        const bool wasInteresting = (node.flags & Queued) && !(node.flags & Excluded);
        node.flags |= flag;
        if (node.flags & Queued) {
            if (wasInteresting && (node.flags & Excluded))
                --interesting;
            return {};
        }
        node.flags |= Queued;
        if (!(node.flags & Excluded))
            ++interesting;
        queue.push_back(index);
        std::push_heap(queue.begin(), queue.end(), older);
        return {};
    };

    for (const Oid &id : exclude) {
        auto index = load(id);
        if (!index)
            return std::unexpected(index.error());
        if (auto marked = mark(*index, Excluded); !marked)
            return std::unexpected(marked.error());
    }
    for (const Oid &id : include) {
        auto index = load(id);
        if (!index)
            return std::unexpected(index.error());
        if (auto marked = mark(*index, Included); !marked)
            return std::unexpected(marked.error());
    }

    QList<qsizetype> collected;
    int slack = slop;
    qint64 steps = 0;
    while (!queue.empty()) {
        std::pop_heap(queue.begin(), queue.end(), older);
        const qsizetype index = queue.back();
        queue.pop_back();
        Node &node = m_nodes[size_t(index)];
        node.flags &= ~Queued;
        const quint8 flags = node.flags;
        const quint32 begin = node.parentsBegin;
        const quint32 count = node.parentCount;
        if (flags & Excluded) {
            for (quint32 i = 0; i < count; ++i) {
                const qsizetype parent = m_parentPool[begin + i];
                if (!(m_nodes[size_t(parent)].flags & Excluded)) {
                    if (auto marked = mark(parent, Excluded); !marked)
                        return std::unexpected(marked.error());
                }
            }
        } else {
            --interesting;
            if (!(flags & Collected)) {
                m_nodes[size_t(index)].flags |= Collected;
                collected.append(index);
            }
            for (quint32 i = 0; i < count; ++i) {
                const qsizetype parent = m_parentPool[begin + i];
                if (!(m_nodes[size_t(parent)].flags & (Included | Excluded))) {
                    if (auto marked = mark(parent, Included); !marked)
                        return std::unexpected(marked.error());
                }
            }
        }

        if (++steps % 4096 == 0 && rd::cancelled(progress))
            return rd::fail(rd::errc::cancelled,
                            QCoreApplication::translate("rd::git", "Cancelled."));
        if (interesting > 0)
            slack = slop;
        else if (--slack <= 0)
            break;
    }
    return collected;
}

rd::Result<QList<qsizetype>> CommitStore::range(const QList<Oid> &include,
                                                const QList<Oid> &exclude,
                                                rd::Progress *progress)
{
    auto collected = paint(include, exclude, progress);
    if (!collected)
        return std::unexpected(collected.error());

    // Keep what stayed unreachable from `exclude`, then order it: a commit only after all of
    // its children in the range, newest first among the ready ones (git's --date-order).
    if (m_stamp.size() < m_nodes.size()) {
        m_stamp.resize(m_nodes.size(), 0);
        m_pending.resize(m_nodes.size(), 0);
    }
    if (++m_generation == 0) { // wrapped: old stamps could collide
        std::fill(m_stamp.begin(), m_stamp.end(), 0);
        m_generation = 1;
    }
    QList<qsizetype> members;
    members.reserve(collected->size());
    for (qsizetype index : *collected) {
        if (!(m_nodes[size_t(index)].flags & Excluded)) {
            members.append(index);
            m_stamp[size_t(index)] = m_generation;
            m_pending[size_t(index)] = 0;
        }
    }
    for (qsizetype index : members) {
        const Node &node = m_nodes[size_t(index)];
        for (quint32 i = 0; i < node.parentCount; ++i) {
            const quint32 parent = m_parentPool[node.parentsBegin + i];
            if (m_stamp[parent] == m_generation)
                ++m_pending[parent];
        }
    }
    const auto older = [this](qsizetype a, qsizetype b) {
        return m_nodes[size_t(a)].time < m_nodes[size_t(b)].time;
    };
    std::vector<qsizetype> ready;
    for (qsizetype index : members) {
        if (m_pending[size_t(index)] == 0)
            ready.push_back(index);
    }
    std::make_heap(ready.begin(), ready.end(), older);
    QList<qsizetype> result;
    result.reserve(members.size());
    while (!ready.empty()) {
        std::pop_heap(ready.begin(), ready.end(), older);
        const qsizetype index = ready.back();
        ready.pop_back();
        result.append(index);
        const Node &node = m_nodes[size_t(index)];
        for (quint32 i = 0; i < node.parentCount; ++i) {
            const quint32 parent = m_parentPool[node.parentsBegin + i];
            if (m_stamp[parent] == m_generation && --m_pending[parent] == 0) {
                ready.push_back(parent);
                std::push_heap(ready.begin(), ready.end(), older);
            }
        }
    }
    resetFlags();
    return result;
}

rd::Result<QList<Oid>> CommitStore::rangeIds(const QList<Oid> &include,
                                             const QList<Oid> &exclude,
                                             rd::Progress *progress)
{
    auto nodes = range(include, exclude, progress);
    if (!nodes)
        return std::unexpected(nodes.error());
    QList<Oid> ids;
    ids.reserve(nodes->size());
    for (qsizetype index : *nodes)
        ids.append(id(index));
    return ids;
}

rd::Result<bool> CommitStore::isAncestor(const Oid &ancestor, const Oid &descendant)
{
    if (ancestor == descendant)
        return true;
    auto painted = paint({ancestor}, {descendant}, nullptr);
    if (!painted)
        return std::unexpected(painted.error());
    const bool reachable = (m_nodes[size_t(find(ancestor))].flags & Excluded) != 0;
    resetFlags();
    return reachable;
}

} // namespace git
