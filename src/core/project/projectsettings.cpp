// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectsettings.h"

#include "peerconfig/peerconfigs.h"

#include <QCoreApplication>

namespace rd {

Result<ProjectSettings> ProjectSettings::fromConfig(const ProjectConfig &config)
{
    ProjectSettings settings;
    settings.config = config;

    const ConfigValue patternValue = config[QStringLiteral("tag-pattern")];
    auto patternText = patternValue.toString(settings.tagPattern.pattern());
    if (!patternText)
        return std::unexpected(patternText.error());
    auto pattern = TagPattern::parse(*patternText);
    if (!pattern)
        return std::unexpected(patternValue.error(pattern.error().message));
    settings.tagPattern = *pattern;
    settings.tagPatternSet = patternValue.isDefined();

    const ConfigValue initialValue = config[QStringLiteral("initial-version")];
    auto initialText = initialValue.toString(settings.initialVersion.toString());
    if (!initialText)
        return std::unexpected(initialText.error());
    auto initial = Version::parse(*initialText);
    if (!initial)
        return std::unexpected(initialValue.error(initial.error().message));
    settings.initialVersion = *initial;

    const ConfigValue zeroMajor = config[QStringLiteral("zero-major")];
    if (zeroMajor.isDefined() && !zeroMajor.isMap())
        return std::unexpected(zeroMajor.error(
                QCoreApplication::translate("rd::project",
                                            "expected a mapping with breaking-bumps-major")));
    if (const QList<Error> unknown = zeroMajor.unknownKeys(
                {QStringLiteral("breaking-bumps-major")});
        !unknown.isEmpty())
        return std::unexpected(unknown.first());
    auto breakingBumpsMajor = zeroMajor[QStringLiteral("breaking-bumps-major")].toBool(false);
    if (!breakingBumpsMajor)
        return std::unexpected(breakingBumpsMajor.error());
    settings.zeroMajor.breakingBumpsMajor = *breakingBumpsMajor;

    auto rules = CommitRules::fromConfig(config);
    if (!rules)
        return std::unexpected(rules.error());
    settings.commitRules = *rules;
    return settings;
}

Result<ProjectSettings> ProjectSettings::load(const QString &directory)
{
    auto config = loadEffectiveConfig(directory);
    if (!config)
        return std::unexpected(config.error());
    return fromConfig(*config);
}

} // namespace rd
