// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace rd {

// The record of one release run, at .git/releasedesk/journal.json: the plan (exactly as
// reviewed) and each step's state and result. Written atomically before and after every step,
// so after a crash it says which steps finished, which one was under way, and what they made.
struct Journal
{
    enum class State { Running, Failed, Completed, Aborted };
    enum class StepState { Pending, Running, Done, Failed, Undone };

    struct Step
    {
        QString id;
        StepState state = StepState::Pending;
        QJsonObject result;
        QString errorCode;
        QString errorMessage;
    };

    State state = State::Running;
    QJsonObject plan;  // ReleasePlan::toJson()
    QList<Step> steps; // one per plan step, same order
    QString started;   // ISO 8601, UTC
    QString updated;

    // Running or failed: a release to resume or abort.
    bool isUnfinished() const { return state == State::Running || state == State::Failed; }

    QJsonObject toJson() const;
    static Result<Journal> fromJson(const QJsonObject &json, const QString &source);

    static QString path(const QString &gitDir); // <gitDir>/releasedesk/journal.json
    // nullopt-like empty Result value when there is no journal file.
    static Result<std::optional<Journal>> load(const QString &gitDir);
    Status save(const QString &gitDir);

    static QString stateName(State state);
    static QString stepStateName(StepState state);
};

namespace errc {
inline constexpr QStringView journal = u"release.journal";
}

} // namespace rd
