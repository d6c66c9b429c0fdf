// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/projectconfig.h"
#include "semver/versionscheme.h"

#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace rd {

// A version source the formats do not know, declared in .releasedesk.yml: a file and either a
// regular expression (its first capture group is the version) or a key path into a JSON, YAML
// or TOML file.
struct ExtraSourceSpec
{
    QString file;  // relative to the repository root
    QString regex; // one of regex / key
    QString key;   // "expo.version"
    VersionScheme scheme = VersionScheme::SemVer;
    QString location; // where it is declared (.releasedesk.yml:12), for messages
};

// The `sources:` section of .releasedesk.yml:
//
//   sources:
//     primary: pyproject.toml        # the source the others must match ("path" or
//                                    # "path#key", as `status --json` names them);
//                                    # default: the latest release tag
//     exclude: [examples/**, "charts/*/Chart.yaml"]   # paths (globs) detection skips
//     ignore: ["charts/app/Chart.yaml#version"]      # single values (ids, globs allowed)
//                                    # neither compared nor written: a chart's own version
//                                    # that does not follow the project's
//     placeholders: ["0.0.0"]        # versions a release tool writes over when it publishes:
//                                    # such a source is "set at release", never compared nor
//                                    # written (0.0.0-development and 0.0.0-semantic-release
//                                    # always are)
//     extra:                         # sources no format knows
//       - file: src/version.h
//         regex: 'APP_VERSION "([^"]+)"'
//         scheme: semver             # semver (default), pep440, maven, nuget, dotnet,
//                                    # numeric, rubygems
//       - file: app.json
//         key: expo.version
struct SourceSettings
{
    QString primary;
    QStringList exclude;
    QStringList ignore;
    QList<ExtraSourceSpec> extra;
    QStringList placeholders;
    QString placeholdersLocation; // where `placeholders` was set (.releasedesk.yml:4, or the
                                  // release tool's file it was imported from)

    static Result<SourceSettings> fromConfig(const ProjectConfig &config);
    // True when a path (relative, '/'-separated) matches one of the exclude globs: "*" within
    // a component, "**" across components, a trailing "/" or a bare folder name excludes the
    // folder.
    bool isExcluded(const QString &path) const;
    // The globs compiled once, for a walk over many paths.
    QList<QRegularExpression> excludePatterns() const;
    static bool matchesAny(const QList<QRegularExpression> &patterns, const QString &path);
    // True when a source id ("path#key") matches sources.ignore.
    bool isIgnored(const QString &sourceId) const;
    // True for a version a release tool writes at publish time: the built-in placeholders
    // (isPlaceholderVersion) and the declared ones.
    bool isPlaceholder(QStringView version) const;
};

} // namespace rd
