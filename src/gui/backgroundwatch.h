// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "latesttask.h"

#include "watch/watcher.h"

#include <QObject>

#include <memory>

namespace rd::gui {

class WatchSession;

// The watch that runs as long as the application does (in the tray when the window is closed
// and "keep watching" is on): of every watched repository (pinned, or opened lately when the
// settings say so), the pipelines of its default branch, its latest release tag and its
// latest release made from ReleaseDesk (watch::plannedTargets), followed and notified. Tokens
// and targets are found on a worker thread.
class BackgroundWatch : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundWatch(QObject *parent = nullptr);
    ~BackgroundWatch() override;

    void setOptions(const watch::WatchOptions &options) { m_options = options; }
    // (Re)reads what is watched from the history store and follows it.
    void restart();
    QList<watch::WatchTarget> targets() const { return m_targets; }

Q_SIGNALS:
    void started(int targets);
    void runEvent(const rd::notify::RunEvent &event);
    void problem(const rd::Error &error);

private:
    watch::WatchOptions m_options;
    LatestTask m_find;
    QList<watch::WatchTarget> m_targets;
    std::unique_ptr<WatchSession> m_session;
};

} // namespace rd::gui
