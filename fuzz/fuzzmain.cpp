// SPDX-License-Identifier: GPL-3.0-or-later
// One libFuzzer target; FUZZ_ENTRY names the entry point of fuzztargets.h it drives.
#include "fuzztargets.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString problem = rd::fuzz::FUZZ_ENTRY(data, size);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "property violated: %s\n", problem.toUtf8().constData());
        std::abort();
    }
    return 0;
}
