// SPDX-License-Identifier: GPL-3.0-or-later
// The fuzz entry point for what GitLab answers the release step (fuzz/fuzztargets.h).
#include "fuzztargets.h"

#include "publish/gitlabreleaseapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace rd::fuzz {

namespace {

QString release(const QByteArray &body, const QString &source)
{
    auto parsed = GitLabReleaseApi::parseRelease(QJsonDocument::fromJson(body).object(), source);
    if (!parsed)
        return parsed.error().source == source && !parsed.error().message.isEmpty()
                       ? QString()
                       : QStringLiteral("a release error without the address or a message");
    if (parsed->tag.isEmpty())
        return QStringLiteral("a release without a tag");
    // The release's own links, planned as they are, match it when their names are unique.
    QSet<QString> names;
    for (const ReleaseLink &link : parsed->links) {
        if (link.name.isEmpty() || link.url.isEmpty())
            return QStringLiteral("a link without a name or url");
        names.insert(link.name);
    }
    const LinkComparison comparison = GitLabReleaseApi::compare(parsed->links, parsed->links);
    if (names.size() == parsed->links.size() && !comparison.matches())
        return QStringLiteral("a release's own links do not match it: %1 %2 %3")
                .arg(comparison.missing.join(u','),
                     comparison.different.join(u';'),
                     comparison.other.join(u','));
    // Planned without links, every link is one the plan does not have.
    if (GitLabReleaseApi::compare({}, parsed->links).other.size() != parsed->links.size())
        return QStringLiteral("a link left out of the links the plan does not have");
    // The body a create would send reads back as the same links.
    QJsonObject echoed = GitLabReleaseApi::createBody(parsed->tag, parsed->name, {}, parsed->links);
    QJsonArray links;
    for (const QJsonValue &link : echoed.value(u"assets").toObject().value(u"links").toArray()) {
        QJsonObject object = link.toObject();
        object.insert(QStringLiteral("direct_asset_url"),
                      QStringLiteral("http://127.0.0.1/-/releases/t/downloads")
                              + object.value(u"direct_asset_path").toString());
        links.append(object);
    }
    echoed.insert(QStringLiteral("assets"), QJsonObject{{QStringLiteral("links"), links}});
    auto again = GitLabReleaseApi::parseRelease(echoed, source);
    if (!again || again->links.size() != parsed->links.size())
        return QStringLiteral("the create body of release %1 does not read back").arg(parsed->tag);
    for (qsizetype i = 0; i < links.size(); ++i)
        if (again->links[i].name != parsed->links[i].name
            || again->links[i].url != parsed->links[i].url
            || again->links[i].directAssetPath != parsed->links[i].directAssetPath)
            return QStringLiteral("link %1 changed on its way through a create body")
                    .arg(parsed->links[i].name);
    return {};
}

QString packageFiles(const QByteArray &body, const QString &source)
{
    auto files = GitLabReleaseApi::parsePackageFiles(QJsonDocument::fromJson(body).array(), source);
    if (!files)
        return files.error().source == source && !files.error().message.isEmpty()
                       ? QString()
                       : QStringLiteral("a package files error without the address or a message");
    for (const PackageFile &file : *files) {
        if (file.id <= 0 || file.name.isEmpty() || file.size < 0)
            return QStringLiteral("a package file without an id, name or size");
        const auto newest = GitLabReleaseApi::newest(*files, file.name);
        if (!newest || newest->name != file.name || newest->id < file.id)
            return QStringLiteral("the newest upload of %1 is not the newest").arg(file.name);
    }
    return {};
}

} // namespace

QString gitlabrelease(const uint8_t *data, size_t size)
{
    if (size == 0)
        return {};
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString source = QStringLiteral("http://127.0.0.1:1/fuzz");
    switch (data[0] % 3) {
    case 0:
        return release(body, source);
    case 1:
        return packageFiles(body, source);
    default: {
        // An error body: a message only from a JSON object; a tag as a package version.
        if (!GitLabReleaseApi::errorMessage(body).isEmpty()
            && !QJsonDocument::fromJson(body).isObject())
            return QStringLiteral("an error message read from a body that is not an object");
        const QString text = QString::fromUtf8(body);
        if (GitLabReleaseApi::isPackageVersion(text)
            && (text.contains(QLatin1String("..")) || text.contains(u'/') || text.isEmpty()))
            return QStringLiteral("%1 taken as a generic package version").arg(text);
        const QString package = GitLabReleaseApi::packageName(text);
        if (package.isEmpty() || package.contains(u'/'))
            return QStringLiteral("the package name of %1 is %2").arg(text, package);
        return {};
    }
    }
}

} // namespace rd::fuzz
