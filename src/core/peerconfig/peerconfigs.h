// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/projectconfig.h"

namespace rd {

// Every other release tool's configuration found in the project's top folder, translated into
// .releasedesk.yml's shape, highest priority first: semantic-release, release-please,
// commitizen, bump-my-version, standard-version, git-cliff. A tool's broken file gives an
// import that holds only a warning: it never stops the project from opening.
QList<ConfigImport> importPeerConfigs(const QString &directory);

// .releasedesk.yml with the imports merged under it (its own keys win).
Result<ProjectConfig> loadEffectiveConfig(const QString &directory);

} // namespace rd
