// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/releasestep.h"

#include <functional>
#include <memory>

namespace rd {

// Rebuilds steps from their JSON (a journal read back after a crash). The built-in kinds are
// known; later step kinds (CI, publish) register theirs once at start-up.
class StepFactory
{
public:
    using Creator = std::function<Result<std::unique_ptr<ReleaseStep>>(const QJsonObject &data)>;

    static void registerKind(const QString &kind, Creator creator);
    // From a step's describe() object ({"kind", "data", ...}).
    static Result<std::unique_ptr<ReleaseStep>> create(const QJsonObject &step);
};

} // namespace rd
