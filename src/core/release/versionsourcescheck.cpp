// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionsourcescheck.h"

#include "release/versionsourceprobe.h"

namespace rd {

CheckResult VersionSourcesCheck::run(PreflightContext &context, Progress *)
{
    if (!context.versionSources)
        return result(CheckResult::Status::Pass,
                      QStringLiteral("The project declares no version sources."));
    auto readings = context.versionSources->read();
    if (!readings)
        return result(CheckResult::Status::Fail, readings.error().toString());
    if (readings->isEmpty())
        return result(CheckResult::Status::Pass,
                      QStringLiteral("The project declares no version sources."));
    QStringList unreadable;
    for (const VersionReading &reading : *readings)
        if (!reading.version)
            unreadable.append(QStringLiteral("%1 (\"%2\")").arg(reading.source, reading.text));
    if (!unreadable.isEmpty())
        return result(CheckResult::Status::Fail,
                      QStringLiteral("Not a version: %1. Fix these files first.")
                              .arg(unreadable.join(QStringLiteral(", "))));
    const Version first = *readings->first().version;
    QStringList all;
    bool agree = true;
    for (const VersionReading &reading : *readings) {
        all.append(QStringLiteral("%1: %2").arg(reading.source, reading.text));
        if (!(*reading.version == first))
            agree = false;
    }
    if (!agree)
        return result(CheckResult::Status::Fail,
                      QStringLiteral("The version sources disagree (%1). Make them agree, then "
                                     "re-run the checks.")
                              .arg(all.join(QStringLiteral(", "))));
    if (context.lastRelease && !(first == *context.lastRelease))
        return result(CheckResult::Status::Warn,
                      QStringLiteral("The version sources say %1, but the last release is %2.")
                              .arg(first.toString(), context.lastRelease->toString()));
    return result(CheckResult::Status::Pass,
                  QStringLiteral("%1 version source(s) agree on %2.")
                          .arg(readings->size())
                          .arg(first.toString()));
}

} // namespace rd
