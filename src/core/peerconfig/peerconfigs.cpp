// SPDX-License-Identifier: GPL-3.0-or-later
#include "peerconfigs.h"

#include "peerimport.h"

namespace rd {

QList<ConfigImport> importPeerConfigs(const QString &directory)
{
    QList<ConfigImport> imports;
    for (auto importer : {importSemanticRelease,
                          importReleasePlease,
                          importCommitizen,
                          importBumpMyVersion,
                          importStandardVersion,
                          importGitCliff}) {
        if (std::optional<ConfigImport> import = importer(directory))
            imports.append(std::move(*import));
    }
    return imports;
}

Result<ProjectConfig> loadEffectiveConfig(const QString &directory)
{
    return ProjectConfig::load(directory, importPeerConfigs(directory));
}

} // namespace rd
