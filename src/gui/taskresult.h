// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>

namespace rd::gui {

// LatestTask hands its `done` callback whatever QFuture::then() passes a generic lambda: the
// finished QFuture itself. These unwrap it, and accept a plain value too.
template<typename T>
T takeResult(QFuture<T> future)
{
    return future.result();
}

template<typename T>
T takeResult(T value)
{
    return value;
}

} // namespace rd::gui
