// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/oid.h"
#include "git/signature.h"
#include "release/releasestep.h"

#include <QList>

namespace rd {

// Commits exactly the files the release wrote, on top of the commit the plan was made from:
// the tree is the base commit's tree with those files replaced, whatever else the index holds
// (other staged changes stay staged, uncommitted). Author and committer are the identity from
// git config; the commit is signed when commit.gpgSign asks for it.
class CommitStep : public ReleaseStep
{
public:
    static constexpr QStringView kindName = u"commit";

    struct File
    {
        QString path;
        QString sha256; // the bytes the release wrote there
    };
    struct Data
    {
        QString branch;  // "main": the branch HEAD names
        git::Oid base;   // the commit the release builds on (the branch tip when planned)
        QString message; // cleaned up as git would
        git::Signature identity;
        QList<File> files;
        bool sign = false;
        QString signingKey;
    };

    explicit CommitStep(Data data);
    static Result<std::unique_ptr<ReleaseStep>> fromJson(const QJsonObject &json);

    const Data &data() const { return m_data; }
    QString kind() const override { return kindName.toString(); }
    QString id() const override { return kind(); }
    QString title() const override;
    QString details() const override;
    QJsonObject toJson() const override;

    // Result: {"commit": id}.
    Result<std::optional<QJsonObject>> checkDone(StepContext &context) const override;
    Result<QJsonObject> execute(StepContext &context) override;
    Status undoLocal(StepContext &context, const QJsonObject &result) override;

private:
    QString branchRef() const { return QStringLiteral("refs/heads/") + m_data.branch; }
    Data m_data;
};

} // namespace rd
