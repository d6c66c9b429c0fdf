// SPDX-License-Identifier: GPL-3.0-or-later
// The git-only metrics on real histories, checked against figures recomputed here from
// `git for-each-ref` and `git log` output, without the history or semver modules.
#include "expectedcheck.h"
#include "fixtures.h"

#include "git/library.h"
#include "git/repository.h"
#include "history/releasehistory.h"
#include "metrics/deliverymetrics.h"
#include "project/package.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QVersionNumber>

#include <algorithm>

using namespace rd;
using rd::test::gitLines;

namespace {

struct GitTag
{
    QString name;
    QVersionNumber version;
    qint64 time = 0; // tagger date of an annotated tag, else the commit's committer date
};

// Final release tags "v1.2.3" with their tag time, lowest version first. A tag in the older
// style without "v" ("8.0.1" in semantic-release) is a release too, unless a "v" tag names the
// same version.
QList<GitTag> finalTags(const QString &repo)
{
    static const QRegularExpression final(QStringLiteral("^v?(\\d+)\\.(\\d+)\\.(\\d+)$"));
    QList<GitTag> tags;
    for (const QString &line :
         gitLines(repo,
                  {QStringLiteral("for-each-ref"),
                   QStringLiteral("--format=%(refname:short) %(objecttype) %(taggerdate:unix) "
                                  "%(committerdate:unix) %(*committerdate:unix)"),
                   QStringLiteral("refs/tags")})) {
        const QStringList fields = line.split(u' ', Qt::SkipEmptyParts);
        const QRegularExpressionMatch match = final.match(fields.value(0));
        if (!match.hasMatch())
            continue;
        GitTag tag;
        tag.name = fields.at(0);
        tag.version = QVersionNumber(
                {match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()});
        // annotated: "name tag TAGGERDATE PEELEDDATE"; lightweight: "name commit COMMITDATE"
        tag.time = fields.at(2).toLongLong();
        tags.append(tag);
    }
    std::sort(tags.begin(), tags.end(), [](const GitTag &a, const GitTag &b) {
        if (a.version != b.version)
            return a.version < b.version;
        return a.name.startsWith(u'v') && !b.name.startsWith(u'v');
    });
    QList<GitTag> unique;
    for (const GitTag &tag : std::as_const(tags)) {
        if (unique.isEmpty() || unique.last().version != tag.version)
            unique.append(tag);
    }
    return unique;
}

double median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n % 2 == 1)
        return double(values.at(n / 2));
    return (double(values.at(n / 2 - 1)) + double(values.at(n / 2))) / 2;
}

double p90(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    // nearest rank: the smallest value with at least 90 % of the values at or below it
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (double(i + 1) >= 0.9 * double(values.size()) - 1e-9)
            return double(values.at(i));
    }
    return 0;
}

} // namespace

class TestMetricsFixtures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesGit_data();
    void matchesGit();

private:
    git::Library m_library;
    QTemporaryDir m_dir;
};

void TestMetricsFixtures::initTestCase()
{
    for (const char *name : {"semantic-release", "vite"}) {
        QVERIFY(rd::test::loadHistory(QString::fromUtf8(name),
                                      m_dir.filePath(QString::fromUtf8(name))));
    }
}

void TestMetricsFixtures::matchesGit_data()
{
    QTest::addColumn<QString>("history");
    QTest::addColumn<QString>("since"); // empty: the default window
    QTest::addColumn<QString>("until");
    QTest::newRow("semantic-release, default window")
            << QStringLiteral("semantic-release") << QString() << QString();
    QTest::newRow("semantic-release, 2019")
            << QStringLiteral("semantic-release") << QStringLiteral("2019-01-01")
            << QStringLiteral("2019-12-31");
    QTest::newRow("semantic-release, all")
            << QStringLiteral("semantic-release") << QStringLiteral("2010-01-01")
            << QStringLiteral("2030-12-31");
    QTest::newRow("vite, default window") << QStringLiteral("vite") << QString() << QString();
    QTest::newRow("vite, 2023") << QStringLiteral("vite") << QStringLiteral("2023-01-01")
                                << QStringLiteral("2023-12-31");
}

void TestMetricsFixtures::matchesGit()
{
    QFETCH(QString, history);
    QFETCH(QString, since);
    QFETCH(QString, until);
    const QString path = m_dir.filePath(history);

    // What the metrics say.
    auto repo = git::Repository::open(path);
    RD_VERIFY_OK(repo);
    ProjectSettings settings;
    auto opened = ReleaseHistory::open(*repo, settings, Package::repository(settings));
    RD_VERIFY_OK(opened);
    MetricsOptions options;
    if (!since.isEmpty()) {
        options.since = QDateTime(QDate::fromString(since, Qt::ISODate), QTime(0, 0), Qt::UTC);
        options.until = QDateTime(QDate::fromString(until, Qt::ISODate),
                                  QTime(23, 59, 59),
                                  Qt::UTC);
    }
    auto metrics = DeliveryMetrics::compute(*repo, *opened, options);
    RD_VERIFY_OK(metrics);

    // The same from git's own output.
    qint64 windowStart = 0;
    qint64 windowEnd = 0;
    if (since.isEmpty()) {
        windowEnd = gitLines(path,
                             {QStringLiteral("log"),
                              QStringLiteral("-1"),
                              QStringLiteral("--format=%ct")})
                            .value(0)
                            .toLongLong();
        windowStart = windowEnd - 90 * 86400;
    } else {
        windowStart = options.since.toSecsSinceEpoch();
        windowEnd = options.until.toSecsSinceEpoch();
    }
    const QList<GitTag> tags = finalTags(path);
    QStringList expectedTags;
    QList<qint64> leads;
    QList<QPair<QString, double>> perDeployment;
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const GitTag &tag = tags.at(i);
        if (tag.time < windowStart || tag.time > windowEnd)
            continue;
        expectedTags.append(tag.name);
        if (i == 0)
            continue;
        QList<qint64> own;
        for (const QString &line :
             gitLines(path,
                      {QStringLiteral("log"),
                       QStringLiteral("--format=%ct"),
                       tags.at(i - 1).name + QStringLiteral("..") + tag.name}))
            own.append(tag.time - line.toLongLong());
        leads += own;
        if (!own.isEmpty())
            perDeployment.append({tag.name, median(own)});
    }
    QVERIFY2(expectedTags.size() > 3, "the window should hold a few deployments");

    QStringList ours;
    for (const Deployment &deployment : metrics->deployments)
        ours.append(deployment.tag.name);
    QStringList sortedOurs = ours;
    QStringList sortedExpected = expectedTags;
    sortedOurs.sort();
    sortedExpected.sort();
    QCOMPARE(sortedOurs, sortedExpected);
    QCOMPARE(metrics->deploymentCount(), expectedTags.size());
    const double weeks = double(windowEnd - windowStart) / (7 * 86400.0);
    QCOMPARE(metrics->perWeek, double(expectedTags.size()) / weeks);

    QCOMPARE(metrics->leadTime.count, leads.size());
    QCOMPARE(metrics->leadTime.median, median(leads));
    QCOMPARE(metrics->leadTime.p90, p90(leads));
    qsizetype series = 0;
    for (const Deployment &deployment : metrics->deployments) {
        if (deployment.commits.isEmpty())
            continue;
        const auto expected = std::find_if(perDeployment.cbegin(),
                                           perDeployment.cend(),
                                           [&](const auto &entry) {
                                               return entry.first == deployment.tag.name;
                                           });
        QVERIFY(expected != perDeployment.cend());
        QCOMPARE(deployment.leadTime.median, expected->second);
        ++series;
    }
    QCOMPARE(series, perDeployment.size());
    qInfo("%s: %lld deployments, lead time median %.0f s, p90 %.0f s over %lld commits, "
          "failure rate %lld/%lld",
          qPrintable(history),
          qint64(metrics->deploymentCount()),
          metrics->leadTime.median,
          metrics->leadTime.p90,
          qint64(metrics->leadTime.count),
          qint64(metrics->failures.size()),
          qint64(metrics->deploymentCount()));
}

QTEST_GUILESS_MAIN(TestMetricsFixtures)
#include "tst_metricsfixtures.moc"
