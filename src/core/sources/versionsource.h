// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "semver/versionscheme.h"

#include <QList>
#include <QString>

#include <optional>

namespace rd {

// What a version in a file stands for. Most files declare the project's version; a Helm chart
// has its own version (Chart) and the version of the application it deploys (App); the
// changelog and the release tag say what was released last.
enum class SourceRole { Project, App, Chart, Changelog, Tag };

// A run of bytes in a file that holds the version, or one part of it.
struct VersionSpan
{
    // Whole: the version as the scheme spells it. Core: X.Y.Z only (.csproj VersionPrefix).
    // PreRelease: the pre-release only, no '-' (.csproj VersionSuffix). Major/Minor/Patch: one
    // number. RubyPre: a Ruby literal, quoted or nil, for the fourth part/pre-release of a
    // composed Ruby version.
    enum class Part { Whole, Core, PreRelease, Major, Minor, Patch, RubyPre };

    qsizetype offset = 0;
    qsizetype length = 0;
    Part part = Part::Whole;
    QString text; // the bytes as they are now, decoded (checked again before a write)

    friend bool operator==(const VersionSpan &, const VersionSpan &) = default;
};

// One place where a project declares (or computes) its version.
struct VersionSource
{
    QString path;   // relative to the repository root, '/'-separated; empty for the git tag
    QString format; // the format's id: "package.json", "pyproject.toml", "git-tag", ...
    QString key;    // which value in the file: "version", "[project] version", "appVersion"
    SourceRole role = SourceRole::Project;
    VersionScheme scheme = VersionScheme::SemVer;
    int line = 0; // 1-based line of the value (or of the dynamic marker); 0 when none
    QString text; // the version as written ("v2.7.2"; "11.0.1-beta2" for prefix + suffix)
    std::optional<Version> version; // the normalised form; empty when dynamic or unparseable
    bool dynamic = false;           // the file says the version is computed elsewhere (see note)
    bool missing = false;           // a configured source whose file or key does not exist
    bool readOnly = false;          // compared, never written (changelog, tag)
    QString note;                   // why it is unparseable, where a dynamic version comes from
    QList<VersionSpan> spans;       // the bytes a write replaces; empty: cannot be written

    bool isWritable() const { return !readOnly && !spans.isEmpty() && !dynamic && !missing; }
    bool isUnparseable() const { return !dynamic && !missing && !version.has_value(); }
    // "path#key" ("tag" for the release tag): stable, for settings (sources.primary), JSON
    // output and the GUI's selections.
    QString id() const;
};

QString toString(SourceRole role); // "project", "app", "chart", "changelog", "tag"

// A version the release tool writes at publish time, kept in the file on purpose:
// "0.0.0-development" and "0.0.0-semantic-release" (semantic-release's documented placeholders).
bool isPlaceholderVersion(QStringView text);

} // namespace rd
