// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace rd::gui {

// The thread pool of the window's own background work (loading a history, building the
// changelog, reading registries, freeing large models). Never QThreadPool::globalInstance():
// Qt's raster paint engine splits large fills over the global pool and waits for them on the
// GUI thread, so a long load queued there froze the first paint until the load ended (about
// 0.5 s on a 30 000-commit history; bench/gui). Created on first use, owned by the
// application object, which waits for its work when it goes.
QThreadPool *workPool();

} // namespace rd::gui
