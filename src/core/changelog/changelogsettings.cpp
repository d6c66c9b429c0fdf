// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelogsettings.h"

#include <QCoreApplication>

namespace rd {

namespace {

const QStringList &keepAChangelogTitles()
{
    static const QStringList titles = {QStringLiteral("Added"),
                                       QStringLiteral("Changed"),
                                       QStringLiteral("Deprecated"),
                                       QStringLiteral("Removed"),
                                       QStringLiteral("Fixed"),
                                       QStringLiteral("Security")};
    return titles;
}

} // namespace

std::optional<ChangelogFormat> changelogFormatFromString(QStringView text)
{
    const QString lower = text.trimmed().toString().toLower();
    if (lower == u"md" || lower == u"markdown" || lower == u"conventional")
        return ChangelogFormat::Conventional;
    if (lower == u"keepachangelog" || lower == u"keep-a-changelog" || lower == u"kac")
        return ChangelogFormat::KeepAChangelog;
    if (lower == u"json")
        return ChangelogFormat::Json;
    return std::nullopt;
}

QString toString(ChangelogFormat format)
{
    switch (format) {
    case ChangelogFormat::Conventional:
        return QStringLiteral("conventional");
    case ChangelogFormat::KeepAChangelog:
        return QStringLiteral("keepachangelog");
    case ChangelogFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

QString ChangelogSettings::keepAChangelogSection(const QString &type) const
{
    const QString lower = type.toLower();
    if (const auto it = keepAChangelogSections.constFind(lower);
        it != keepAChangelogSections.cend())
        return *it;
    if (lower == u"feat" || lower == u"feature" || lower == u"add")
        return QStringLiteral("Added");
    if (lower == u"fix" || lower == u"bugfix")
        return QStringLiteral("Fixed");
    if (lower == u"deprecate" || lower == u"deprecated" || lower == u"deprecation")
        return QStringLiteral("Deprecated");
    if (lower == u"remove" || lower == u"removed" || lower == u"removal")
        return QStringLiteral("Removed");
    if (lower == u"security" || lower == u"sec")
        return QStringLiteral("Security");
    return QStringLiteral("Changed");
}

bool ChangelogSettings::isHidden(QStringView type) const
{
    for (const QString &hidden : hiddenTypes) {
        if (type.compare(hidden, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Result<ChangelogSettings> ChangelogSettings::fromConfig(const ProjectConfig &config)
{
    ChangelogSettings settings;
    const ConfigValue section = config[QStringLiteral("changelog")];
    if (!section.isDefined())
        return settings;
    if (!section.isMap())
        return fail(section.error(
                QCoreApplication::translate("rd::changelog",
                                            "expected a map of changelog settings (format, "
                                            "sections, hidden, scopes, authors, "
                                            "breaking-title, template, "
                                            "keep-a-changelog)")));
    if (const QList<Error> unknown = section.unknownKeys({QStringLiteral("format"),
                                                          QStringLiteral("sections"),
                                                          QStringLiteral("hidden"),
                                                          QStringLiteral("scopes"),
                                                          QStringLiteral("authors"),
                                                          QStringLiteral("breaking-title"),
                                                          QStringLiteral("template"),
                                                          QStringLiteral("keep-a-changelog")});
        !unknown.isEmpty())
        return fail(unknown.first());

    const ConfigValue formatValue = section[QStringLiteral("format")];
    auto format = formatValue.toString(toString(settings.format));
    if (!format)
        return std::unexpected(format.error());
    const auto parsedFormat = changelogFormatFromString(*format);
    if (!parsedFormat)
        return fail(formatValue.error(
                QCoreApplication::translate("rd::changelog",
                                            "expected conventional, keepachangelog or json")));
    settings.format = *parsedFormat;

    auto order = section[QStringLiteral("sections")].toStringList();
    if (!order)
        return std::unexpected(order.error());
    for (const QString &title : *order)
        settings.sectionOrder.append(title.trimmed());

    auto hidden = section[QStringLiteral("hidden")].toStringList();
    if (!hidden)
        return std::unexpected(hidden.error());
    for (const QString &type : *hidden)
        settings.hiddenTypes.append(type.trimmed().toLower());

    const ConfigValue scopesValue = section[QStringLiteral("scopes")];
    auto scopes = scopesValue.toString(QStringLiteral("bold"));
    if (!scopes)
        return std::unexpected(scopes.error());
    const QString scopeText = scopes->trimmed().toLower();
    if (scopeText == u"bold")
        settings.scopes = ScopeDisplay::Bold;
    else if (scopeText == u"plain")
        settings.scopes = ScopeDisplay::Plain;
    else if (scopeText == u"hidden" || scopeText == u"none")
        settings.scopes = ScopeDisplay::Hidden;
    else
        return fail(scopesValue.error(
                QCoreApplication::translate("rd::changelog", "expected bold, plain or hidden")));

    auto authors = section[QStringLiteral("authors")].toBool(false);
    if (!authors)
        return std::unexpected(authors.error());
    settings.authors = *authors;

    const ConfigValue titleValue = section[QStringLiteral("breaking-title")];
    auto title = titleValue.toString(settings.breakingTitle);
    if (!title)
        return std::unexpected(title.error());
    if (title->trimmed().isEmpty())
        return fail(titleValue.error(
                QCoreApplication::translate("rd::changelog", "the title must not be empty")));
    settings.breakingTitle = title->trimmed();

    auto templateFile = section[QStringLiteral("template")].toString();
    if (!templateFile)
        return std::unexpected(templateFile.error());
    settings.templateFile = templateFile->trimmed();

    const ConfigValue kac = section[QStringLiteral("keep-a-changelog")];
    if (kac.isDefined() && !kac.isMap())
        return fail(
                kac.error(QCoreApplication::translate("rd::changelog",
                                                      "expected a map of types to Keep a Changelog "
                                                      "sections, e.g. { perf: Changed }")));
    for (const auto &[type, value] : kac.entries()) {
        auto name = value.toString();
        if (!name)
            return std::unexpected(name.error());
        const QString trimmed = name->trimmed();
        if (!keepAChangelogTitles().contains(trimmed))
            return fail(
                    value.error(QCoreApplication::translate("rd::changelog", "expected one of %1")
                                        .arg(keepAChangelogTitles().join(QStringLiteral(", ")))));
        settings.keepAChangelogSections.insert(type.toLower(), trimmed);
    }
    return settings;
}

} // namespace rd
