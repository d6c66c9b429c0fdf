// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/registrytarget.h"

#include <QStringList>

namespace rd {

class ConfigValue;

// Where a project is published, from its files and its registries: section:
//   package.json "name" → npm (not when "private": true)
//   pyproject.toml [project] name or [tool.poetry] name, else setup.cfg [metadata] name → PyPI
//   Cargo.toml [package] name → crates (not when publish = false)
//   a Helm chart's values.yaml image.repository (with image.registry when separate) → OCI
// Only the repository root is looked at. A Dockerfile does not say which image it becomes:
// without a configured oci entry that is a note (configure it), never a silent skip.
// Configured entries come first; a detected target the configuration already names is not
// repeated.
struct RegistryDetection
{
    QList<RegistryTarget> targets;
    QStringList notes;       // what was found but could not become a target, and why
    bool configured = false; // .releasedesk.yml has a registries: section

    // Reads `root` and the registries: section. Errors: a broken registries: section; an
    // unreadable or malformed file is a note naming it (the other registries still count).
    static Result<RegistryDetection> detect(const QString &root, const ConfigValue &registries);
};

} // namespace rd
