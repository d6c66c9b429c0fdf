// SPDX-License-Identifier: GPL-3.0-or-later
#include "workpool.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace rd::gui {

QThreadPool *workPool()
{
    static QThreadPool *const pool = [] {
        auto *made = new QThreadPool(QCoreApplication::instance());
        made->setObjectName(QStringLiteral("releasedesk-work"));
        // At least two: a load must not wait behind a registry read or a model being freed.
        made->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        return made;
    }();
    return pool;
}

} // namespace rd::gui
