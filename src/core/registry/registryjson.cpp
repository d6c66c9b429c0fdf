// SPDX-License-Identifier: GPL-3.0-or-later
#include "registryjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace rd::registryjson {

namespace {

Result<QJsonObject> object(const QByteArray &body, const QString &source, const QString &what)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(
                errc::registryMalformed,
                QCoreApplication::translate(
                        "RegistryJson",
                        "The %1 answer is not valid JSON (%2 at byte %3). The address may point at "
                        "something that is not this kind of registry; check url: in "
                        ".releasedesk.yml.")
                        .arg(what, error.errorString())
                        .arg(error.offset),
                source);
    if (!document.isObject())
        return fail(
                errc::registryMalformed,
                QCoreApplication::translate(
                        "RegistryJson",
                        "The %1 answer is not a JSON object. Check that url: in .releasedesk.yml "
                        "points at this kind of registry.")
                        .arg(what),
                source);
    return document.object();
}

std::unexpected<Error> missingField(const QString &what,
                                    const QString &field,
                                    const QString &source)
{
    return fail(
            errc::registryMalformed,
            QCoreApplication::translate(
                    "RegistryJson",
                    "The %1 answer has no usable “%2”; this is not what the registry documents. "
                    "Check that url: in .releasedesk.yml points at this kind of registry.")
                    .arg(what, field),
            source);
}

} // namespace

QDateTime time(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    // A time without an offset (PyPI's upload_time) is UTC.
    if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

Result<PublishedPackage> npmPackument(const QByteArray &body, const QString &source)
{
    const QString what = QStringLiteral("npm packument");
    auto root = object(body, source, what);
    if (!root)
        return fail(root.error());
    const QJsonValue versions = root->value(u"versions");
    if (!versions.isObject())
        return missingField(what, QStringLiteral("versions"), source);
    PublishedPackage package;
    package.exists = true;
    package.versions = versions.toObject().keys();
    const QJsonValue latest = root->value(u"dist-tags").toObject().value(u"latest");
    if (latest.isString()) {
        package.latest = latest.toString();
    } else if (!package.versions.isEmpty()) {
        package.notes.append(QCoreApplication::translate("RegistryJson",
                                                         "the packument has no dist-tag “latest”"));
    }
    if (!package.latest.isEmpty()) {
        const QJsonValue when = root->value(u"time").toObject().value(package.latest);
        package.latestDate = time(when.toString());
        if (!package.latestDate.isValid())
            package.notes.append(
                    QCoreApplication::translate("RegistryJson", "no publication time for %1")
                            .arg(package.latest));
    }
    return package;
}

Result<PublishedPackage> pypiProject(const QByteArray &body, const QString &source)
{
    const QString what = QStringLiteral("PyPI JSON API");
    auto root = object(body, source, what);
    if (!root)
        return fail(root.error());
    const QJsonValue info = root->value(u"info");
    // An empty version is no version (found by the fuzzer: it listed "" as the latest release).
    if (!info.isObject() || info.toObject().value(u"version").toString().isEmpty())
        return missingField(what, QStringLiteral("info.version"), source);
    PublishedPackage package;
    package.exists = true;
    package.latest = info.toObject().value(u"version").toString();
    const QJsonObject releases = root->value(u"releases").toObject();
    package.versions = releases.keys();
    if (!package.versions.contains(package.latest))
        package.versions.append(package.latest);
    // The first upload of the release's files is when it was published.
    QDateTime first;
    for (const QJsonValue &file : releases.value(package.latest).toArray()) {
        const QJsonObject object = file.toObject();
        QDateTime uploaded = time(object.value(u"upload_time_iso_8601").toString());
        if (!uploaded.isValid())
            uploaded = time(object.value(u"upload_time").toString());
        if (uploaded.isValid() && (!first.isValid() || uploaded < first))
            first = uploaded;
    }
    package.latestDate = first;
    if (!first.isValid())
        package.notes.append(QCoreApplication::translate("RegistryJson", "no upload time for %1")
                                     .arg(package.latest));
    return package;
}

Result<PublishedPackage> cratesCrate(const QByteArray &body, const QString &source)
{
    const QString what = QStringLiteral("crate registry");
    auto root = object(body, source, what);
    if (!root)
        return fail(root.error());
    const QJsonObject crate = root->value(u"crate").toObject();
    QString latest = crate.value(u"max_stable_version").toString();
    if (latest.isEmpty())
        latest = crate.value(u"max_version").toString();
    if (latest.isEmpty())
        return missingField(what, QStringLiteral("crate.max_version"), source);
    PublishedPackage package;
    package.exists = true;
    package.latest = latest;
    for (const QJsonValue &item : root->value(u"versions").toArray()) {
        const QJsonObject version = item.toObject();
        const QString number = version.value(u"num").toString();
        if (number.isEmpty())
            continue;
        package.versions.append(number);
        if (number == latest)
            package.latestDate = time(version.value(u"created_at").toString());
    }
    if (!package.versions.contains(latest))
        package.versions.append(latest);
    if (!package.latestDate.isValid())
        package.notes.append(
                QCoreApplication::translate("RegistryJson", "no publication time for %1")
                        .arg(latest));
    return package;
}

Result<QStringList> ociTags(const QByteArray &body, const QString &source)
{
    const QString what = QStringLiteral("OCI tags list");
    auto root = object(body, source, what);
    if (!root)
        return fail(root.error());
    const QJsonValue tags = root->value(u"tags");
    // A repository without tags answers "tags": null.
    if (!tags.isArray() && !tags.isNull())
        return missingField(what, QStringLiteral("tags"), source);
    QStringList result;
    for (const QJsonValue &tag : tags.toArray()) {
        if (tag.isString())
            result.append(tag.toString());
    }
    return result;
}

} // namespace rd::registryjson
