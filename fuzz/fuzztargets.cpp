// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzztargets.h"

#include "sources/jsondocument.h"
#include "sources/sourceformat.h"
#include "sources/sourcetext.h"
#include "sources/unifieddiff.h"
#include "sources/versionwriter.h"

#include <algorithm>

namespace rd::fuzz {

namespace {

QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

QString checkSpans(const VersionSource &source, const QByteArray &bytes)
{
    const SourceText text(bytes);
    QList<VersionSpan> spans = source.spans;
    std::sort(spans.begin(), spans.end(), [](const VersionSpan &a, const VersionSpan &b) {
        return a.offset < b.offset;
    });
    qsizetype end = 0;
    for (const VersionSpan &span : spans) {
        if (span.offset < end || span.length < 0 || span.offset + span.length > bytes.size())
            return QStringLiteral("span %1+%2 outside the file or overlapping")
                    .arg(span.offset)
                    .arg(span.length);
        if (text.text(span.offset, span.length) != span.text)
            return QStringLiteral("span text differs from its bytes");
        end = span.offset + span.length;
    }
    if (source.line < 0 || source.line > text.lineCount())
        return QStringLiteral("line %1 outside the file").arg(source.line);
    return {};
}

// Bytes outside the splices are the same, in order, in both files.
QString checkOnlySplicedBytesChanged(const QByteArray &before,
                                     const QByteArray &after,
                                     QList<Splice> splices)
{
    std::sort(splices.begin(), splices.end(), [](const Splice &a, const Splice &b) {
        return a.offset < b.offset;
    });
    qsizetype from = 0;
    qsizetype to = 0;
    for (const Splice &splice : splices) {
        const qsizetype kept = splice.offset - from;
        if (kept < 0 || after.mid(to, kept) != before.mid(from, kept))
            return QStringLiteral("a byte outside the version range changed");
        if (splice.replacement.contains('\n') || splice.replacement.contains('\r'))
            return QStringLiteral("a written version holds a line break");
        to += kept + splice.replacement.size();
        from = splice.offset + splice.length;
    }
    if (after.mid(to) != before.mid(from))
        return QStringLiteral("a byte after the last version range changed");
    return {};
}

} // namespace

QString formats(const uint8_t *data, size_t size)
{
    if (size < 1)
        return {};
    const QList<const SourceFormat *> &all = SourceFormat::all();
    const SourceFormat *format = all.at(data[0] % all.size());
    const QByteArray bytes = bytesOf(data + 1, size - 1);
    const QList<VersionSource> sources = format->read(bytes, QStringLiteral("fuzz"));
    for (const VersionSource &source : sources) {
        if (QString problem = checkSpans(source, bytes); !problem.isEmpty())
            return format->id() + QStringLiteral(": ") + problem;
        for (const char *target : {"7.8.9", "10.0.0-rc.1"}) {
            const Version version = *Version::parse(QString::fromLatin1(target));
            auto splices = VersionWriter::splices(source, version);
            if (!splices)
                continue;
            auto after = Splice::apply(bytes, *splices);
            if (!after)
                return format->id() + QStringLiteral(": planned splices do not apply: ")
                       + after.error().message;
            if (QString problem = checkOnlySplicedBytesChanged(bytes, *after, *splices);
                !problem.isEmpty())
                return format->id() + QStringLiteral(": ") + problem;
            // What was written reads back (the same number of sources, none broken by it).
            const QList<VersionSource> again = format->read(*after, QStringLiteral("fuzz"));
            if (again.size() != sources.size())
                return format->id()
                       + QStringLiteral(": the written file reads as %1 sources, not %2")
                                 .arg(again.size())
                                 .arg(sources.size());
        }
    }
    return {};
}

QString json(const uint8_t *data, size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    auto document = JsonDocument::parse(bytes, 4);
    if (!document)
        return {};
    QList<const JsonNode *> pending{&document->root()};
    while (!pending.isEmpty()) {
        const JsonNode *node = pending.takeLast();
        if (node->offset < 0 || node->length <= 0 || node->offset + node->length > bytes.size())
            return QStringLiteral("a node lies outside the input");
        if (node->isString()
            && (bytes.at(node->offset) != '"' || bytes.at(node->offset + node->length - 1) != '"'))
            return QStringLiteral("a string's range does not start and end with quotes");
        for (const JsonMember &member : node->members)
            pending.append(&member.value);
        for (const JsonNode &item : node->items)
            pending.append(&item);
    }
    return {};
}

QString scheme(const uint8_t *data, size_t size)
{
    if (size < 1)
        return {};
    const VersionScheme kind = VersionScheme(data[0] % 7);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1),
                                           qsizetype(size - 1));
    auto version = VersionSchemes::normalize(kind, text);
    if (!version)
        return {};
    auto rendered = VersionSchemes::render(kind, *version, text);
    if (!rendered)
        return {};
    auto back = VersionSchemes::normalize(kind, *rendered);
    if (!back)
        return QStringLiteral("%1 rendered \"%2\" as \"%3\", which does not parse: %4")
                .arg(VersionSchemes::id(kind), text, *rendered, back.error().message);
    if (back->compare(*version) != 0)
        return QStringLiteral("%1: \"%2\" → \"%3\" reads back as another version")
                .arg(VersionSchemes::id(kind), text, *rendered);
    return {};
}

QString diff(const uint8_t *data, size_t size)
{
    if (size < 4)
        return {};
    // First bytes: splice positions and lengths; the rest is the file.
    const QByteArray bytes = bytesOf(data + 4, size - 4);
    QList<Splice> splices;
    const qsizetype n = bytes.size();
    if (n > 0) {
        splices.append(
                Splice{data[0] % n, std::min<qsizetype>(data[1] % 8, n - data[0] % n), "X.Y"});
        const qsizetype second = (qsizetype(data[2]) * 7) % n;
        if (second >= splices.first().offset + splices.first().length)
            splices.append(
                    Splice{second, std::min<qsizetype>(data[3] % 5, n - second), QByteArray()});
    }
    const QByteArray text = UnifiedDiff::render(QStringLiteral("f"), bytes, splices);
    for (const QByteArray &line : text.split('\n')) {
        if (!line.startsWith("@@ -"))
            continue;
        if (!line.endsWith(" @@"))
            return QStringLiteral("a malformed hunk header");
    }
    return {};
}

} // namespace rd::fuzz
