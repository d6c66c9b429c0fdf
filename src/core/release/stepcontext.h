// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace git {
class Repository;
}

namespace rd {

class Progress;
class RemoteAccess;
class Signer;

// What a step runs with: the repository, the services that reach outside (remotes with
// credentials, a signer), progress/cancel, and the results of the steps before it by id.
struct StepContext
{
    git::Repository &repository;
    RemoteAccess *remotes = nullptr;
    Signer *signer = nullptr;
    Progress *progress = nullptr;
    QJsonObject results; // step id → that step's result

    QJsonObject resultOf(const QString &stepId) const { return results.value(stepId).toObject(); }
};

} // namespace rd
