// SPDX-License-Identifier: GPL-3.0-or-later
#include "presenter.h"

namespace rd::cli {

QJsonObject toJson(const ReleaseTag &tag)
{
    return QJsonObject{
            {QStringLiteral("tag"), tag.name},
            {QStringLiteral("version"), tag.version.toString()},
            {QStringLiteral("commit"), tag.commit.toString()},
            {QStringLiteral("date"), tag.date.toString(Qt::ISODate)},
            {QStringLiteral("annotated"), tag.annotated},
    };
}

QJsonObject toJson(const AnalyzedCommit &commit)
{
    const Classification &c = commit.classification;
    QJsonObject object{
            {QStringLiteral("id"), commit.id.toString()},
            {QStringLiteral("header"), commit.header()},
            {QStringLiteral("author"), commit.author.name},
            {QStringLiteral("date"), commit.time.toString(Qt::ISODate)},
            {QStringLiteral("bump"), toString(c.level)},
            {QStringLiteral("rule"), ruleName(c.rule)},
            {QStringLiteral("reason"), c.reason},
            {QStringLiteral("breaking"), c.breaking},
            {QStringLiteral("hidden"), c.hidden},
    };
    if (!commit.parsed.type.isEmpty())
        object.insert(QStringLiteral("type"), commit.parsed.type.toLower());
    if (!commit.parsed.scope.isEmpty())
        object.insert(QStringLiteral("scope"), commit.parsed.scope);
    if (!c.hidden && !c.section.isEmpty())
        object.insert(QStringLiteral("section"), c.section);
    if (c.breaking)
        object.insert(QStringLiteral("breakingNote"), commit.parsed.breakingNote());
    return object;
}

QJsonArray toJson(const QList<SkippedTag> &tags)
{
    QJsonArray array;
    for (const SkippedTag &tag : tags)
        array.append(QJsonObject{{QStringLiteral("tag"), tag.name},
                                 {QStringLiteral("reason"), tag.reason}});
    return array;
}

} // namespace rd::cli
