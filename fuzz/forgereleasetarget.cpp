// SPDX-License-Identifier: GPL-3.0-or-later
// The fuzz entry point for what GitHub answers the release step (fuzz/fuzztargets.h).
#include "fuzztargets.h"

#include "publish/githubreleaseapi.h"

#include <QJsonDocument>
#include <QSet>
#include <QUrlQuery>

namespace rd::fuzz {

QString githubrelease(const uint8_t *data, size_t size)
{
    if (size == 0)
        return {};
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString source = QStringLiteral("http://127.0.0.1:1/fuzz");
    if (data[0] % 3 == 2) {
        // An upload_url template, then (after a NUL-free split at the first newline) a name.
        const QString text = QString::fromUtf8(body);
        const QString name = text.section(u'\n', 1);
        auto url = GitHubReleaseApi::uploadUrl(text.section(u'\n', 0, 0), name);
        if (!url)
            return url.error().message.isEmpty() ? QStringLiteral("an upload_url error without "
                                                                  "a message")
                                                 : QString();
        if (url->toString().contains(u'{'))
            return QStringLiteral("an upload URL that still holds a template: %1")
                    .arg(url->toString());
        const QString back = QUrlQuery(*url).queryItemValue(QStringLiteral("name"),
                                                            QUrl::FullyDecoded);
        if (back != name)
            return QStringLiteral("the asset name %1 came back as %2").arg(name, back);
        return {};
    }
    if (data[0] % 3 == 1) {
        // Any 422 body: no crash; a code or an immutable verdict only from a JSON object.
        const bool object = QJsonDocument::fromJson(body).isObject();
        if (!GitHubReleaseApi::validationCode(body).isEmpty() && !object)
            return QStringLiteral("a validation code read from a body that is not an object");
        if (GitHubReleaseApi::saysImmutable(body) && !object)
            return QStringLiteral("an immutable verdict read from a body that is not an object");
        return {};
    }
    auto release = GitHubReleaseApi::parseRelease(QJsonDocument::fromJson(body).object(), source);
    if (!release)
        return release.error().source == source && !release.error().message.isEmpty()
                       ? QString()
                       : QStringLiteral("a release error without the address or a message");
    if (release->id <= 0 || release->tag.isEmpty())
        return QStringLiteral("a release without an id or tag");
    // The release's own finished assets, planned as they are, match it.
    QList<PlannedAsset> planned;
    QSet<QString> names;
    QSet<QString> repeated;
    for (const RemoteAsset &asset : release->assets) {
        if (asset.name.isEmpty())
            return QStringLiteral("an asset without a name");
        if (names.contains(asset.name))
            repeated.insert(asset.name);
        names.insert(asset.name);
    }
    for (const RemoteAsset &asset : release->assets) {
        const bool finished = asset.state.isEmpty() || asset.state == u"uploaded";
        const bool sha256 = asset.digest.startsWith(u"sha256:");
        if (finished && (sha256 || asset.digest.isEmpty()) && !repeated.contains(asset.name))
            planned.append(PlannedAsset{QString(), asset.name, asset.size, asset.digest.mid(7)});
    }
    const AssetComparison comparison = GitHubReleaseApi::compare(planned, release->assets);
    if (!comparison.matches())
        return QStringLiteral("a release's own assets do not match it: missing %1, different %2")
                .arg(comparison.missing.join(u','), comparison.different.join(u';'));
    return {};
}

} // namespace rd::fuzz
