// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcereport.h"

#include <QCoreApplication>

namespace rd {

QString toString(SourceStatus status)
{
    switch (status) {
    case SourceStatus::Agrees:
        return QStringLiteral("agrees");
    case SourceStatus::Behind:
        return QStringLiteral("behind");
    case SourceStatus::Ahead:
        return QStringLiteral("ahead");
    case SourceStatus::Unparseable:
        return QStringLiteral("unparseable");
    case SourceStatus::Dynamic:
        return QStringLiteral("dynamic");
    case SourceStatus::Missing:
        return QStringLiteral("missing");
    }
    return {};
}

QString displayRole(SourceRole role)
{
    switch (role) {
    case SourceRole::Project:
        return QCoreApplication::translate("rd::sources", "project");
    case SourceRole::App:
        return QCoreApplication::translate("rd::sources", "app");
    case SourceRole::Chart:
        return QCoreApplication::translate("rd::sources", "chart");
    case SourceRole::Changelog:
        return QCoreApplication::translate("rd::sources", "changelog");
    case SourceRole::Tag:
        return QCoreApplication::translate("rd::sources", "tag");
    }
    return {};
}

QString displayKey(const QString &key)
{
    // The keys the core names itself are marked where they are set (QT_TRANSLATE_NOOP); a key
    // read from a file ("version", "project.version") has no translation and stays as it is.
    return QCoreApplication::translate("rd::sources", key.toUtf8().constData());
}

bool SourceReport::hasMismatch() const
{
    return tally().disagreeing > 0;
}

qsizetype SourceReport::count(SourceStatus status) const
{
    return std::count_if(entries.cbegin(), entries.cend(), [status](const SourceEntry &entry) {
        return entry.status == status;
    });
}

SourceTally SourceReport::tally() const
{
    SourceTally tally;
    tally.sources = entries.size();
    tally.disagreeing = std::count_if(entries.cbegin(), entries.cend(), [](const SourceEntry &e) {
        return e.status != SourceStatus::Agrees && e.status != SourceStatus::Dynamic;
    });
    tally.reference = reference;
    tally.referenceName = referenceName;
    return tally;
}

QString SourceTally::sentence() const
{
    if (sources == 0)
        return QCoreApplication::translate("rd::sources", "No version sources found.");
    if (!reference)
        return QCoreApplication::translate("rd::sources",
                                           "%n version source(s); no reference version to "
                                           "compare with.",
                                           nullptr,
                                           int(sources));
    if (disagreeing == 0)
        return QCoreApplication::translate("rd::sources",
                                           "All %n version source(s) agree with %1 (%2).",
                                           nullptr,
                                           int(sources))
                .arg(reference->toString(), referenceName);
    return QCoreApplication::translate("rd::sources",
                                       "%1 of %n version source(s) disagree with %2 (%3).",
                                       nullptr,
                                       int(sources))
            .arg(disagreeing)
            .arg(reference->toString(), referenceName);
}

Result<SourceReport> SourceReport::compare(QList<VersionSource> sources, const QString &primary)
{
    std::stable_sort(sources.begin(),
                     sources.end(),
                     [](const VersionSource &a, const VersionSource &b) {
                         const bool aTag = a.role == SourceRole::Tag;
                         const bool bTag = b.role == SourceRole::Tag;
                         if (aTag != bTag)
                             return aTag;
                         const qsizetype aDepth = a.path.count(u'/');
                         const qsizetype bDepth = b.path.count(u'/');
                         if (aDepth != bDepth)
                             return aDepth < bDepth;
                         if (a.path != b.path)
                             return a.path < b.path;
                         return a.line < b.line;
                     });

    SourceReport report;
    qsizetype referenceIndex = -1;
    if (!primary.isEmpty()) {
        for (qsizetype i = 0; i < sources.size(); ++i) {
            if (sources.at(i).id() == primary || sources.at(i).path == primary) {
                referenceIndex = i;
                break;
            }
        }
        if (referenceIndex < 0)
            return fail(errc::primaryNotFound,
                        QCoreApplication::translate(
                                "rd::sources",
                                "The primary source \"%1\" (sources.primary) is not among "
                                "the detected sources. Use a path or path#key as "
                                "`releasedesk-cli status --json` names them.")
                                .arg(primary));
        if (!sources.at(referenceIndex).version)
            report.warnings.append(
                    QCoreApplication::translate("rd::sources",
                                                "The primary source %1 has no readable "
                                                "version, so nothing can be compared.")
                            .arg(primary));
    } else {
        for (qsizetype i = 0; i < sources.size() && referenceIndex < 0; ++i) {
            if (sources.at(i).role == SourceRole::Tag && sources.at(i).version)
                referenceIndex = i;
        }
        for (qsizetype i = 0; i < sources.size() && referenceIndex < 0; ++i) {
            if (sources.at(i).role == SourceRole::Project && sources.at(i).version
                && !sources.at(i).dynamic)
                referenceIndex = i;
        }
        if (referenceIndex >= 0 && sources.at(referenceIndex).role != SourceRole::Tag)
            report.warnings.append(
                    QCoreApplication::translate("rd::sources",
                                                "No release tag yet: the sources are compared "
                                                "with %1.")
                            .arg(sources.at(referenceIndex).id()));
    }
    if (referenceIndex >= 0 && sources.at(referenceIndex).version) {
        const VersionSource &reference = sources.at(referenceIndex);
        report.reference = reference.version;
        report.referenceName = reference.role == SourceRole::Tag
                                       ? QCoreApplication::translate("rd::sources", "tag %1")
                                                 .arg(reference.text)
                                       : reference.id();
    }

    for (qsizetype i = 0; i < sources.size(); ++i) {
        SourceEntry entry;
        entry.source = sources.at(i);
        entry.isReference = i == referenceIndex;
        const VersionSource &source = entry.source;
        if (source.missing) {
            entry.status = SourceStatus::Missing;
        } else if (source.dynamic) {
            entry.status = SourceStatus::Dynamic;
        } else if (!source.version) {
            entry.status = SourceStatus::Unparseable;
        } else if (!report.reference) {
            entry.status = SourceStatus::Agrees; // nothing to disagree with
        } else {
            // Compared in the source's own order (PEP 440 for Python), else through SemVer.
            auto order = VersionSchemes::compare(source.scheme, source.text, *report.reference);
            const int result = order ? *order : source.version->compare(*report.reference);
            entry.status = result == 0  ? SourceStatus::Agrees
                           : result < 0 ? SourceStatus::Behind
                                        : SourceStatus::Ahead;
        }
        report.entries.append(entry);
    }
    return report;
}

} // namespace rd
