// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/configimport.h"
#include "peerconfig/peervalue.h"

#include <optional>

namespace rd {

// What the importers share: finding and parsing a tool's file, and the translations several
// tools need (a {type, section, hidden} list, a tag template).
namespace peer {

// A configuration file found in the project's folder, parsed; nullopt when the file does not
// exist. A file that exists but does not parse gives an error (the caller turns it into a
// warning: a broken peer file must not stop ReleaseDesk).
std::optional<Result<PeerValue>> readFile(const QString &directory, const QString &name);
bool exists(const QString &directory, const QString &name);

// The tool's `{version}` template (`v${version}`, `v$version`, `v{new_version}`) as a
// .releasedesk.yml tag-pattern; nullopt when it holds another placeholder ReleaseDesk cannot
// fill (`${major}`, `{now:%Y}`...).
std::optional<QString> tagPatternFromTemplate(QString text, const QStringList &versionNames);

// [{type: feat, section: Features, hidden: false}, ...] (conventional-changelog's types, as
// semantic-release's presetConfig, standard-version and release-please's changelog-sections
// write them) → types.<type>.section / hidden.
void importTypeSections(const PeerValue &list, const QString &toolKey, ConfigImport &import);

// A bump level in the tool's spelling (major, MINOR, false...) → none/patch/minor/major.
std::optional<QString> bumpLevel(const QString &text);

// Skips every member of `map` not in `known` (handled) with `reason`, so nothing is dropped
// silently. `prefix` is the tool's key path of the map ("tool.commitizen").
void skipUnknown(const PeerValue &map,
                 const QStringList &known,
                 const QString &prefix,
                 const QString &reason,
                 ConfigImport &import);

// Skips each key of `reasons` that `map` has, with its own reason.
void skipListed(const PeerValue &map,
                const QList<QPair<QString, QString>> &reasons,
                const QString &prefix,
                ConfigImport &import);

QString joinKey(const QString &prefix, const QString &key);

} // namespace peer

// The importers, one per tool. Each reads the tool's files in `directory` (the project's top
// folder) and gives nullopt when the tool has no configuration there.
std::optional<ConfigImport> importSemanticRelease(const QString &directory);
std::optional<ConfigImport> importGitCliff(const QString &directory);
std::optional<ConfigImport> importCommitizen(const QString &directory);
std::optional<ConfigImport> importBumpMyVersion(const QString &directory);
std::optional<ConfigImport> importReleasePlease(const QString &directory);
std::optional<ConfigImport> importStandardVersion(const QString &directory);

// The translation of an already parsed configuration (the fuzz targets and tests call these
// directly). `config` is the tool's own section (package.json's "release", [tool.commitizen]).
void translateSemanticRelease(const PeerValue &config, ConfigImport &import);
void translateGitCliff(const PeerValue &config, ConfigImport &import);
void translateCommitizen(const PeerValue &config, ConfigImport &import);
void translateBumpMyVersion(const PeerValue &config, ConfigImport &import);
void translateReleasePlease(const PeerValue &config,
                            const PeerValue &manifest,
                            ConfigImport &import);
void translateStandardVersion(const PeerValue &config, ConfigImport &import);

} // namespace rd
