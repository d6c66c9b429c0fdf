// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedcheck.h"
#include "scratchrepository.h"

#include "changelog/repositorylinks.h"
#include "git/library.h"

#include <QTest>

using namespace rd;

namespace {

ProjectConfig config(const QByteArray &yaml)
{
    auto parsed = ProjectConfig::parse(yaml, QStringLiteral("test.yml"));
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().toString()));
    return *parsed;
}

} // namespace

class TestRepositoryLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void remoteForms_data();
    void remoteForms();
    void linksOfEachHost_data();
    void linksOfEachHost();
    void configuredLinks();
    void configErrors_data();
    void configErrors();
    void originOfARepository();

private:
    git::Library m_library;
};

void TestRepositoryLinks::remoteForms_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("base"); // empty: no links

    const QString github = QStringLiteral("https://github.com/semantic-release/semantic-release");
    QTest::newRow("https") << "https://github.com/semantic-release/semantic-release.git" << github;
    QTest::newRow("https no .git")
            << "https://github.com/semantic-release/semantic-release" << github;
    QTest::newRow("https slash") << "https://github.com/semantic-release/semantic-release/"
                                 << github;
    QTest::newRow("https token") << "https://x-access-token:s3cret@github.com/semantic-release/"
                                    "semantic-release.git"
                                 << github;
    QTest::newRow("scp") << "git@github.com:semantic-release/semantic-release.git" << github;
    QTest::newRow("scp no user") << "github.com:semantic-release/semantic-release" << github;
    QTest::newRow("ssh") << "ssh://git@github.com/semantic-release/semantic-release.git" << github;
    QTest::newRow("ssh port") << "ssh://git@github.com:22/semantic-release/semantic-release.git"
                              << github;
    QTest::newRow("ssh 443") << "ssh://git@ssh.github.com:443/semantic-release/"
                                "semantic-release.git"
                             << github;
    QTest::newRow("git+ssh") << "git+ssh://git@github.com/semantic-release/semantic-release"
                             << github;
    QTest::newRow("git protocol") << "git://github.com/semantic-release/semantic-release.git"
                                  << github;
    QTest::newRow("upper-case host")
            << "https://GitHub.com/semantic-release/semantic-release" << github;
    QTest::newRow("enterprise") << "git@github.example.com:team/app.git"
                                << "https://github.example.com/team/app";
    QTest::newRow("gitlab https") << "https://gitlab.com/gitlab-org/gitlab-runner.git"
                                  << "https://gitlab.com/gitlab-org/gitlab-runner";
    QTest::newRow("gitlab subgroups") << "git@gitlab.com:group/sub/deeper/project.git"
                                      << "https://gitlab.com/group/sub/deeper/project";
    QTest::newRow("gitlab ssh port") << "ssh://git@gitlab.example.org:2222/team/app.git"
                                     << "https://gitlab.example.org/team/app";
    QTest::newRow("self-hosted http") << "http://gitlab.intranet.example/team/app.git"
                                      << "http://gitlab.intranet.example/team/app";
    QTest::newRow("codeberg") << "https://codeberg.org/forgejo/forgejo.git"
                              << "https://codeberg.org/forgejo/forgejo";
    QTest::newRow("unknown host") << "https://git.example.org/team/app.git"
                                  << "";
    QTest::newRow("bitbucket") << "git@bitbucket.org:team/app.git"
                               << "";
    QTest::newRow("local path") << "/srv/git/app.git"
                                << "";
    QTest::newRow("relative path") << "../app"
                                   << "";
    QTest::newRow("file url") << "file:///srv/git/github/app.git"
                              << "";
    QTest::newRow("no path") << "https://github.com/"
                             << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestRepositoryLinks::remoteForms()
{
    QFETCH(QString, url);
    QFETCH(QString, base);
    const auto links = RepositoryLinks::fromRemoteUrl(url);
    QCOMPARE(links.has_value(), !base.isEmpty());
    if (!links)
        return;
    QCOMPARE(links->base(), base);
    QVERIFY(!links->commit(QStringLiteral("abc")).contains(QStringLiteral("s3cret")));
}

void TestRepositoryLinks::linksOfEachHost_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("commit");
    QTest::addColumn<QString>("compare");
    QTest::addColumn<QString>("issue");
    QTest::addColumn<QString>("mergeRequest");
    QTest::addColumn<QString>("otherIssue");
    QTest::newRow("github") << "git@github.com:o/r.git"
                            << "https://github.com/o/r/commit/abc123"
                            << "https://github.com/o/r/compare/v1.0.0...v1.1.0"
                            << "https://github.com/o/r/issues/12"
                            << "https://github.com/o/r/pull/7"
                            << "https://github.com/x/y/issues/3";
    QTest::newRow("gitlab") << "https://gitlab.com/g/s/r.git"
                            << "https://gitlab.com/g/s/r/-/commit/abc123"
                            << "https://gitlab.com/g/s/r/-/compare/v1.0.0...v1.1.0"
                            << "https://gitlab.com/g/s/r/-/issues/12"
                            << "https://gitlab.com/g/s/r/-/merge_requests/7"
                            << "https://gitlab.com/x/y/-/issues/3";
}

void TestRepositoryLinks::linksOfEachHost()
{
    QFETCH(QString, url);
    const auto links = RepositoryLinks::fromRemoteUrl(url);
    QVERIFY(links);
    QTEST(links->commit(QStringLiteral("abc123")), "commit");
    QTEST(links->compare(QStringLiteral("v1.0.0"), QStringLiteral("v1.1.0")), "compare");
    QTEST(links->issue(QStringLiteral("12")), "issue");
    QTEST(links->mergeRequest(QStringLiteral("7")), "mergeRequest");
    QTEST(links->otherIssue(QStringLiteral("x/y"), QStringLiteral("3")), "otherIssue");
}

void TestRepositoryLinks::configuredLinks()
{
    // A host whose name says nothing: the type tells the URL scheme.
    auto typed = RepositoryLinks::fromConfig(config("links:\n  type: gitlab\n"),
                                             QStringLiteral("git@code.example.org:team/app.git"));
    QVERIFY(typed);
    QCOMPARE(typed->commit(QStringLiteral("abc")),
             QStringLiteral("https://code.example.org/team/app/-/commit/abc"));

    // Any host: a base and templates; the issue tracker may be elsewhere.
    auto custom = RepositoryLinks::fromConfig(
            config("links:\n  base: https://git.example.org/team/app/\n"
                   "  commit: \"{base}/commits/{short}\"\n"
                   "  compare: \"{base}/compare?from={from}&to={to}\"\n"
                   "  issue: \"https://tracker.example.org/browse/APP-{number}\"\n"),
            QStringLiteral("ssh://git@git.example.org/team/app.git"));
    RD_VERIFY_OK(custom);
    QCOMPARE(custom->base(), QStringLiteral("https://git.example.org/team/app"));
    QCOMPARE(custom->commit(QStringLiteral("0123456789abcdef")),
             QStringLiteral("https://git.example.org/team/app/commits/0123456"));
    QCOMPARE(custom->compare(QStringLiteral("v1"), QStringLiteral("v2")),
             QStringLiteral("https://git.example.org/team/app/compare?from=v1&to=v2"));
    QCOMPARE(custom->issue(QStringLiteral("5")),
             QStringLiteral("https://tracker.example.org/browse/APP-5"));
    QCOMPARE(custom->mergeRequest(QStringLiteral("5")), custom->issue(QStringLiteral("5")));

    // Overriding one template of a known host keeps the others.
    auto tracker = RepositoryLinks::fromConfig(
            config("links:\n  issue: \"https://jira.example.org/browse/{number}\"\n"),
            QStringLiteral("git@github.com:o/r.git"));
    QVERIFY(tracker);
    QCOMPARE(tracker->commit(QStringLiteral("a")),
             QStringLiteral("https://github.com/o/r/commit/a"));
    QCOMPARE(tracker->issue(QStringLiteral("9")),
             QStringLiteral("https://jira.example.org/browse/9"));

    auto off = RepositoryLinks::fromConfig(config("links: false\n"),
                                           QStringLiteral("git@github.com:o/r.git"));
    QVERIFY(off);
    QVERIFY(off->isEmpty());
    QVERIFY(off->commit(QStringLiteral("a")).isEmpty());

    auto unknown = RepositoryLinks::fromConfig(config({}),
                                               QStringLiteral("git@git.example.org:o/r.git"));
    QVERIFY(unknown);
    QVERIFY(unknown->isEmpty());
    QVERIFY(unknown->compare(QStringLiteral("a"), QStringLiteral("b")).isEmpty());
}

void TestRepositoryLinks::configErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown key") << QByteArray("links:\n  commits: x\n") << "links.commits";
    QTest::newRow("type") << QByteArray("links:\n  type: bitbucket\n") << "links.type";
    QTest::newRow("base") << QByteArray("links:\n  base: not a url\n") << "links.base";
    QTest::newRow("base without host")
            << QByteArray("links:\n  commit: \"{base}/c/{hash}\"\n") << "set links.base";
    QTest::newRow("scalar") << QByteArray("links: sometimes\n") << "expected false";
}

void TestRepositoryLinks::configErrors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    auto links = RepositoryLinks::fromConfig(config(yaml),
                                             QStringLiteral("git@git.example.org:o/r.git"));
    QVERIFY(!links);
    QVERIFY2(links.error().toString().contains(expected), qPrintable(links.error().toString()));
}

void TestRepositoryLinks::originOfARepository()
{
    rd::test::ScratchRepository scratch;
    auto gitConfig = scratch.repo().config();
    QVERIFY(gitConfig);
    QVERIFY(gitConfig->setString(QStringLiteral("remote.origin.url"),
                                 QStringLiteral("git@gitlab.com:team/app.git")));
    QVERIFY(gitConfig->setString(QStringLiteral("remote.mirror.url"),
                                 QStringLiteral("https://github.com/team/app.git")));
    auto origin = RepositoryLinks::fromConfig(config({}), scratch.repo());
    QVERIFY(origin);
    QCOMPARE(origin->host(), RepositoryLinks::Host::GitLab);
    auto mirror = RepositoryLinks::fromConfig(config("links:\n  remote: mirror\n"), scratch.repo());
    QVERIFY(mirror);
    QCOMPARE(mirror->base(), QStringLiteral("https://github.com/team/app"));
    auto missing = RepositoryLinks::fromConfig(config("links:\n  remote: upstream\n"),
                                               scratch.repo());
    QVERIFY(missing);
    QVERIFY(missing->isEmpty()); // no such remote: no links, not an error
}

QTEST_GUILESS_MAIN(TestRepositoryLinks)
#include "tst_repositorylinks.moc"
