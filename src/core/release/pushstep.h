// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/oid.h"
#include "release/releasestep.h"

#include <QList>

#include <optional>

namespace rd {

// Pushes the release branch and tag to a remote in one push. Done when the remote already
// holds exactly our values for every ref (so a resumed release never pushes twice). Undoing it
// on the remote needs the user's confirmation: the tag is deleted and the branch set back to
// where it was, each only while the remote still holds what we pushed.
class PushStep : public ReleaseStep
{
public:
    static constexpr QStringView kindName = u"push";

    struct Ref
    {
        QString local;                  // "refs/heads/main", "refs/tags/v1.2.0"
        QString remote;                 // the same name on the remote, usually
        std::optional<git::Oid> before; // the remote's value when planned (nullopt: absent)
    };
    struct Data
    {
        QString remote; // "origin"
        QString url;    // where it pushes, for the review page and to notice a changed remote
        QList<Ref> refs;
    };

    explicit PushStep(Data data);
    static Result<std::unique_ptr<ReleaseStep>> fromJson(const QJsonObject &json);

    const Data &data() const { return m_data; }
    QString kind() const override { return kindName.toString(); }
    QString id() const override { return kind(); }
    QString title() const override;
    QString details() const override;
    QJsonObject toJson() const override;
    bool changesRemote() const override { return true; }

    // Result: {"refs": {remote ref: pushed id}}.
    Result<std::optional<QJsonObject>> checkDone(StepContext &context) const override;
    Result<QJsonObject> execute(StepContext &context) override;
    Status undoLocal(StepContext &context, const QJsonObject &result) override;
    Result<QStringList> remoteEffects(StepContext &context,
                                      const QJsonObject &result) const override;
    Status undoRemote(StepContext &context, const QJsonObject &result) override;

private:
    Status checkUrl(const StepContext &context) const;
    // The local values to push, by remote ref.
    Result<QJsonObject> localValues(const StepContext &context) const;
    Result<QHash<QString, git::Oid>> remoteValues(StepContext &context) const;
    Data m_data;
};

} // namespace rd
