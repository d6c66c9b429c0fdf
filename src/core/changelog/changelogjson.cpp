// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelogjson.h"

namespace rd {

QJsonObject toJson(const ChangelogEntry &entry)
{
    QJsonArray references;
    for (const IssueReference &reference : entry.references)
        references.append(QJsonObject{{QStringLiteral("text"), reference.text},
                                      {QStringLiteral("number"), reference.number},
                                      {QStringLiteral("repository"), reference.repository},
                                      {QStringLiteral("mergeRequest"), reference.mergeRequest},
                                      {QStringLiteral("action"), reference.action},
                                      {QStringLiteral("url"), reference.url}});
    QJsonArray authors;
    for (const ChangelogAuthor &author : entry.authors)
        authors.append(QJsonObject{{QStringLiteral("name"), author.name},
                                   {QStringLiteral("email"), author.email}});
    return QJsonObject{
            {QStringLiteral("commit"), entry.commit},
            {QStringLiteral("shortCommit"), entry.shortCommit()},
            {QStringLiteral("commitUrl"), entry.commitUrl},
            {QStringLiteral("type"), entry.type},
            {QStringLiteral("scope"), entry.scope},
            {QStringLiteral("description"), entry.description},
            {QStringLiteral("body"), entry.body},
            {QStringLiteral("breaking"), entry.breaking},
            {QStringLiteral("breakingNote"), entry.breakingNote},
            {QStringLiteral("date"), entry.date.toString(Qt::ISODate)},
            {QStringLiteral("references"), references},
            {QStringLiteral("authors"), authors},
    };
}

QJsonObject toJson(const ChangelogRelease &release, bool withLeftOut)
{
    QJsonArray sections;
    for (const ChangelogSection &section : release.sections) {
        QJsonArray entries;
        for (const ChangelogEntry &entry : section.entries)
            entries.append(toJson(entry));
        sections.append(QJsonObject{{QStringLiteral("title"), section.title},
                                    {QStringLiteral("entries"), entries}});
    }
    QJsonArray breaking;
    for (const ChangelogEntry &entry : release.breakingChanges)
        breaking.append(toJson(entry));
    QJsonObject object{
            {QStringLiteral("version"), release.version},
            {QStringLiteral("title"), release.title()},
            {QStringLiteral("tag"), release.tag},
            {QStringLiteral("previousTag"), release.previousTag},
            {QStringLiteral("date"),
             release.date.isValid() ? release.date.toString(Qt::ISODate) : QString()},
            {QStringLiteral("unreleased"), release.unreleased},
            {QStringLiteral("preRelease"), release.preRelease},
            {QStringLiteral("compareUrl"), release.compareUrl},
            {QStringLiteral("commitCount"), release.commitCount},
            {QStringLiteral("sections"), sections},
            {QStringLiteral("breakingChanges"), breaking},
    };
    if (withLeftOut) {
        QJsonArray leftOut;
        for (const LeftOutCommit &commit : release.leftOut)
            leftOut.append(QJsonObject{{QStringLiteral("commit"), commit.commit},
                                       {QStringLiteral("header"), commit.header},
                                       {QStringLiteral("reason"), commit.reason}});
        object.insert(QStringLiteral("leftOut"), leftOut);
    }
    return object;
}

} // namespace rd
