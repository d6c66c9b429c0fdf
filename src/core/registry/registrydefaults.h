// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/registrytarget.h"

namespace rd {

// The address a registry target has when .releasedesk.yml gives no url. ReleaseDesk writes no
// public registry's address itself: the environment variable RELEASEDESK_REGISTRY_URL_<TYPE>
// (NPM, PYPI, CRATES) wins (a mirror for every project; the tests point it at 127.0.0.1), then
// the ecosystem's own tool is asked (`npm config get registry`; pip's record of its index). An
// empty address (no such tool, or crates) makes the reader say to set url:.
namespace RegistryDefaults {
QUrl url(RegistryTarget::Type type);
// The environment variable that overrides url(type): "RELEASEDESK_REGISTRY_URL_NPM".
QString overrideVariable(RegistryTarget::Type type);
// Where the installed twine uploads when it is given no --repository-url (its interpreter,
// from the twine script's first line, is asked); empty without twine.
QUrl twineUploadUrl();
} // namespace RegistryDefaults

} // namespace rd
