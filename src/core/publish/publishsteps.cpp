// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishsteps.h"

#include "publish/forgereleasestep.h"
#include "publish/npmpublishstep.h"
#include "release/stepfactory.h"

namespace rd {

void registerPublishSteps()
{
    StepFactory::registerKind(NpmPublishStep::kindName.toString(), &NpmPublishStep::fromJson);
    StepFactory::registerKind(ForgeReleaseStep::kindName.toString(), &ForgeReleaseStep::fromJson);
}

} // namespace rd
