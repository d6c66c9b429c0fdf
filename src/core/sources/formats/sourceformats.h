// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/sourceformat.h"

// One accessor per version file format, each implemented in its own file (<name>format.cpp).
// SourceFormat::all() lists them; the fuzz targets and tests reach a format by these names.
namespace rd::formats {

const SourceFormat &packageJson();      // package.json "version"
const SourceFormat &packageLock();      // package-lock.json "version" and packages[""].version
const SourceFormat &pyproject();        // [project] version / dynamic, [tool.poetry] version
const SourceFormat &setupCfg();         // [metadata] version
const SourceFormat &setupPy();          // setup(version=...)
const SourceFormat &pythonModule();     // __version__ = "..." in __init__.py, _version.py...
const SourceFormat &cargo();            // [package] / [workspace.package] version
const SourceFormat &helmChart();        // Chart.yaml version (chart) and appVersion (app)
const SourceFormat &pom();              // pom.xml <project><version>
const SourceFormat &gradle();           // build.gradle(.kts) top-level version = "..."
const SourceFormat &gradleProperties(); // gradle.properties version=...
const SourceFormat &msbuild();          // .csproj, Directory.Build.props: Version/VersionPrefix
const SourceFormat &assemblyInfo();     // AssemblyInfo.cs [assembly: Assembly*Version("...")]
const SourceFormat &cmake();            // project(... VERSION x.y.z)
const SourceFormat &versionFile();      // a VERSION file
const SourceFormat &dockerfile();       // LABEL org.opencontainers.image.version, ARG/ENV
const SourceFormat &pubspec();          // pubspec.yaml version
const SourceFormat &composer();         // composer.json "version"
const SourceFormat &mix();              // mix.exs @version / version:
const SourceFormat &ruby();             // VERSION = "..." constants, gemspec
const SourceFormat &changelog();        // CHANGELOG.md latest release heading (read-only)

} // namespace rd::formats
