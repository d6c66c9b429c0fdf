// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcespresenter.h"
#include "counted.h"

namespace rd::cli {

QString placeOf(const VersionSource &source)
{
    if (source.role == SourceRole::Tag)
        return QStringLiteral("(git tag)");
    return source.line > 0 ? QStringLiteral("%1:%2").arg(source.path).arg(source.line)
                           : source.path;
}

QJsonObject toJson(const SourceEntry &entry)
{
    const VersionSource &source = entry.source;
    QJsonObject object{
            {QStringLiteral("id"), source.id()},
            {QStringLiteral("file"), source.path},
            {QStringLiteral("line"), source.line},
            {QStringLiteral("key"), source.key},
            {QStringLiteral("format"), source.format},
            {QStringLiteral("role"), toString(source.role)},
            {QStringLiteral("scheme"), VersionSchemes::id(source.scheme)},
            {QStringLiteral("text"), source.text},
            {QStringLiteral("version"),
             source.version ? QJsonValue(source.version->toString()) : QJsonValue()},
            {QStringLiteral("status"), toString(entry.status)},
            {QStringLiteral("reference"), entry.isReference},
            {QStringLiteral("writable"), source.isWritable()},
    };
    if (!source.note.isEmpty())
        object.insert(QStringLiteral("note"), source.note);
    for (auto it = entry.extra.cbegin(); it != entry.extra.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject toJson(const SourceReport &report)
{
    QJsonArray sources;
    for (const SourceEntry &entry : report.entries)
        sources.append(toJson(entry));
    return QJsonObject{
            {QStringLiteral("repository"), report.root},
            {QStringLiteral("reference"),
             report.reference ? QJsonValue(report.reference->toString()) : QJsonValue()},
            {QStringLiteral("referenceSource"), report.referenceName},
            {QStringLiteral("mismatch"), report.hasMismatch()},
            {QStringLiteral("sources"), sources},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)},
    };
}

QJsonObject toJson(const VersionPlan &plan, bool written)
{
    QJsonArray files;
    for (const FileEdit &edit : plan.edits)
        files.append(
                QJsonObject{{QStringLiteral("file"), edit.path},
                            {QStringLiteral("sources"), QJsonArray::fromStringList(edit.sourceIds)},
                            {QStringLiteral("diff"), QString::fromUtf8(edit.diff())}});
    QJsonArray skipped;
    for (const SkippedSource &skip : plan.skipped)
        skipped.append(QJsonObject{{QStringLiteral("id"), skip.source.id()},
                                   {QStringLiteral("reason"), skip.reason.message},
                                   {QStringLiteral("code"), skip.reason.code},
                                   {QStringLiteral("blocking"), skip.blocking}});
    return QJsonObject{
            {QStringLiteral("version"), plan.version.toString()},
            {QStringLiteral("written"), written},
            {QStringLiteral("files"), files},
            {QStringLiteral("unchanged"), QJsonArray::fromStringList(plan.unchanged)},
            {QStringLiteral("skipped"), skipped},
    };
}

void printReport(QTextStream &out, const SourceReport &report)
{
    if (report.reference)
        out << "Reference: " << report.reference->toString() << " (" << report.referenceName
            << ")\n\n";
    else
        out << "Reference: none (no release tag and no readable version)\n\n";
    if (report.entries.isEmpty()) {
        out << "No version sources found.\n";
        out.flush();
        return;
    }
    qsizetype placeWidth = 4;
    qsizetype textWidth = 7;
    qsizetype keyWidth = 3;
    for (const SourceEntry &entry : report.entries) {
        placeWidth = std::max(placeWidth, placeOf(entry.source).size());
        textWidth = std::max(textWidth, entry.source.text.size());
        keyWidth = std::max(keyWidth, entry.source.key.size());
    }
    textWidth = std::min<qsizetype>(textWidth, 24);
    out << "  " << QStringLiteral("STATUS").leftJustified(12)
        << QStringLiteral("VERSION").leftJustified(textWidth + 2)
        << QStringLiteral("FILE").leftJustified(placeWidth + 2)
        << QStringLiteral("KEY").leftJustified(keyWidth + 2) << "ROLE       SCHEME\n";
    for (const SourceEntry &entry : report.entries) {
        const VersionSource &source = entry.source;
        const bool bad = entry.status != SourceStatus::Agrees
                         && entry.status != SourceStatus::Dynamic;
        QString status = toString(entry.status);
        if (entry.isReference)
            status = QStringLiteral("reference");
        out << (bad ? "! " : "  ") << status.leftJustified(12)
            << (source.text.isEmpty() ? QStringLiteral("-") : source.text)
                        .leftJustified(textWidth + 2)
            << placeOf(source).leftJustified(placeWidth + 2)
            << source.key.leftJustified(keyWidth + 2) << toString(source.role).leftJustified(11)
            << VersionSchemes::name(source.scheme) << '\n';
        if (!source.note.isEmpty() && (bad || entry.status == SourceStatus::Dynamic))
            out << "      " << source.note << '\n';
    }
    out << '\n'
        << counted(report.entries.size(), "source", "sources") << ": "
        << report.count(SourceStatus::Agrees) << " agree, " << report.count(SourceStatus::Behind)
        << " behind, " << report.count(SourceStatus::Ahead) << " ahead, "
        << report.count(SourceStatus::Unparseable) << " unparseable, "
        << report.count(SourceStatus::Dynamic) << " dynamic, "
        << report.count(SourceStatus::Missing) << " missing.\n";
    out.flush();
}

} // namespace rd::cli
