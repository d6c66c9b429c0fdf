// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/filechange.h"
#include "release/releasestep.h"

namespace rd {

// Writes one file of the work tree (a version source, CHANGELOG.md). Before writing it checks
// that the file still holds the bytes the plan was made from (by SHA-256), so an edit made
// after the review is never overwritten; the write is atomic. Undo puts the old bytes back.
class WriteFileStep : public ReleaseStep
{
public:
    static constexpr QStringView kindName = u"write-file";

    explicit WriteFileStep(FileChange change);
    static Result<std::unique_ptr<ReleaseStep>> fromJson(const QJsonObject &data);

    const FileChange &change() const { return m_change; }
    QString beforeHash() const; // empty when the file is new
    QString afterHash() const;

    QString kind() const override { return kindName.toString(); }
    QString id() const override { return kind() + u':' + m_change.path; }
    QString title() const override;
    QString details() const override; // the unified diff
    QJsonObject toJson() const override;

    Result<std::optional<QJsonObject>> checkDone(StepContext &context) const override;
    Result<QJsonObject> execute(StepContext &context) override;
    Status undoLocal(StepContext &context, const QJsonObject &result) override;

private:
    QString absolutePath(const StepContext &context) const;
    // The file's current bytes; nullopt when it does not exist.
    Result<std::optional<QByteArray>> current(const StepContext &context) const;

    FileChange m_change;
};

} // namespace rd
