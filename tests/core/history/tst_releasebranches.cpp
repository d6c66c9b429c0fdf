// SPDX-License-Identifier: GPL-3.0-or-later
// Release branches as Angular keeps them: pre-releases on main, final releases tagged on
// maintenance branches that are never merged back. Hand-made histories, then the real
// angular/components history with its maintainers' CHANGELOG.md as the oracle.
#include "analyze.h"
#include "expectedcheck.h"
#include "fixtures.h"
#include "scratchrepository.h"

#include "git/library.h"
#include "history/nextversionreport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using rd::test::analyze;
using rd::test::ScratchRepository;

namespace {

QStringList headers(const NextVersionReport &report)
{
    QStringList result;
    for (const AnalyzedCommit &commit : report.commits)
        result.append(commit.header());
    return result;
}

// "fix(multiple): account for shadow dom (#33691)" → "account for shadow dom"
QString description(const QString &header)
{
    static const QRegularExpression type(QStringLiteral("^[a-z]+(\\([^)]*\\))?!?: "));
    static const QRegularExpression pullRequest(QStringLiteral(" \\(#\\d+\\)$"));
    QString text = header;
    text.remove(type);
    text.remove(pullRequest);
    return text.trimmed();
}

// The descriptions of every entry of a release in the maintainers' CHANGELOG.md, whose rows
// read "| [hash](url) | fix | **scope:** description ([#123](url)) |".
QStringList changelogEntries(const QString &changelog, const QString &version)
{
    const QString anchor = QStringLiteral("<a name=\"%1\"></a>").arg(version);
    const qsizetype begin = changelog.indexOf(anchor);
    if (begin < 0)
        return {QStringLiteral("no section %1 in the CHANGELOG").arg(version)};
    qsizetype end = changelog.indexOf(QStringLiteral("<a name="), begin + anchor.size());
    if (end < 0)
        end = changelog.size();
    static const QRegularExpression
            row(QStringLiteral("^\\| \\[[0-9a-f]+\\]\\([^)]*\\) \\| \\w+ \\| (.*) \\|$"),
                QRegularExpression::MultilineOption);
    static const QRegularExpression scope(QStringLiteral("^\\*\\*[^*]+:\\*\\* "));
    static const QRegularExpression pullRequest(QStringLiteral(" \\(\\[#\\d+\\]\\([^)]*\\)\\)$"));
    QStringList entries;
    auto rows = row.globalMatch(changelog.mid(begin, end - begin));
    while (rows.hasNext()) {
        QString text = rows.next().captured(1);
        text.remove(scope);
        text.remove(pullRequest);
        entries.append(text.trimmed());
    }
    return entries;
}

bool runGit(const QString &directory, const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    process.start(QStringLiteral("git"), QStringList{QStringLiteral("-C"), directory} + arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        qWarning("git %s failed: %s",
                 qPrintable(arguments.join(u' ')),
                 process.readAllStandardError().constData());
        return false;
    }
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    return true;
}

} // namespace

class TestReleaseBranches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainCountsReleasesOfMaintenanceBranches();
    void maintenanceBranchUsesItsOwnTags();
    void releasedFinalReachedFromAnOlderForkIsHidden();
    void angularMainDoesNotWalkBackToOldReleases();
    void angularMaintenanceReleasesMatchTheChangelog_data();
    void angularMaintenanceReleasesMatchTheChangelog();

private:
    git::Library m_library;
    QTemporaryDir m_angularDir;
    QString m_angular; // the bare repository
    QString m_changelog;
};

void TestReleaseBranches::initTestCase()
{
    m_angular = m_angularDir.filePath(QStringLiteral("angular.git"));
    QVERIFY(rd::test::loadHistory(QStringLiteral("angular-components"), m_angular));
    QFile changelog(
            rd::test::fixturePath(QStringLiteral("histories/angular-components.CHANGELOG.md")));
    QVERIFY(changelog.open(QIODevice::ReadOnly));
    m_changelog = QString::fromUtf8(changelog.readAll());
}

void TestReleaseBranches::mainCountsReleasesOfMaintenanceBranches()
{
    // v1.0.0 on main; 2.0.0 and 2.0.1 on branch 2.0.x, never merged back; main goes on with
    // 2.1.0 pre-releases.
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: old"));
    scratch.tag(QStringLiteral("v1.0.0"));
    const git::Oid fork = scratch.commit(QStringLiteral("feat!: the 2.0 line"));
    scratch.tag(QStringLiteral("v2.0.0-next.0"));
    scratch.setBranch(QStringLiteral("2.0.x"), fork);
    scratch.commit(QStringLiteral("release: cut 2.0.0"));
    scratch.tag(QStringLiteral("v2.0.0"));
    scratch.commit(QStringLiteral("fix: a patch on the branch"));
    scratch.tag(QStringLiteral("v2.0.1"));
    scratch.setBranch(QStringLiteral("main"), fork);
    scratch.commit(QStringLiteral("feat: y"));
    scratch.tag(QStringLiteral("v2.1.0-next.0"));
    scratch.commit(QStringLiteral("fix: z"));

    auto report = analyze(scratch.repo());
    QVERIFY(report);
    QCOMPARE(report->lastPreRelease->name, QStringLiteral("v2.1.0-next.0"));
    QCOMPARE(report->lastRelease->name, QStringLiteral("v2.0.1")); // not v1.0.0
    QCOMPARE(headers(*report), (QStringList{QStringLiteral("fix: z"), QStringLiteral("feat: y")}));
    QCOMPARE(report->next->version.toString(), QStringLiteral("2.1.0"));
    QCOMPARE(analyze(scratch.repo(), {}, QStringLiteral("next"))->next->version.toString(),
             QStringLiteral("2.1.0-next.1"));
}

void TestReleaseBranches::maintenanceBranchUsesItsOwnTags()
{
    ScratchRepository scratch;
    scratch.commit(QStringLiteral("feat: one"));
    const git::Oid released = scratch.commit(QStringLiteral("feat: the 1.1 line"));
    scratch.tag(QStringLiteral("v1.1.0"));
    scratch.commit(QStringLiteral("feat: on main"));
    scratch.tag(QStringLiteral("v1.2.0"));
    scratch.commit(QStringLiteral("feat!: still on main"));
    scratch.tag(QStringLiteral("v2.0.0-rc.0"));
    scratch.setBranch(QStringLiteral("1.1.x"), released);
    scratch.commit(QStringLiteral("fix: first backport"));
    scratch.tag(QStringLiteral("v1.1.1"));
    scratch.commit(QStringLiteral("fix: second backport"));
    scratch.commit(QStringLiteral("docs: note"));

    auto report = analyze(scratch.repo());
    QVERIFY(report);
    QCOMPARE(report->branch, QStringLiteral("1.1.x"));
    QCOMPARE(report->lastRelease->name, QStringLiteral("v1.1.1"));
    QVERIFY(!report->lastPreRelease);
    QCOMPARE(report->next->version.toString(), QStringLiteral("1.1.2"));
    QCOMPARE(headers(*report),
             (QStringList{QStringLiteral("docs: note"), QStringLiteral("fix: second backport")}));
}

void TestReleaseBranches::releasedFinalReachedFromAnOlderForkIsHidden()
{
    // Branch 1.2.x forked at 1.1.0 and released 1.2.1 there, while main released 1.2.0 later
    // than the fork: hiding 1.2.1 alone would count 1.2.0's commits again.
    ScratchRepository scratch;
    const git::Oid fork = scratch.commit(QStringLiteral("feat: base"));
    scratch.tag(QStringLiteral("v1.1.0"));
    scratch.commit(QStringLiteral("feat: released in 1.2.0"));
    scratch.tag(QStringLiteral("v1.2.0"));
    scratch.commit(QStringLiteral("feat: next"));
    scratch.tag(QStringLiteral("v1.3.0-rc.0"));
    scratch.commit(QStringLiteral("fix: after rc"));
    const git::Oid head = scratch.head();
    scratch.setBranch(QStringLiteral("1.2.x"), fork);
    scratch.commit(QStringLiteral("fix: backport"));
    scratch.tag(QStringLiteral("v1.2.1"));
    scratch.setBranch(QStringLiteral("main"), head);

    auto report = analyze(scratch.repo());
    QVERIFY(report);
    QCOMPARE(report->lastRelease->name, QStringLiteral("v1.2.1"));
    QCOMPARE(report->lastPreRelease->name, QStringLiteral("v1.3.0-rc.0"));
    QCOMPARE(headers(*report),
             (QStringList{QStringLiteral("fix: after rc"), QStringLiteral("feat: next")}));
    QCOMPARE(analyze(scratch.repo(), {}, QStringLiteral("rc"))->next->version.toString(),
             QStringLiteral("1.3.0-rc.1"));
}

void TestReleaseBranches::angularMainDoesNotWalkBackToOldReleases()
{
    auto repo = git::Repository::open(m_angular);
    QVERIFY(repo);
    auto report = analyze(*repo, {}, QStringLiteral("next"));
    RD_VERIFY_OK(report);
    QCOMPARE(report->currentVersion()->toString(), QStringLiteral("22.2.0-next.2"));
    // The last final release was made on branch 22.1.x, not on main (whose last is 10.1.0).
    QCOMPARE(report->lastRelease->name, QStringLiteral("v22.1.3"));
    QCOMPARE(report->next->version.toString(), QStringLiteral("22.2.0-next.3"));
    QString expected;
    QVERIFY(runGit(m_angular,
                   {QStringLiteral("rev-list"),
                    QStringLiteral("--count"),
                    QStringLiteral("main"),
                    QStringLiteral("^v22.1.3")},
                   &expected));
    QCOMPARE(QString::number(report->commits.size()), expected);
    for (const AnalyzedCommit &commit : report->commits)
        QVERIFY2(commit.time.date().year() >= 2026, qPrintable(commit.header()));
    // What the maintainers released from main since the branch are among those commits.
    QStringList descriptions;
    for (const QString &header : headers(*report))
        descriptions.append(description(header));
    for (const QString &version : {QStringLiteral("22.2.0-next.0"),
                                   QStringLiteral("22.2.0-next.1"),
                                   QStringLiteral("22.2.0-next.2")}) {
        const QStringList entries = changelogEntries(m_changelog, version);
        QVERIFY(!entries.isEmpty());
        for (const QString &entry : entries)
            QVERIFY2(descriptions.contains(entry),
                     qPrintable(version + QStringLiteral(": ") + entry));
    }
}

void TestReleaseBranches::angularMaintenanceReleasesMatchTheChangelog_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("branch");
    QTest::newRow("22.1.3") << "22.1.3"
                            << "22.1.x";
    QTest::newRow("22.1.2") << "22.1.2"
                            << "22.1.x";
    QTest::newRow("22.1.1") << "22.1.1"
                            << "22.1.x";
    QTest::newRow("22.0.7") << "22.0.7"
                            << "22.0.x";
    QTest::newRow("22.0.6") << "22.0.6"
                            << "22.0.x";
}

void TestReleaseBranches::angularMaintenanceReleasesMatchTheChangelog()
{
    QFETCH(QString, version);
    QFETCH(QString, branch);
    // The maintenance branch just before its release commit ("release: cut the vX release").
    QVERIFY(runGit(m_angular,
                   {QStringLiteral("branch"),
                    QStringLiteral("-f"),
                    branch,
                    QStringLiteral("v%1^").arg(version)}));
    QVERIFY(runGit(m_angular,
                   {QStringLiteral("symbolic-ref"),
                    QStringLiteral("HEAD"),
                    QStringLiteral("refs/heads/") + branch}));
    auto repo = git::Repository::open(m_angular);
    QVERIFY(repo);
    auto report = analyze(*repo);
    runGit(m_angular,
           {QStringLiteral("symbolic-ref"),
            QStringLiteral("HEAD"),
            QStringLiteral("refs/heads/main")});
    RD_VERIFY_OK(report);
    QCOMPARE(report->next->version.toString(), version);
    // The notes hold only the branch's commits: exactly the maintainers' entries.
    QStringList bumping;
    for (const AnalyzedCommit &commit : report->commits) {
        if (commit.classification.level != BumpLevel::None)
            bumping.append(description(commit.header()));
    }
    QStringList entries = changelogEntries(m_changelog, version);
    bumping.sort();
    entries.sort();
    QCOMPARE(bumping, entries);
}

QTEST_GUILESS_MAIN(TestReleaseBranches)
#include "tst_releasebranches.moc"
