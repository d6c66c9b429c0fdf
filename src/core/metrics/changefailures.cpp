// SPDX-License-Identifier: GPL-3.0-or-later
#include "changefailures.h"

#include "commits/conventionalcommit.h"
#include "git/commitstore.h"
#include "history/releasehistory.h"
#include "metrics/distribution.h"

#include <QCoreApplication>

namespace rd {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("rd::ChangeFailures", text, disambiguation, n);
}

QString shortId(const git::Oid &id)
{
    return id.toString().left(7);
}

QString headerOf(const git::CommitStore &store, qsizetype node)
{
    const QByteArrayView message = store.rawMessage(node);
    const qsizetype end = message.indexOf('\n');
    return QString::fromUtf8(end < 0 ? message : message.first(end)).trimmed();
}

bool isFixOnly(const QList<AnalyzedCommit> &commits, qsizetype &fixes)
{
    fixes = 0;
    for (const AnalyzedCommit &commit : commits) {
        if (commit.classification.level == BumpLevel::None)
            continue;
        const bool fix = (commit.parsed.form == CommitForm::Conventional
                          && commit.parsed.type.compare(u"fix", Qt::CaseInsensitive) == 0
                          && !commit.classification.breaking)
                         || commit.parsed.form == CommitForm::Revert;
        if (!fix)
            return false;
        ++fixes;
    }
    return fixes > 0;
}

Status fixReleases(const ChangeFailureInput &input, QHash<qsizetype, QList<FailureReason>> &failed)
{
    const QList<Release> &releases = input.history.releases();
    const qint64 limit = qint64(input.options.fixReleaseDays) * 86400;
    for (qsizetype next : input.judged) {
        const Release &candidate = releases.at(next);
        const qsizetype index = candidate.previous;
        if (index < 0 || releases.at(index).isPreRelease())
            continue;
        const Version &version = releases.at(index).tag.version;
        const Version &fixed = candidate.tag.version;
        if (fixed.major() != version.major() || fixed.minor() != version.minor()
            || fixed.patch() <= version.patch())
            continue;
        const qint64 after = input.tagSeconds.at(next) - input.tagSeconds.at(index);
        if (after < 0 || after > limit)
            continue;
        auto commits = input.history.analyze(next);
        if (!commits)
            return std::unexpected(commits.error());
        qsizetype fixes = 0;
        if (!isFixOnly(*commits, fixes))
            continue;
        FailureReason reason;
        reason.rule = FailureRule::FixRelease;
        reason.evidence = candidate.tag.name;
        reason.detected = input.tagTime.at(next);
        reason.text = tr("the next release %1, %2 later, is a patch whose version-bumping "
                         "commits are all fixes (fix commits: %3)")
                              .arg(candidate.tag.name,
                                   durationText(double(after)),
                                   QString::number(fixes));
        failed[index].append(reason);
    }
    return {};
}

Status reverts(const ChangeFailureInput &input,
               QHash<qsizetype, QList<FailureReason>> &failed,
               Progress *progress)
{
    git::CommitStore &store = input.history.store();
    const QList<Release> &releases = input.history.releases();
    // The reverts among the deployments' commits and those not released yet. Most commits are
    // no revert, so the indices below are built only when there is one.
    QList<qsizetype> candidates;
    const auto consider = [&](qsizetype node) {
        const QByteArrayView raw = store.rawMessage(node);
        if (raw.contains("evert") || raw.contains("EVERT"))
            candidates.append(node);
    };
    for (qsizetype index : input.judged) {
        for (qsizetype node : input.commitsOf.value(index))
            consider(node);
    }
    if (!input.head.isNull() && !input.judged.isEmpty()) {
        const git::Oid &newest = releases.at(input.judged.last()).tag.commit;
        auto unreleased = store.range({input.head}, {newest}, progress);
        if (!unreleased)
            return std::unexpected(unreleased.error());
        for (qsizetype node : std::as_const(*unreleased))
            consider(node);
    }
    if (candidates.isEmpty())
        return {};

    QHash<qsizetype, qsizetype> owner;         // node → release index
    QHash<QString, QList<qsizetype>> byPrefix; // the first 7 hex digits → nodes
    for (qsizetype index : input.judged) {
        for (qsizetype node : input.commitsOf.value(index)) {
            if (owner.contains(node))
                continue;
            owner.insert(node, index);
            byPrefix[store.id(node).toString().left(7)].append(node);
        }
    }
    QHash<QString, QList<qsizetype>> byHeader; // filled on the first revert without an id
    QSet<qsizetype> seen;
    for (qsizetype node : std::as_const(candidates)) {
        if (seen.contains(node))
            continue;
        seen.insert(node);
        const ConventionalCommit parsed = parseCommitMessage(store.message(node));
        const bool revert = parsed.form == CommitForm::Revert
                            || (parsed.form == CommitForm::Conventional
                                && parsed.type.compare(u"revert", Qt::CaseInsensitive) == 0);
        if (!revert)
            continue;
        const qsizetype revertOwner = owner.value(node, -1);
        qsizetype target = -1;
        if (parsed.revertedCommit.size() >= 7) {
            const QString prefix = parsed.revertedCommit.toLower();
            for (qsizetype candidate : byPrefix.value(prefix.left(7))) {
                if (store.id(candidate).toString().startsWith(prefix)) {
                    target = candidate;
                    break;
                }
            }
        } else if (!parsed.revertedHeader.isEmpty()) {
            if (byHeader.isEmpty()) {
                for (auto it = owner.cbegin(); it != owner.cend(); ++it)
                    byHeader[headerOf(store, it.key())].append(it.key());
            }
            qint64 best = 0;
            for (qsizetype candidate : byHeader.value(parsed.revertedHeader)) {
                const qsizetype index = owner.value(candidate);
                const qint64 time = input.tagSeconds.at(index);
                if (index == revertOwner || time > store.time(node))
                    continue;
                if (target < 0 || time > best) {
                    best = time;
                    target = candidate;
                }
            }
        }
        if (target < 0)
            continue;
        const qsizetype index = owner.value(target);
        if (index == revertOwner)
            continue; // reverted before it was deployed
        FailureReason reason;
        reason.rule = FailureRule::Revert;
        reason.evidence = store.id(node).toString();
        reason.detected = store.dateTime(node);
        const QString where = revertOwner >= 0
                                      ? tr("released in %1").arg(releases.at(revertOwner).tag.name)
                                      : tr("not released yet");
        reason.text = tr("commit %1 “%2” is reverted by %3 “%4” (%5)")
                              .arg(shortId(store.id(target)),
                                   headerOf(store, target),
                                   shortId(store.id(node)),
                                   headerOf(store, node),
                                   where);
        failed[index].append(reason);
    }
    return {};
}

} // namespace

Result<QHash<qsizetype, QList<FailureReason>>> findChangeFailures(const ChangeFailureInput &input,
                                                                  Progress *progress)
{
    QHash<qsizetype, QList<FailureReason>> failed;
    if (input.options.fixReleaseRule) {
        if (auto done = fixReleases(input, failed); !done)
            return std::unexpected(done.error());
    }
    if (input.options.revertRule) {
        if (auto done = reverts(input, failed, progress); !done)
            return std::unexpected(done.error());
    }
    return failed;
}

} // namespace rd
