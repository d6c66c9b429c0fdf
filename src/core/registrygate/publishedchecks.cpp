// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishedchecks.h"

#include "config/projectconfig.h"
#include "git/repository.h"
#include "registry/registryreader.h"

#include <QCoreApplication>
#include <QDir>

namespace rd {

PublishedReading::PublishedReading(PublishedInspection::Options options)
    : m_options(std::move(options))
{}

const Result<PublishedReport> &PublishedReading::report(PreflightContext &context)
{
    const QString version = context.version.toString();
    if (m_report && m_version == version)
        return *m_report;
    m_version = version;
    auto config = context.projectConfig();
    if (!config)
        m_report = fail(config.error());
    else
        m_report = PublishedInspection::inspect(context.repository,
                                                QDir::cleanPath(context.repository.workdir()),
                                                *config,
                                                context.lastRelease,
                                                context.version,
                                                m_options);
    return *m_report;
}

PublishedCheck::PublishedCheck(std::shared_ptr<PublishedReading> reading)
    : m_reading(std::move(reading))
{}

CheckResult PublishedCheck::run(PreflightContext &context, Progress *)
{
    const Result<PublishedReport> &report = m_reading->report(context);
    if (!report)
        return result(CheckResult::Status::Fail, report.error().toString());
    if (report->entries.isEmpty())
        return result(CheckResult::Status::Pass,
                      QCoreApplication::translate(
                              "PublishedChecks",
                              "Not checked: .releasedesk.yml has no registries: section."));
    if (auto verdict = judge(*report, context))
        return *verdict;
    QStringList errors;
    QStringList names;
    for (const PublishedEntry &entry : report->entries) {
        names.append(entry.target.describe());
        if (entry.error)
            errors.append(entry.error->message);
    }
    if (!errors.isEmpty())
        return result(CheckResult::Status::Warn,
                      QCoreApplication::translate("PublishedChecks",
                                                  "Could not check every registry: %1")
                              .arg(errors.join(u' ')));
    return result(CheckResult::Status::Pass, passed(names.join(u", "), context));
}

QString AlreadyPublishedCheck::title() const
{
    return QCoreApplication::translate("PublishedChecks", "Version not yet on the registries");
}

std::optional<CheckResult> AlreadyPublishedCheck::judge(const PublishedReport &report,
                                                        const PreflightContext &) const
{
    QStringList found;
    for (const PublishedFinding &finding : report.findings()) {
        if (finding.kind == PublishedFinding::Kind::AlreadyPublished)
            found.append(finding.message);
    }
    if (found.isEmpty())
        return std::nullopt;
    return result(CheckResult::Status::Fail, found.join(u' '));
}

QString AlreadyPublishedCheck::passed(const QString &registries,
                                      const PreflightContext &context) const
{
    return QCoreApplication::translate("PublishedChecks", "%1 is on none of: %2.")
            .arg(context.version.toString(), registries);
}

QString RegistryAheadCheck::title() const
{
    return QCoreApplication::translate("PublishedChecks", "No registry ahead of the release");
}

std::optional<CheckResult> RegistryAheadCheck::judge(const PublishedReport &report,
                                                     const PreflightContext &context) const
{
    QStringList behind;
    QStringList overtaken;
    for (const PublishedEntry &entry : report.entries) {
        for (const PublishedFinding &finding : entry.findings) {
            if (finding.kind != PublishedFinding::Kind::RegistryAhead)
                continue;
            const auto latest = RegistryReader::parseVersion(entry.target.type,
                                                             entry.package->latest);
            if (latest && context.version.compare(*latest) < 0)
                behind.append(finding.message);
            else
                overtaken.append(finding.message);
        }
    }
    if (!behind.isEmpty())
        return result(CheckResult::Status::Fail,
                      QCoreApplication::translate("PublishedChecks",
                                                  "Releasing %1 would go backwards: %2")
                              .arg(context.version.toString(), behind.join(u' ')));
    if (!overtaken.isEmpty())
        return result(CheckResult::Status::Warn,
                      QCoreApplication::translate(
                              "PublishedChecks",
                              "The release reaches or overtakes it, but look first: %1")
                              .arg(overtaken.join(u' ')));
    return std::nullopt;
}

QString RegistryAheadCheck::passed(const QString &registries, const PreflightContext &) const
{
    return QCoreApplication::translate("PublishedChecks",
                                       "No registry has a version above the last release (%1).")
            .arg(registries);
}

} // namespace rd
