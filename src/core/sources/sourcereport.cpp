// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcereport.h"

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

bool SourceReport::hasMismatch() const
{
    return std::any_of(entries.cbegin(), entries.cend(), [](const SourceEntry &entry) {
        return entry.status != SourceStatus::Agrees && entry.status != SourceStatus::Dynamic;
    });
}

qsizetype SourceReport::count(SourceStatus status) const
{
    return std::count_if(entries.cbegin(), entries.cend(), [status](const SourceEntry &entry) {
        return entry.status == status;
    });
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
                        QStringLiteral("The primary source \"%1\" (sources.primary) is not among "
                                       "the detected sources. Use a path or path#key as "
                                       "`releasedesk-cli status --json` names them.")
                                .arg(primary));
        if (!sources.at(referenceIndex).version)
            report.warnings.append(QStringLiteral("The primary source %1 has no readable "
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
            report.warnings.append(QStringLiteral("No release tag yet: the sources are compared "
                                                  "with %1.")
                                           .arg(sources.at(referenceIndex).id()));
    }
    if (referenceIndex >= 0 && sources.at(referenceIndex).version) {
        const VersionSource &reference = sources.at(referenceIndex);
        report.reference = reference.version;
        report.referenceName = reference.role == SourceRole::Tag
                                       ? QStringLiteral("tag %1").arg(reference.text)
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
