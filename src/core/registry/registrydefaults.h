// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/registrytarget.h"

namespace rd {

// The address a registry target has when .releasedesk.yml gives no url. The public registries'
// addresses live in one table (registrydefaults.cpp) and nowhere else; the environment variable
// RELEASEDESK_REGISTRY_URL_<TYPE> (NPM, PYPI, CRATES) replaces an entry, which is how the tests
// point every default at their servers on 127.0.0.1 and how a mirror is used without
// configuring each project.
namespace RegistryDefaults {
QUrl url(RegistryTarget::Type type);
// The environment variable that overrides url(type): "RELEASEDESK_REGISTRY_URL_NPM".
QString overrideVariable(RegistryTarget::Type type);
} // namespace RegistryDefaults

} // namespace rd
