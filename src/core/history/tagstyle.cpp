// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagstyle.h"

#include "git/commitstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace rd {

namespace {

// 11022 → "11 022": the issue's and the README's way of writing counts, whatever the locale.
QString groupedNumber(qsizetype number)
{
    QString digits = QString::number(number);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, u' ');
    return digits;
}

bool isSeparator(QChar c)
{
    return QStringView(u"-_/@.").contains(c);
}

// What a tag prefix names: "pkg@" → "pkg", "pkg/v" → "pkg", "release-v" → "release", "v" → "".
QString owner(const QString &prefix)
{
    QString text = prefix;
    if ((text.endsWith(u'v') || text.endsWith(u'V'))
        && (text.size() == 1 || isSeparator(text.at(text.size() - 2))))
        text.chop(1);
    if (!text.isEmpty() && isSeparator(text.back()))
        text.chop(1);
    return text;
}

// A prefix that says "this is a version" rather than naming a product or a package.
bool isGeneric(const QString &prefix)
{
    static const QSet<QString> words = {QStringLiteral("release"),
                                        QStringLiteral("releases"),
                                        QStringLiteral("rel"),
                                        QStringLiteral("version"),
                                        QStringLiteral("ver"),
                                        QStringLiteral("tag")};
    const QString name = owner(prefix);
    return name.isEmpty() || words.contains(name.toLower());
}

bool ownedBy(const QString &prefix, const QString &package)
{
    const QString name = owner(prefix);
    return !prefix.isEmpty() && prefix != name
           && (name == package || name.endsWith(u'/' + package));
}

struct Group
{
    TagPattern pattern;
    qsizetype count = 0;
    QString newestName; // the highest version's tag
    Version newestVersion;
    QDateTime date;
};

} // namespace

QList<TagPattern> TagStyle::patterns() const
{
    QList<TagPattern> result{pattern};
    result.append(older);
    return result;
}

qsizetype TagStyle::tagCount() const
{
    qsizetype total = 0;
    for (qsizetype count : counts)
        total += count;
    return total;
}

QString TagStyle::explanation() const
{
    const QString where = package.isEmpty()
                                  ? QStringLiteral(".releasedesk.yml")
                                  : QCoreApplication::translate("rd::history",
                                                                "package %1 of .releasedesk.yml")
                                            .arg(package);
    switch (origin) {
    case Origin::Configured:
        return QCoreApplication::translate("rd::history", "pattern `%1`, set by tag-pattern in %2")
                .arg(pattern.pattern(), where);
    case Origin::Inferred:
        return QCoreApplication::translate(
                       "rd::history",
                       "tags look like `%1`: pattern `%2`, inferred from %3 tags",
                       nullptr,
                       int(tagCount()))
                .arg(example, pattern.pattern(), groupedNumber(tagCount()));
    case Origin::Default:
        break;
    }
    return QCoreApplication::translate(
                   "rd::history",
                   "no release tag to learn from: pattern `%1`, the default (set "
                   "tag-pattern in %2 to choose another)")
            .arg(pattern.pattern(), where);
}

QString TagStyle::configurationFix() const
{
    if (package.isEmpty())
        return QStringLiteral("tag-pattern: \"%1\"").arg(pattern.pattern());
    return QStringLiteral("packages: { %1: { tag-pattern: \"%2\" } }")
            .arg(package, pattern.pattern());
}

QStringList TagStyle::warnings() const
{
    QStringList result;
    if (isMixed()) {
        QStringList others;
        for (qsizetype i = 0; i < older.size(); ++i) {
            const int count = int(counts.value(i + 1));
            others.append(
                    QCoreApplication::translate("rd::history", "%1 tags in `%2`", nullptr, count)
                            .arg(groupedNumber(count), older.at(i).pattern()));
        }
        const int newest = int(counts.value(0));
        result.append(QCoreApplication::translate(
                              "rd::history",
                              "Release tags come in %1 styles: %2 tags in `%3` (the "
                              "most recent, like `%4`) and %5. All are read as releases "
                              "and the next tag is named `%3`. To keep this pattern, add "
                              "to .releasedesk.yml: %6",
                              nullptr,
                              newest)
                              .arg(QString::number(older.size() + 1),
                                   groupedNumber(counts.value(0)),
                                   pattern.pattern(),
                                   example,
                                   others.join(QStringLiteral(", ")),
                                   configurationFix()));
    }
    if (!packageTags.isEmpty()) {
        result.append(QCoreApplication::translate(
                              "rd::history",
                              "The tags name packages (%1, ...), not one version line, so "
                              "none was taken as the repository's releases. Declare the "
                              "packages in .releasedesk.yml, e.g. packages: { app: { "
                              "path: packages/app } }, and use --package.")
                              .arg(packageTags.join(QStringLiteral(", "))));
    }
    return result;
}

Result<TagStyle> inferTagStyle(git::CommitStore &store,
                               const QString &package,
                               const TagPattern &fallback)
{
    // Names first: a listing that reads no tag object.
    QHash<QString, Group> groups; // by prefix
    auto listed = store.tags([&groups](QStringView name) {
        if (auto pattern = TagPattern::ofTag(name)) {
            Group &group = groups[pattern->prefix()];
            group.pattern = *pattern;
            ++group.count;
            const Version version = *pattern->match(name).value();
            if (group.newestName.isEmpty() || version > group.newestVersion) {
                group.newestVersion = version;
                group.newestName = name.toString();
            }
        }
        return false;
    });
    if (!listed)
        return std::unexpected(listed.error());

    TagStyle style;
    style.package = package;
    style.pattern = fallback;
    QList<Group> candidates;
    if (!package.isEmpty()) {
        for (const Group &group : std::as_const(groups)) {
            if (ownedBy(group.pattern.prefix(), package))
                candidates.append(group);
        }
    } else {
        QSet<QString> owners;
        for (const Group &group : std::as_const(groups)) {
            if (isGeneric(group.pattern.prefix()))
                candidates.append(group);
            owners.insert(owner(group.pattern.prefix()));
        }
        if (candidates.isEmpty() && owners.size() == 1) {
            candidates = groups.values(); // one product's tags: "myapp-v1.2.0"
        } else if (candidates.isEmpty() && owners.size() > 1) {
            QList<Group> all = groups.values();
            std::sort(all.begin(), all.end(), [](const Group &a, const Group &b) {
                return a.count > b.count;
            });
            for (qsizetype i = 0; i < std::min<qsizetype>(3, all.size()); ++i)
                style.packageTags.append(all.at(i).newestName);
        }
    }
    if (candidates.isEmpty())
        return style;

    // The date of each candidate's newest tag: the tagger's, else its commit's.
    QSet<QString> newest;
    for (const Group &group : std::as_const(candidates))
        newest.insert(group.newestName);
    auto tags = store.tags(
            [&newest](QStringView name) { return newest.contains(name.toString()); });
    if (!tags)
        return std::unexpected(tags.error());
    for (const git::TagRef &tag : std::as_const(*tags)) {
        QDateTime date;
        if (tag.tagger && tag.tagger->when.isValid()) {
            date = tag.tagger->when;
        } else if (tag.pointsToCommit()) {
            auto node = store.load(tag.target);
            if (!node)
                return std::unexpected(node.error());
            date = store.dateTime(*node);
        }
        for (Group &group : candidates) {
            if (group.newestName == tag.name)
                group.date = date;
        }
    }
    // The most recent first; equal dates (tags made in the same second, or on one commit):
    // the higher version is the later release; then the most used, then the name.
    std::sort(candidates.begin(), candidates.end(), [](const Group &a, const Group &b) {
        if (a.date != b.date)
            return a.date > b.date;
        if (const int order = a.newestVersion.compare(b.newestVersion); order != 0)
            return order > 0;
        if (a.count != b.count)
            return a.count > b.count;
        return a.pattern.pattern() < b.pattern.pattern();
    });
    std::sort(candidates.begin() + 1, candidates.end(), [](const Group &a, const Group &b) {
        return a.count != b.count ? a.count > b.count : a.pattern.pattern() < b.pattern.pattern();
    });
    style.origin = TagStyle::Origin::Inferred;
    style.pattern = candidates.first().pattern;
    style.example = candidates.first().newestName;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (i > 0)
            style.older.append(candidates.at(i).pattern);
        style.counts.append(candidates.at(i).count);
    }
    return style;
}

Result<TagStyle> tagStyleOf(git::CommitStore &store, const Package &package)
{
    if (!package.tagPatternSet)
        return inferTagStyle(store, package.name, package.tagPattern);
    TagStyle style;
    style.origin = TagStyle::Origin::Configured;
    style.pattern = package.tagPattern;
    style.package = package.name;
    return style;
}

} // namespace rd
