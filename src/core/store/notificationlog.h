// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QString>

namespace rd::store {

class Store;

// What a repository's runs may notify about.
struct NotifySettings
{
    bool enabled = true;
    bool failuresOnly = false;    // failed, still failing, cancelled (and fixed)
    bool releaseTagsOnly = false; // runs of tags only
    bool myRunsOnly = false;      // runs started by `myLogin` only
    QString myLogin;
    bool operator==(const NotifySettings &) const = default;
};

// The notifications sent, one per state change. claim() is the only way to send one: its key
// is the state change's, and SQLite lets exactly one claimant insert it, so neither a restart
// nor a second process (another window, the CLI beside the tray) sends it twice.
class NotificationLog
{
public:
    explicit NotificationLog(const Store &store)
        : m_store(store)
    {}

    // True when this caller may send the notification `key` (nobody did before).
    Result<bool> claim(const QString &key,
                       qint64 repository,
                       qint64 runId,
                       const QString &summary) const;
    // The notification daemon's id for a sent notification, so the run's next one replaces it.
    Status setServerId(const QString &key, quint32 serverId) const;
    // The daemon's id of the run's latest notification; 0 when there is none.
    Result<quint32> lastServerId(qint64 repository, qint64 runId) const;
    // How many notifications were sent for a run (for the tests and the Activity list).
    Result<int> sentFor(qint64 repository, qint64 runId) const;

    Result<NotifySettings> settings(qint64 repository) const;
    Status setSettings(qint64 repository, const NotifySettings &settings) const;

private:
    const Store &m_store;
};

} // namespace rd::store
