// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "latesttask.h"

#include "notify/runevent.h"
#include "watch/watcher.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace rd::gui {

class ActivityList;
class WatchSession;

// The release wizard's Done page follows the tag's pipelines live: a line a change, then what
// happened ("v1.4.0: 6 pipelines passed in 7 min 12 s", or the failed job with its link), and
// a desktop notification for each change. The forge and the token are found on a worker
// thread; the watch runs on a thread of its own.
class PipelineWatch : public QWidget
{
    Q_OBJECT

public:
    explicit PipelineWatch(QWidget *parent = nullptr);
    ~PipelineWatch() override;

    // Follows the runs of `tag` in the repository at `path`, and records the release.
    void follow(const QString &path, const QString &tag);
    QString statusText() const;
    // Poll intervals (tests make them short); the product's defaults otherwise.
    void setOptions(const watch::WatchOptions &options) { m_options = options; }
    ActivityList *activity() const { return m_activity; }

Q_SIGNALS:
    void finished(const rd::notify::RunEvent &event);

private:
    void onEvent(const notify::RunEvent &event);

    QLabel *m_status;
    ActivityList *m_activity;
    LatestTask m_locate;
    watch::WatchOptions m_options;
    std::unique_ptr<WatchSession> m_session;
};

} // namespace rd::gui
