// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionsourcescheck.h"

#include "release/versionsourceprobe.h"

#include <QCoreApplication>

namespace rd {

CheckResult VersionSourcesCheck::run(PreflightContext &context, Progress *)
{
    if (!context.versionSources)
        return result(CheckResult::Status::Pass,
                      QCoreApplication::translate("rd::release",
                                                  "The project declares no version sources."));
    auto readings = context.versionSources->read();
    if (!readings)
        return result(CheckResult::Status::Fail, readings.error().toString());
    // The grid's count and sentence for the same sources, when the probe knows them.
    const VersionSourceCount count = context.versionSources->count();
    if (readings->isEmpty())
        return result(CheckResult::Status::Pass,
                      count.sentence.isEmpty() ? QCoreApplication::translate(
                              "rd::release", "The project declares no version sources.")
                                               : count.sentence);
    QStringList unreadable;
    for (const VersionReading &reading : *readings)
        if (!reading.version)
            unreadable.append(QStringLiteral("%1 (\"%2\")").arg(reading.source, reading.text));
    if (!unreadable.isEmpty())
        return result(CheckResult::Status::Fail,
                      QCoreApplication::translate("rd::release",
                                                  "Not a version: %1. Fix these files first.")
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
                      QCoreApplication::translate(
                              "rd::release",
                              "The version sources disagree (%1). Make them agree, then "
                              "re-run the checks.")
                              .arg(all.join(QStringLiteral(", "))));
    if (context.lastRelease && !(first == *context.lastRelease)) {
        QString message = QCoreApplication::translate(
                                  "rd::release",
                                  "The version sources say %1, but the last release is %2.")
                                  .arg(first.toString(), context.lastRelease->toString());
        if (!count.sentence.isEmpty())
            message += u' ' + count.sentence;
        return result(CheckResult::Status::Warn, message);
    }
    if (!count.sentence.isEmpty())
        return result(count.disagreeing > 0 ? CheckResult::Status::Warn : CheckResult::Status::Pass,
                      count.sentence);
    return result(CheckResult::Status::Pass,
                  QCoreApplication::translate("rd::release",
                                              "All %n version source(s) agree on %1.",
                                              nullptr,
                                              int(readings->size()))
                          .arg(first.toString()));
}

} // namespace rd
