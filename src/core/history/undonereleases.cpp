// SPDX-License-Identifier: GPL-3.0-or-later
#include "undonereleases.h"

#include "util/fileio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rd {

namespace {

constexpr int recordFormat = 1;

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

Error malformed(const QString &file, const QString &what)
{
    return Error{errc::undoneReleases.toString(),
                 QCoreApplication::translate("rd::UndoneReleases",
                                             "The record of undone releases is not readable (%1). "
                                             "ReleaseDesk writes it atomically, so it was edited "
                                             "by hand; fix it or move it aside.")
                         .arg(what),
                 file};
}

} // namespace

QString UndoneReleases::path(const QString &gitDir)
{
    return QDir(gitDir).filePath(QStringLiteral("releasedesk/undone-releases.json"));
}

Result<QList<UndoneRelease>> UndoneReleases::load(const QString &gitDir)
{
    const QString file = path(gitDir);
    QList<UndoneRelease> releases;
    if (!QFileInfo::exists(file))
        return releases;
    auto bytes = readFile(file);
    if (!bytes)
        return std::unexpected(bytes.error());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (!document.isObject())
        return std::unexpected(malformed(file, parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toInt() != recordFormat)
        return std::unexpected(
                malformed(file,
                          QCoreApplication::translate("rd::UndoneReleases", "format %1 is not %2")
                                  .arg(root.value(QLatin1String("format")).toInt())
                                  .arg(recordFormat)));
    const QJsonArray items = root.value(QLatin1String("releases")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        UndoneRelease release;
        release.tag = item.value(QLatin1String("tag")).toString();
        release.version = item.value(QLatin1String("version")).toString();
        const auto commit = git::Oid::fromString(item.value(QLatin1String("commit")).toString());
        release.tagged = QDateTime::fromString(item.value(QLatin1String("tagged")).toString(),
                                               Qt::ISODate);
        release.undone = QDateTime::fromString(item.value(QLatin1String("undone")).toString(),
                                               Qt::ISODate);
        for (const QJsonValue &ref : item.value(QLatin1String("removed")).toArray())
            release.removed.append(ref.toString());
        if (release.tag.isEmpty() || !commit || !release.tagged.isValid()
            || !release.undone.isValid())
            return std::unexpected(
                    malformed(file,
                              QCoreApplication::translate("rd::UndoneReleases",
                                                          "entry %1 lacks its tag, commit or times")
                                      .arg(i + 1)));
        release.commit = *commit;
        releases.append(std::move(release));
    }
    return releases;
}

Status UndoneReleases::append(const QString &gitDir, const UndoneRelease &release)
{
    auto releases = load(gitDir);
    if (!releases)
        return std::unexpected(releases.error());
    releases->append(release);
    QJsonArray items;
    for (const UndoneRelease &item : std::as_const(*releases))
        items.append(
                QJsonObject{{QStringLiteral("tag"), item.tag},
                            {QStringLiteral("version"), item.version},
                            {QStringLiteral("commit"), item.commit.toString()},
                            {QStringLiteral("tagged"), iso(item.tagged)},
                            {QStringLiteral("undone"), iso(item.undone)},
                            {QStringLiteral("removed"), QJsonArray::fromStringList(item.removed)}});
    const QString file = path(gitDir);
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return fail(errc::io,
                    QCoreApplication::translate("rd::UndoneReleases",
                                                "Cannot create the folder of the record of "
                                                "undone releases."),
                    file);
    const QJsonObject root{{QStringLiteral("format"), recordFormat},
                           {QStringLiteral("releases"), items}};
    return writeFileAtomically(file, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace rd
