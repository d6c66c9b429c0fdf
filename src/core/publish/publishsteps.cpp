// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishsteps.h"

#include "publish/commandstep.h"
#include "publish/forgereleasestep.h"
#include "publish/npmpublishstep.h"
#include "publish/ocipromotestep.h"
#include "publish/pypipublishstep.h"
#include "release/stepfactory.h"

namespace rd {

void registerPublishSteps()
{
    StepFactory::registerKind(NpmPublishStep::kindName.toString(), &NpmPublishStep::fromJson);
    StepFactory::registerKind(CommandStep::kindName.toString(), &CommandStep::fromJson);
    StepFactory::registerKind(PypiPublishStep::kindName.toString(), &PypiPublishStep::fromJson);
    StepFactory::registerKind(OciPromoteStep::kindName.toString(), &OciPromoteStep::fromJson);
    StepFactory::registerKind(ForgeReleaseStep::kindName.toString(), &ForgeReleaseStep::fromJson);
}

} // namespace rd
