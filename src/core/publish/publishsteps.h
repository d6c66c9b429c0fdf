// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace rd {

// Makes the publish step kinds known to StepFactory, so a journal that holds them can be read
// back (resume, abort). Called once by each front end's main() and by the tests.
void registerPublishSteps();

} // namespace rd
