// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workpool.h"

#include <QThreadPool>

#include <utility>

namespace rd::gui {

// Frees `value` on the work pool. Replacing the data of a view over a long history (tens of
// thousands of commits, each a handful of strings) would otherwise free it all on the GUI
// thread. Only for values nothing else changes: implicitly shared containers are fine.
template<typename T>
void dropOnPool(T &&value)
{
    workPool()->start([dropped = std::forward<T>(value)]() mutable {
        [[maybe_unused]] const auto last = std::move(dropped);
    });
}

} // namespace rd::gui
