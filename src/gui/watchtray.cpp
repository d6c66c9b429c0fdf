// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchtray.h"

#include "notify/notification.h"

#include <QDesktopServices>

namespace rd::gui {

namespace {

constexpr int maxRuns = 10;

} // namespace

WatchTray::WatchTray(QObject *parent)
    : QObject(parent)
{
    m_tray.setContextMenu(&m_menu);
    connect(&m_tray,
            &QSystemTrayIcon::activated,
            this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    Q_EMIT showRequested();
            });
    rebuild();
}

void WatchTray::show(const notify::Notification &notification)
{
    const auto icon = notification.urgency == notify::Notification::Urgency::Critical
                              ? QSystemTrayIcon::Critical
                              : QSystemTrayIcon::Information;
    m_tray.showMessage(notification.summary, notification.body, icon);
}

void WatchTray::addEvent(const notify::RunEvent &event)
{
    if (event.kind == notify::RunEvent::Kind::AllFinished) {
        for (const PipelineRun &run : event.runs) {
            for (Entry &entry : m_latest) {
                if (entry.run.id == run.id && entry.project == event.location.project)
                    entry.run.state = run.state;
            }
        }
    } else {
        const QString key = event.location.project + u'#' + QString::number(event.run.id);
        m_latest.removeIf([&](const Entry &entry) { return entry.key == key; });
        m_latest.prepend({key,
                          event.run,
                          event.location.project,
                          tr("%1 on %2 — %3")
                                  .arg(event.run.workflow, event.run.ref, event.location.project)});
        while (m_latest.size() > maxRuns)
            m_latest.removeLast();
    }
    rebuild();
}

void WatchTray::rebuild()
{
    WatchState state = WatchState::Idle;
    for (const Entry &entry : std::as_const(m_latest)) {
        const WatchState each = stateOf(entry.run.state);
        if (each == WatchState::Running)
            state = WatchState::Running;
        else if (each == WatchState::Red && state != WatchState::Running)
            state = WatchState::Red;
        else if (each == WatchState::Green && state == WatchState::Idle)
            state = WatchState::Green;
    }
    m_menu.clear();
    QAction *header = m_menu.addAction(tr("ReleaseDesk: %1").arg(watchStateText(state)));
    header->setEnabled(false);
    m_menu.addSeparator();
    if (m_latest.isEmpty())
        m_menu.addAction(tr("No runs watched yet"))->setEnabled(false);
    for (const Entry &entry : std::as_const(m_latest)) {
        QAction *action = m_menu.addAction(watchIcon(stateOf(entry.run.state)), entry.text);
        const QUrl url = entry.run.url;
        action->setToolTip(url.toString());
        connect(action, &QAction::triggered, this, [url] { QDesktopServices::openUrl(url); });
    }
    m_menu.addSeparator();
    connect(m_menu.addAction(tr("Watch and Notify Settings…")),
            &QAction::triggered,
            this,
            &WatchTray::settingsRequested);
    connect(m_menu.addAction(tr("Show ReleaseDesk")),
            &QAction::triggered,
            this,
            &WatchTray::showRequested);
    m_tray.setIcon(watchIcon(state));
    m_tray.setToolTip(tr("ReleaseDesk: %1").arg(watchStateText(state)));
    if (state != m_state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

} // namespace rd::gui
