// SPDX-License-Identifier: GPL-3.0-or-later
// Releases undone by ReleaseDesk after they reached the remote: the clone's record of them, and
// the change-failure rule that counts them as failed deployments although git no longer has
// their tags.
#include "expectedcheck.h"
#include "metricsscratch.h"

#include "git/library.h"
#include "history/undonereleases.h"
#include "metrics/metricsexport.h"
#include "util/fileio.h"

#include <QFile>
#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

UndoneRelease undoneAt(const QString &tag,
                       const git::Oid &commit,
                       const QDateTime &tagged,
                       const QStringList &removed = {})
{
    return UndoneRelease{tag,
                         tag.mid(tag.indexOf(u'1')),
                         commit,
                         tagged,
                         tagged.addSecs(2 * hour),
                         removed.isEmpty() ? QStringList{QStringLiteral("refs/tags/") + tag}
                                           : removed};
}

const FailureRuleStatus *ruleOf(const DeliveryMetrics &metrics, FailureRule rule)
{
    for (const FailureRuleStatus &status : metrics.rules) {
        if (status.rule == rule)
            return &status;
    }
    return nullptr;
}

} // namespace

class TestUndoneReleases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordKeepsEveryRelease();
    void undoneReleaseIsAFailedDeployment();
    void onlyThePackagesFinalReleasesCount();
    void unreadableRecordTurnsTheRuleOff();

private:
    git::Library m_library;
};

void TestUndoneReleases::recordKeepsEveryRelease()
{
    ScratchRepository scratch;
    QVERIFY(scratch.isValid());
    const QString gitDir = scratch.repo().gitDir();
    auto none = UndoneReleases::load(gitDir);
    RD_VERIFY_OK(none);
    QVERIFY(none->isEmpty());

    const git::Oid a = scratch.commit(QStringLiteral("feat: a"));
    const QDateTime tagged(QDate(2024, 1, 10), QTime(12, 30), Qt::UTC);
    RD_VERIFY_OK(UndoneReleases::append(gitDir, undoneAt(QStringLiteral("v1.0.0"), a, tagged)));
    RD_VERIFY_OK(UndoneReleases::append(gitDir,
                                        undoneAt(QStringLiteral("v1.0.1"),
                                                 a,
                                                 tagged.addDays(1),
                                                 {QStringLiteral("refs/tags/v1.0.1"),
                                                  QStringLiteral("refs/heads/main")})));
    auto both = UndoneReleases::load(gitDir);
    RD_VERIFY_OK(both);
    QCOMPARE(both->size(), 2);
    QCOMPARE(both->first().tag, QStringLiteral("v1.0.0"));
    QCOMPARE(both->first().version, QStringLiteral("1.0.0"));
    QCOMPARE(both->first().commit, a);
    QCOMPARE(both->first().tagged, tagged);
    QCOMPARE(both->first().undone, tagged.addSecs(2 * hour));
    QCOMPARE(both->last().removed,
             QStringList({QStringLiteral("refs/tags/v1.0.1"), QStringLiteral("refs/heads/main")}));
}

void TestUndoneReleases::undoneReleaseIsAFailedDeployment()
{
    ScratchRepository scratch;
    QVERIFY(scratch.isValid());
    scratch.commit(QStringLiteral("feat: start"));
    scratch.tag(QStringLiteral("v1.0.0"), QStringLiteral("Release 1.0.0"));
    scratch.advanceClock(2 * day);
    const git::Oid b = scratch.commit(QStringLiteral("feat: b"));
    // v1.1.0 was tagged on b, pushed, and undone: its tag is gone.
    const QDateTime undoneTagged = scratch.signature().when.toUTC();
    RD_VERIFY_OK(UndoneReleases::append(scratch.repo().gitDir(),
                                        undoneAt(QStringLiteral("v1.1.0"), b, undoneTagged)));
    // Made again a day later, with a fix, on another commit.
    scratch.advanceClock(day);
    scratch.commit(QStringLiteral("fix: c"));
    scratch.tag(QStringLiteral("v1.1.0"), QStringLiteral("Release 1.1.0"));

    auto metrics = metricsOf(scratch, wholeJanuary());
    RD_VERIFY_OK(metrics);
    QCOMPARE(tagsOf(*metrics),
             QStringList({QStringLiteral("v1.0.0"),
                          QStringLiteral("v1.1.0"),
                          QStringLiteral("v1.1.0")}));
    const Deployment &undone = metrics->deployments.at(1);
    const Deployment &again = metrics->deployments.at(2);
    QVERIFY(undone.undone);
    QVERIFY(!again.undone);
    QCOMPARE(undone.tag.date, undoneTagged);
    QCOMPARE(undone.tag.commit, b);
    QCOMPARE(undone.previous, QStringLiteral("v1.0.0"));
    QVERIFY(undone.commits.isEmpty()); // delivered by the release made again
    QCOMPARE(again.commits.size(), 2);

    QCOMPARE(failedTags(*metrics), QStringList{QStringLiteral("v1.1.0")});
    const DeploymentFailure &failure = metrics->failures.first();
    QCOMPARE(metrics->failureOf(undone), &failure);
    QCOMPARE(metrics->failureOf(again), nullptr);
    QCOMPARE(failure.reasons.size(), 1);
    QCOMPARE(failure.reasons.first().rule, FailureRule::UndoneRelease);
    QCOMPARE(failure.reasons.first().evidence, QStringLiteral("refs/tags/v1.1.0"));
    QVERIFY2(failure.reasons.first().text.contains(QStringLiteral("refs/tags/v1.1.0")),
             qPrintable(failure.reasons.first().text));
    QCOMPARE(failure.restoredBy, QStringLiteral("v1.1.0"));
    QCOMPARE(*failure.restoreSeconds(), undoneTagged.secsTo(again.tag.date));
    QCOMPARE(metrics->restore.count, 1);
    QCOMPARE(*metrics->failureRate(), 1.0 / 3.0);
    const FailureRuleStatus *rule = ruleOf(*metrics, FailureRule::UndoneRelease);
    QVERIFY(rule && rule->enabled);
    QVERIFY2(rule->note.contains(QStringLiteral("1 recorded")), qPrintable(rule->note));

    // The CSV rows of the two v1.1.0: the undone one failed, the one made again did not.
    const QStringList rows = metricsToCsv(*metrics).split(QStringLiteral("\r\n"),
                                                          Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 4);
    QVERIFY2(rows.at(2).contains(QStringLiteral(",yes,")) && rows.at(2).contains(u"undone"),
             qPrintable(rows.at(2)));
    QVERIFY2(rows.at(3).contains(QStringLiteral(",no,")), qPrintable(rows.at(3)));

    MetricsOptions off = wholeJanuary();
    off.undoneReleaseRule = false;
    auto without = metricsOf(scratch, off);
    RD_VERIFY_OK(without);
    QCOMPARE(tagsOf(*without), QStringList({QStringLiteral("v1.0.0"), QStringLiteral("v1.1.0")}));
    QVERIFY(without->failures.isEmpty());
    rule = ruleOf(*without, FailureRule::UndoneRelease);
    QVERIFY(rule && !rule->enabled);
    QCOMPARE(rule->note, QStringLiteral("switched off"));
}

void TestUndoneReleases::onlyThePackagesFinalReleasesCount()
{
    ScratchRepository scratch;
    QVERIFY(scratch.isValid());
    const git::Oid a = scratch.commit(QStringLiteral("feat: start"));
    scratch.tag(QStringLiteral("v1.0.0")); // lightweight: its tag time is the commit's
    const QDateTime tagged = scratch.repo().lookupCommit(a)->time().toUTC();
    const QString gitDir = scratch.repo().gitDir();
    // A pre-release, another package's tag, and a record of a tag git has again as it was.
    RD_VERIFY_OK(
            UndoneReleases::append(gitDir, undoneAt(QStringLiteral("v1.1.0-rc.1"), a, tagged)));
    RD_VERIFY_OK(UndoneReleases::append(gitDir, undoneAt(QStringLiteral("lib@1.0.0"), a, tagged)));
    RD_VERIFY_OK(UndoneReleases::append(gitDir, undoneAt(QStringLiteral("v1.0.0"), a, tagged)));

    auto metrics = metricsOf(scratch, wholeJanuary());
    RD_VERIFY_OK(metrics);
    QCOMPARE(tagsOf(*metrics), QStringList{QStringLiteral("v1.0.0")});
    QVERIFY(metrics->failures.isEmpty());
    const FailureRuleStatus *rule = ruleOf(*metrics, FailureRule::UndoneRelease);
    QVERIFY(rule && rule->enabled);
    QVERIFY2(rule->note.contains(QStringLiteral("1 recorded")), qPrintable(rule->note));

    // The same tag name on the same commit, but tagged at another time: made again (a release
    // that wrote no file tags the same commit), so two deployments, the first failed.
    RD_VERIFY_OK(
            UndoneReleases::append(gitDir,
                                   undoneAt(QStringLiteral("v1.0.0"), a, tagged.addSecs(-60))));
    auto again = metricsOf(scratch, wholeJanuary());
    RD_VERIFY_OK(again);
    QCOMPARE(tagsOf(*again), QStringList({QStringLiteral("v1.0.0"), QStringLiteral("v1.0.0")}));
    QCOMPARE(failedTags(*again), QStringList{QStringLiteral("v1.0.0")});
    QVERIFY(again->deployments.first().undone);
}

void TestUndoneReleases::unreadableRecordTurnsTheRuleOff()
{
    ScratchRepository scratch;
    QVERIFY(scratch.isValid());
    const git::Oid a = scratch.commit(QStringLiteral("feat: start"));
    scratch.tag(QStringLiteral("v1.0.0"));
    const QString gitDir = scratch.repo().gitDir();
    RD_VERIFY_OK(UndoneReleases::append(gitDir,
                                        undoneAt(QStringLiteral("v1.0.1"),
                                                 a,
                                                 scratch.signature().when.toUTC())));
    const QString file = UndoneReleases::path(gitDir);
    QVERIFY(QFile::remove(file));
    RD_VERIFY_OK(writeFileAtomically(file, "{\"format\": 1, \"releases\": [{\"tag\": \"v1\"}]}"));

    auto record = UndoneReleases::load(gitDir);
    QVERIFY(!record);
    QVERIFY(record.error().is(errc::undoneReleases));
    QCOMPARE(record.error().source, file);
    QVERIFY2(record.error().message.contains(QStringLiteral("entry 1")),
             qPrintable(record.error().message));
    // Nothing is appended to a record that cannot be read: it is not replaced.
    QVERIFY(!UndoneReleases::append(gitDir, undoneAt(QStringLiteral("v1.0.2"), a, {})));
    auto kept = readFile(file);
    RD_VERIFY_OK(kept);
    QCOMPARE(*kept, QByteArray("{\"format\": 1, \"releases\": [{\"tag\": \"v1\"}]}"));

    // The metrics are still computed; the rule says why it took no part.
    auto metrics = metricsOf(scratch, wholeJanuary());
    RD_VERIFY_OK(metrics);
    QCOMPARE(tagsOf(*metrics), QStringList{QStringLiteral("v1.0.0")});
    const FailureRuleStatus *rule = ruleOf(*metrics, FailureRule::UndoneRelease);
    QVERIFY(rule && !rule->enabled);
    QVERIFY2(rule->note.contains(file) && rule->note.contains(QStringLiteral("move it aside")),
             qPrintable(rule->note));
}

QTEST_GUILESS_MAIN(TestUndoneReleases)
#include "tst_undonereleases.moc"
