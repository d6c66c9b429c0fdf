// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/registrytarget.h"

#include <QStringList>

namespace rd {

class ConfigValue;

// What a release publishes, from .releasedesk.yml:
//
//     registries:                          # each entry with publish: is published to
//       - { type: npm, package: "@team/app", publish: "app-{version}.tgz" }
//     publish:
//       build: ["npm pack"]                # run before the publish steps are planned
//       commands: ["./announce {tag}"]     # run after them, as steps of the release
//       verify_timeout: 60                 # seconds each registry gets to show the version
//       build_first: false                 # true: build before the tag, for the review
struct PublishSettings
{
    QList<RegistryTarget> targets; // the registries: entries that have publish:
    QStringList build;
    QStringList commands;
    int verifyTimeoutSeconds = 60;
    // Build the artifacts before anything is made (Prebuild), so the review shows them with
    // their digests: the wizard's review builds them at once, `release` as with --build-first.
    bool buildFirst = false;

    // Nothing to build, publish or run.
    bool isEmpty() const { return targets.isEmpty() && commands.isEmpty(); }

    // `root` is the whole configuration. Errors name the key and its line.
    static Result<PublishSettings> fromConfig(const ConfigValue &root);
};

} // namespace rd
