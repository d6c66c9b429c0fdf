// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registrygate/publishedinspection.h"
#include "release/preflightcheck.h"

#include <memory>

namespace rd {

// The registries read once for both checks of one pre-flight run (keyed by the version).
class PublishedReading
{
public:
    explicit PublishedReading(PublishedInspection::Options options = {});
    // The report for the context's release; the registries are read on the first call.
    const Result<PublishedReport> &report(PreflightContext &context);

private:
    PublishedInspection::Options m_options;
    QString m_version;
    std::optional<Result<PublishedReport>> m_report;
};

// A check on the shared reading. Both pass with "not checked" when .releasedesk.yml has no
// registries: section, fail when the reading itself failed (a broken registries: section), and
// warn when their rule found nothing but a registry could not be read.
class PublishedCheck : public PreflightCheck
{
public:
    explicit PublishedCheck(std::shared_ptr<PublishedReading> reading);
    CheckResult run(PreflightContext &context, Progress *progress) override;

protected:
    // The rule's verdict on a reading that has entries; nullopt when it found nothing.
    virtual std::optional<CheckResult> judge(const PublishedReport &report,
                                             const PreflightContext &context) const = 0;
    // The pass message when nothing was found and every registry was read.
    virtual QString passed(const QString &registries, const PreflightContext &context) const = 0;

private:
    std::shared_ptr<PublishedReading> m_reading;
};

// "Version not yet on the registries": fails when a registry already has the version being
// released, naming the registry.
class AlreadyPublishedCheck : public PublishedCheck
{
public:
    using PublishedCheck::PublishedCheck;
    QString id() const override { return QStringLiteral("already-published"); }
    QString title() const override;

protected:
    std::optional<CheckResult> judge(const PublishedReport &report,
                                     const PreflightContext &context) const override;
    QString passed(const QString &registries, const PreflightContext &context) const override;
};

// "No registry ahead of the release": a registry whose latest version is higher than the last
// release tag. Fails when the version being released is below it (the release would go
// backwards on that registry), warns when the release reaches or overtakes it.
class RegistryAheadCheck : public PublishedCheck
{
public:
    using PublishedCheck::PublishedCheck;
    QString id() const override { return QStringLiteral("registry-ahead"); }
    QString title() const override;

protected:
    std::optional<CheckResult> judge(const PublishedReport &report,
                                     const PreflightContext &context) const override;
    QString passed(const QString &registries, const PreflightContext &context) const override;
};

} // namespace rd
