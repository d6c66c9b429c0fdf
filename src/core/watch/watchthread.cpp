// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchthread.h"

namespace rd::watch {

WatchThread::WatchThread(const store::Store &store, WatchOptions options)
    : m_watcher(new Watcher(store, std::move(options)))
{
    m_thread.setObjectName(QStringLiteral("releasedesk-watch"));
    m_watcher->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_watcher, &QObject::deleteLater);
}

WatchThread::~WatchThread()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_watcher, &Watcher::stop, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_watcher;
    }
}

void WatchThread::addTarget(const WatchTarget &target)
{
    QMetaObject::invokeMethod(m_watcher, [this, target] { m_watcher->addTarget(target); });
}

void WatchThread::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_watcher, &Watcher::start);
}

} // namespace rd::watch
