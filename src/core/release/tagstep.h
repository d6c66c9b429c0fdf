// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/oid.h"
#include "git/signature.h"
#include "release/releasestep.h"

namespace rd {

// Creates the annotated release tag; its message is the release notes. Signed (an OpenPGP
// signature appended to the tag object, as `git tag -s` makes it) when tag.gpgSign asks.
// The tag points at the commit step's result, or at a fixed commit when nothing is committed.
class TagStep : public ReleaseStep
{
public:
    static constexpr QStringView kindName = u"tag";

    struct Data
    {
        QString name;          // "v1.2.0"
        QString message;       // cleaned up as git would
        QString targetStep;    // id of the step whose {"commit"} result is the target, or
        git::Oid targetCommit; // the target itself when targetStep is empty
        git::Signature identity;
        bool sign = false;
        QString signingKey;
    };

    explicit TagStep(Data data);
    static Result<std::unique_ptr<ReleaseStep>> fromJson(const QJsonObject &json);

    const Data &data() const { return m_data; }
    QString kind() const override { return kindName.toString(); }
    QString id() const override { return kind(); }
    QString title() const override;
    QString details() const override;
    QJsonObject toJson() const override;

    // Result: {"tag": tag object id, "commit": target}.
    Result<std::optional<QJsonObject>> checkDone(StepContext &context) const override;
    Result<QJsonObject> execute(StepContext &context) override;
    Status undoLocal(StepContext &context, const QJsonObject &result) override;

private:
    QString refName() const { return QStringLiteral("refs/tags/") + m_data.name; }
    Result<git::Oid> target(const StepContext &context) const;
    Data m_data;
};

} // namespace rd
