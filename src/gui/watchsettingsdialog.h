// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/notificationlog.h"
#include "store/runhistory.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace rd::store {
class Store;
}

namespace rd::gui {

class ActivityList;

// What is watched and notified: the repositories the store knows, each watched (pinned) or
// not, with what its runs notify about (everything, failures only, release tags only, my runs
// only); and the application's options: keep watching in the tray when the window is closed,
// start at login. Nothing is saved until OK. A second tab lists the recent activity.
class WatchSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WatchSettingsDialog(const store::Store &store, QWidget *parent = nullptr);

    // The application options, kept in the application settings.
    static bool keepWatching();
    static void setKeepWatching(bool keep);

    QListWidget *repositories() const { return m_repositories; }
    QCheckBox *notifyBox() const { return m_notify; }
    QCheckBox *failuresOnlyBox() const { return m_failuresOnly; }
    QCheckBox *releaseTagsOnlyBox() const { return m_releaseTagsOnly; }
    QCheckBox *myRunsOnlyBox() const { return m_myRunsOnly; }
    QLineEdit *loginEdit() const { return m_login; }
    QCheckBox *keepWatchingBox() const { return m_keepWatching; }
    QCheckBox *startAtLoginBox() const { return m_startAtLogin; }
    ActivityList *activity() const { return m_activity; }
    // Saves what the dialog shows; a failure is shown in the dialog, which then stays open.
    bool save();
    void accept() override;

Q_SIGNALS:
    void keepWatchingChanged(bool keep);

private:
    void showRepository(int row);
    void keepRepository(int row);

    const store::Store &m_store;
    QList<store::KnownRepository> m_known;
    QHash<qint64, store::NotifySettings> m_settings; // edited, by repository id
    int m_current = -1;
    QListWidget *m_repositories;
    QCheckBox *m_notify;
    QCheckBox *m_failuresOnly;
    QCheckBox *m_releaseTagsOnly;
    QCheckBox *m_myRunsOnly;
    QLineEdit *m_login;
    QCheckBox *m_keepWatching;
    QCheckBox *m_startAtLogin;
    QLabel *m_problem;
    ActivityList *m_activity;
};

} // namespace rd::gui
