// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcesettings.h"

#include "sources/versionsource.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd {

namespace {

QRegularExpression globToRegex(QString glob)
{
    if (glob.endsWith(u'/'))
        glob += QStringLiteral("**");
    QString pattern = QStringLiteral("^");
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (glob.mid(i, 3) == u"**/") {
            pattern += QStringLiteral("(?:.*/)?"); // any folders, or none
            i += 2;
        } else if (glob.mid(i, 2) == u"**") {
            pattern += QStringLiteral(".*");
            ++i;
        } else if (c == u'*') {
            pattern += QStringLiteral("[^/]*");
        } else if (c == u'?') {
            pattern += QStringLiteral("[^/]");
        } else {
            pattern += QRegularExpression::escape(QString(c));
        }
    }
    // A glob naming a folder excludes what is inside it too.
    pattern += QStringLiteral("(?:/.*)?$");
    return QRegularExpression(pattern);
}

} // namespace

Result<SourceSettings> SourceSettings::fromConfig(const ProjectConfig &config)
{
    SourceSettings settings;
    const ConfigValue section = config[QStringLiteral("sources")];
    if (!section.isDefined())
        return settings;
    if (!section.isMap())
        return std::unexpected(section.error(QCoreApplication::translate(
                "rd::sources", "expected a mapping with primary, exclude, ignore and extra")));
    if (const QList<Error> unknown = section.unknownKeys({QStringLiteral("primary"),
                                                          QStringLiteral("exclude"),
                                                          QStringLiteral("ignore"),
                                                          QStringLiteral("placeholders"),
                                                          QStringLiteral("extra")});
        !unknown.isEmpty())
        return std::unexpected(unknown.first());
    auto primary = section[QStringLiteral("primary")].toString();
    if (!primary)
        return std::unexpected(primary.error());
    settings.primary = *primary;
    auto exclude = section[QStringLiteral("exclude")].toStringList();
    if (!exclude)
        return std::unexpected(exclude.error());
    settings.exclude = *exclude;
    auto ignore = section[QStringLiteral("ignore")].toStringList();
    if (!ignore)
        return std::unexpected(ignore.error());
    settings.ignore = *ignore;
    const ConfigValue placeholderList = section[QStringLiteral("placeholders")];
    auto placeholders = placeholderList.toStringList();
    if (!placeholders)
        return std::unexpected(placeholders.error());
    for (const QString &placeholder : *placeholders) {
        if (placeholder.trimmed().isEmpty())
            return std::unexpected(placeholderList.error(QCoreApplication::translate(
                    "rd::sources",
                    "an empty placeholder would match every file without a "
                    "version; write the version the file keeps, e.g. \"0.0.0\"")));
    }
    settings.placeholders = *placeholders;
    if (placeholderList.isDefined())
        settings.placeholdersLocation = placeholderList.location();

    const ConfigValue extra = section[QStringLiteral("extra")];
    if (extra.isDefined() && !extra.isSequence())
        return std::unexpected(
                extra.error(QCoreApplication::translate("rd::sources",
                                                        "expected a list of {file, regex} or "
                                                        "{file, key} entries")));
    for (const ConfigValue &item : extra.items()) {
        if (!item.isMap())
            return std::unexpected(item.error(
                    QCoreApplication::translate("rd::sources",
                                                "expected {file, regex} or {file, key}")));
        if (const QList<Error> unknown = item.unknownKeys({QStringLiteral("file"),
                                                           QStringLiteral("regex"),
                                                           QStringLiteral("key"),
                                                           QStringLiteral("scheme")});
            !unknown.isEmpty())
            return std::unexpected(unknown.first());
        ExtraSourceSpec spec;
        spec.location = item.location();
        auto file = item[QStringLiteral("file")].toString();
        auto regex = item[QStringLiteral("regex")].toString();
        auto key = item[QStringLiteral("key")].toString();
        auto scheme = item[QStringLiteral("scheme")].toString(QStringLiteral("semver"));
        for (const auto *value : {&file, &regex, &key, &scheme}) {
            if (!*value)
                return std::unexpected(value->error());
        }
        spec.file = *file;
        spec.regex = *regex;
        spec.key = *key;
        if (spec.file.isEmpty())
            return std::unexpected(
                    item.error(QCoreApplication::translate("rd::sources", "`file` is required")));
        if (spec.regex.isEmpty() == spec.key.isEmpty())
            return std::unexpected(item.error(
                    QCoreApplication::translate("rd::sources", "give either `regex` or `key`")));
        if (!spec.regex.isEmpty()) {
            const QRegularExpression pattern(spec.regex);
            if (!pattern.isValid())
                return std::unexpected(item[QStringLiteral("regex")].error(
                        QCoreApplication::translate("rd::sources", "invalid regular expression: %1")
                                .arg(pattern.errorString())));
        }
        const auto parsedScheme = VersionSchemes::fromId(*scheme);
        if (!parsedScheme)
            return std::unexpected(item[QStringLiteral("scheme")].error(
                    QCoreApplication::translate(
                            "rd::sources",
                            "unknown scheme \"%1\"; use semver, pep440, maven, nuget, "
                            "dotnet, numeric or rubygems")
                            .arg(*scheme)));
        spec.scheme = *parsedScheme;
        settings.extra.append(spec);
    }
    return settings;
}

bool SourceSettings::isPlaceholder(QStringView version) const
{
    return isPlaceholderVersion(version) || placeholders.contains(version);
}

QList<QRegularExpression> SourceSettings::excludePatterns() const
{
    QList<QRegularExpression> patterns;
    for (const QString &glob : exclude)
        patterns.append(globToRegex(glob));
    return patterns;
}

bool SourceSettings::isExcluded(const QString &path) const
{
    return matchesAny(excludePatterns(), path);
}

bool SourceSettings::isIgnored(const QString &sourceId) const
{
    for (const QString &glob : ignore) {
        if (sourceId == glob || globToRegex(glob).match(sourceId).hasMatch())
            return true;
    }
    return false;
}

bool SourceSettings::matchesAny(const QList<QRegularExpression> &patterns, const QString &path)
{
    for (const QRegularExpression &pattern : patterns) {
        if (pattern.match(path).hasMatch())
            return true;
    }
    return false;
}

} // namespace rd
