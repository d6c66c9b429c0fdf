// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitylist.h"

#include "watchstyle.h"

#include "store/runhistory.h"

#include <QDesktopServices>

namespace rd::gui {

namespace {

constexpr int urlRole = Qt::UserRole + 1;

} // namespace

ActivityList::ActivityList(QWidget *parent)
    : QListWidget(parent)
{
    setAccessibleName(tr("Activity"));
    setUniformItemSizes(true);
    setWordWrap(false);
    connect(this, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        const QUrl url = item->data(urlRole).toUrl();
        if (url.isValid())
            QDesktopServices::openUrl(url);
    });
}

Result<QList<store::StateChange>> ActivityList::read(const store::Store &store, int limit)
{
    return store::RunHistory(store).recentChanges(limit);
}

void ActivityList::showChanges(const Result<QList<store::StateChange>> &changes)
{
    if (!changes) {
        auto *item = new QListWidgetItem(changes.error().toString(), this);
        item->setIcon(watchIcon(WatchState::Red));
        return;
    }
    for (const store::StateChange &change : std::as_const(*changes)) {
        auto *item = new QListWidgetItem(tr("%1  %2: %3 on %4: %5")
                                                 .arg(QLocale().toString(change.at.toLocalTime(),
                                                                         QLocale::ShortFormat),
                                                      change.project,
                                                      change.workflow,
                                                      change.ref,
                                                      runStateText(change.to)),
                                         this);
        item->setIcon(watchIcon(stateOf(change.to)));
    }
}

void ActivityList::addEvent(const notify::RunEvent &event)
{
    // The line names the failed job, not its link: the link is the tooltip's and a
    // double-click's, so a line fits the list's width.
    QString failedJob;
    if (event.failedJob) {
        failedJob = event.failedJob->name;
    } else if (const auto failed = event.kind == notify::RunEvent::Kind::AllFinished
                                           ? event.firstFailedRun()
                                           : std::nullopt) {
        for (const PipelineJob &job : failed->jobs) {
            if (job.state == RunState::Failed || job.state == RunState::Cancelled) {
                failedJob = tr("%1 of %2").arg(job.name, failed->workflow);
                break;
            }
        }
    }
    const QString time = event.at.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    const QString text
            = failedJob.isEmpty()
                      ? tr("%1  %2 — %3").arg(time, event.summary(), event.location.project)
                      : tr("%1  %2 — %3, job %4 failed")
                                .arg(time, event.summary(), event.location.project, failedJob);
    auto *item = new QListWidgetItem(text);
    item->setIcon(watchIcon(stateOf(event)));
    item->setToolTip(event.body());
    QUrl url = event.run.url;
    if (event.failedJob)
        url = event.failedJob->url;
    else if (const auto failed = event.firstFailedRun();
             failed && event.kind == notify::RunEvent::Kind::AllFinished)
        url = failed->url;
    item->setData(urlRole, url);
    insertItem(0, item);
}

} // namespace rd::gui
