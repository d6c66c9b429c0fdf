// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionplan.h"

#include "sources/unifieddiff.h"
#include "sources/versionwriter.h"
#include "util/fileio.h"

#include <QCoreApplication>
#include <QHash>

namespace rd {

QByteArray FileEdit::diff() const
{
    return UnifiedDiff::render(path, before, splices);
}

bool VersionPlan::isBlocked() const
{
    return std::any_of(skipped.cbegin(), skipped.cend(), [](const SkippedSource &skip) {
        return skip.blocking;
    });
}

QByteArray VersionPlan::diff() const
{
    QByteArray out;
    for (const FileEdit &edit : edits)
        out += edit.diff();
    return out;
}

Result<VersionPlan> VersionPlan::make(const QString &root,
                                      const QList<VersionSource> &sources,
                                      const Version &version)
{
    VersionPlan plan;
    plan.root = root;
    plan.version = version;
    QHash<QString, qsizetype> editOf; // path → index in plan.edits
    for (const VersionSource &source : sources) {
        if (source.isWritable() && source.isUnparseable()) {
            // Its text is no version: perhaps no version source at all (a VERSION file that
            // says something else). A person decides; status keeps reporting it.
            plan.skipped.append(SkippedSource{
                    source,
                    Error{errc::notWritable.toString(),
                          QCoreApplication::translate(
                                  "rd::sources",
                                  "%1 is not written: \"%2\" is not a version, so it may "
                                  "not be one. Fix it by hand, or add it to "
                                  "sources.ignore.")
                                  .arg(source.id(), source.text),
                          source.line > 0
                                  ? QStringLiteral("%1:%2").arg(source.path).arg(source.line)
                                  : source.path},
                    false});
            continue;
        }
        auto splices = VersionWriter::splices(source, version);
        if (!splices) {
            // Read-only and dynamic sources are expected to be skipped; a writable source that
            // cannot take the version blocks the plan.
            plan.skipped.append(SkippedSource{source, splices.error(), source.isWritable()});
            continue;
        }
        auto index = editOf.constFind(source.path);
        if (index == editOf.constEnd()) {
            auto bytes = readFile(root + u'/' + source.path);
            if (!bytes)
                return std::unexpected(bytes.error());
            plan.edits.append(FileEdit{source.path, *bytes, *bytes, {}, {}});
            index = editOf.insert(source.path, plan.edits.size() - 1);
        }
        FileEdit &edit = plan.edits[*index];
        if (!VersionWriter::spansMatch(source, edit.before)) {
            plan.skipped.append(
                    SkippedSource{source,
                                  Error{errc::staleSource.toString(),
                                        QCoreApplication::translate(
                                                "rd::sources",
                                                "The file changed since it was read; scan again."),
                                        source.path},
                                  true});
            continue;
        }
        QList<Splice> combined = edit.splices + *splices;
        auto after = Splice::apply(edit.before, combined);
        if (!after) {
            plan.skipped.append(SkippedSource{source, after.error(), true});
            continue;
        }
        // Splices that change nothing are dropped: the diff and the write stay minimal.
        QList<Splice> changing;
        for (const Splice &splice : std::as_const(*splices)) {
            if (edit.before.mid(splice.offset, splice.length) != splice.replacement)
                changing.append(splice);
        }
        if (changing.isEmpty()) {
            plan.unchanged.append(source.id());
            continue;
        }
        edit.splices += changing;
        std::sort(edit.splices.begin(), edit.splices.end(), [](const Splice &a, const Splice &b) {
            return a.offset < b.offset;
        });
        edit.after = *Splice::apply(edit.before, edit.splices);
        edit.sourceIds.append(source.id());
    }
    plan.edits.removeIf([](const FileEdit &edit) { return edit.splices.isEmpty(); });
    return plan;
}

Status VersionPlan::apply() const
{
    for (const FileEdit &edit : edits) {
        auto current = readFile(root + u'/' + edit.path);
        if (!current)
            return std::unexpected(current.error());
        if (*current != edit.before)
            return fail(
                    errc::staleSource,
                    QCoreApplication::translate("rd::sources",
                                                "The file changed since the versions were planned; "
                                                "nothing was written. Scan again and retry."),
                    edit.path);
    }
    for (const FileEdit &edit : edits) {
        if (auto written = writeFileAtomically(root + u'/' + edit.path, edit.after); !written)
            return written;
    }
    return {};
}

} // namespace rd
