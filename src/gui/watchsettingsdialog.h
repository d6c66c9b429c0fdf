// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "latesttask.h"

#include "store/notificationlog.h"
#include "store/runhistory.h"
#include "watch/watchplan.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace rd::store {
class Store;
}

namespace rd::gui {

class ActivityList;

// What is watched and notified: the repositories the store knows, each watched (pinned) or
// not, with what its runs notify about (everything, failures only, release tags only, my runs
// only); and the application's options: keep watching in the tray when the window is closed,
// start at login. Nothing is saved until OK. A second tab lists the recent activity. The
// history database and the autostart file are read and written off the GUI thread (a database
// another process holds locked must not freeze the window); OK waits for the write and shows a
// failure in the dialog, which stays open.
class WatchSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WatchSettingsDialog(const store::Store &store, QWidget *parent = nullptr);

    // The application options, kept in the application settings.
    static bool keepWatching();
    static void setKeepWatching(bool keep);
    // Which repositories the background watch follows (pinned, or recent ones too).
    static watch::WatchScope watchScope();
    static void setWatchScope(watch::WatchScope scope);

    QListWidget *repositories() const { return m_repositories; }
    QComboBox *scopeBox() const { return m_scope; }
    QCheckBox *notifyBox() const { return m_notify; }
    QCheckBox *failuresOnlyBox() const { return m_failuresOnly; }
    QCheckBox *releaseTagsOnlyBox() const { return m_releaseTagsOnly; }
    QCheckBox *myRunsOnlyBox() const { return m_myRunsOnly; }
    QLineEdit *loginEdit() const { return m_login; }
    QCheckBox *keepWatchingBox() const { return m_keepWatching; }
    QCheckBox *startAtLoginBox() const { return m_startAtLogin; }
    ActivityList *activity() const { return m_activity; }
    // Saves what the dialog shows; a failure is shown in the dialog, which then stays open.
    // True while the store is read (after opening) or written (after save()).
    bool isBusy() const { return m_load.isRunning() || m_save.isRunning(); }
    // Starts writing what the dialog shows; saved() tells how it ended. False at once, with
    // the reason shown, when something is missing (a login for "my runs only") or the dialog is
    // still reading; nothing is written then.
    bool save();
    void accept() override;

Q_SIGNALS:
    void keepWatchingChanged(bool keep);
    void loaded();       // the repositories, their settings and the activity are shown
    void saved(bool ok); // the write ended; on failure the reason is shown

private:
    void showRepository(int row);
    void keepRepository(int row);
    void showLoaded(const QList<store::KnownRepository> &known,
                    const QHash<qint64, store::NotifySettings> &settings,
                    const QStringList &problems);
    void showProblems(const QStringList &problems);

    const store::Store &m_store;
    QList<store::KnownRepository> m_known;
    QHash<qint64, store::NotifySettings> m_settings; // edited, by repository id
    int m_current = -1;
    QComboBox *m_scope;
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
    QPushButton *m_ok;
    bool m_acceptWhenSaved = false;
    LatestTask m_load;
    LatestTask m_save;
};

} // namespace rd::gui
