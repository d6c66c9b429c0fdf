// SPDX-License-Identifier: GPL-3.0-or-later
// The servers a project sends tokens to (its forge and the registries it publishes to), with
// the keychain entry of each, and where each token comes from now: the environment and the
// files a release reads; without a session bus the keychain is a note, not an error.
#include "scratchrepository.h"

#include "git/library.h"
#include "project/project.h"
#include "releasedraft/tokentargets.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using rd::test::ScratchRepository;

class TestTokenTargets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void forgeAndPublishingRegistries();
    void brokenConfigurationIsAProblem();
    void tokensFromTheEnvironment();
    void typedAddress();

private:
    std::optional<Project> project(ScratchRepository &scratch, const QByteArray &config);
    git::Library m_library;
    QTemporaryDir m_home;
};

void TestTokenTargets::initTestCase()
{
    // No session bus: the keychain answers at once that it cannot be reached.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    for (const char *name : {"NPM_TOKEN",
                             "TWINE_PASSWORD",
                             "PYPI_TOKEN",
                             "GITHUB_TOKEN",
                             "GH_TOKEN",
                             "GITLAB_TOKEN",
                             "RELEASEDESK_OCI_PASSWORD",
                             "RELEASEDESK_OCI_USERNAME",
                             "TWINE_REPOSITORY_URL"})
        qunsetenv(name);
    qputenv("HOME", m_home.path().toUtf8()); // no ~/.npmrc, no git identity of the machine
}

std::optional<Project> TestTokenTargets::project(ScratchRepository &scratch,
                                                 const QByteArray &config)
{
    scratch.commit(QStringLiteral("feat: first"),
                   {{QStringLiteral(".releasedesk.yml"), config}, {QStringLiteral("a"), "1"}});
    auto gitConfig = scratch.repo().config();
    if (!gitConfig
        || !gitConfig->setString(QStringLiteral("remote.origin.url"),
                                 QStringLiteral("git@github.com:acme/widgets.git")))
        return std::nullopt;
    auto opened = Project::open(scratch.path());
    if (!opened)
        return std::nullopt;
    return std::move(*opened);
}

void TestTokenTargets::forgeAndPublishingRegistries()
{
    ScratchRepository scratch;
    const auto opened
            = project(scratch,
                      "registries:\n"
                      "  - { type: npm, package: app, url: \"http://127.0.0.1:4873\", "
                      "publish: app.tgz }\n"
                      "  - { type: npm, package: other, url: \"http://127.0.0.1:4873/\", "
                      "publish: other.tgz }\n"
                      "  - { type: npm, package: read-only, url: \"http://127.0.0.1:4999\" }\n"
                      "  - { type: pypi, package: team-app, url: \"http://127.0.0.1:8080/pypi\", "
                      "upload_url: \"http://127.0.0.1:8080/legacy/\", publish: \"dist/*\" }\n"
                      "  - { type: oci, image: \"127.0.0.1:5000/team/app\", "
                      "publish: \"sha-{commit}\" }\n"
                      "  - { type: github-release, publish: true }\n");
    QVERIFY(opened);
    const TokenTargets listed = TokenTargets::of(*opened);
    QVERIFY2(listed.problems.isEmpty(), qPrintable(listed.problems.join(u'\n')));
    QCOMPARE(listed.targets.size(), 4);

    const TokenTarget &forge = listed.targets.at(0);
    QCOMPARE(forge.kind, TokenTarget::Kind::Forge);
    QCOMPARE(forge.what, QStringLiteral("GitHub acme/widgets at https://api.github.com"));
    QCOMPARE(forge.origin, QStringLiteral("https://github.com"));
    QVERIFY(forge.forge.has_value());
    QVERIFY(!forge.wantsUsername());

    // Two npm packages on one registry share one entry; an entry without publish: sends none.
    const TokenTarget &npm = listed.targets.at(1);
    QCOMPARE(npm.kind, TokenTarget::Kind::Npm);
    QCOMPARE(npm.origin, QStringLiteral("http://127.0.0.1:4873"));
    QVERIFY2(npm.comesFrom.endsWith(QStringLiteral("/.releasedesk.yml:2")),
             qPrintable(npm.comesFrom));

    // PyPI's token goes with the upload, so its entry is the upload address's origin.
    const TokenTarget &pypi = listed.targets.at(2);
    QCOMPARE(pypi.kind, TokenTarget::Kind::PyPI);
    QCOMPARE(pypi.address, QUrl(QStringLiteral("http://127.0.0.1:8080/legacy/")));
    QCOMPARE(pypi.origin, QStringLiteral("http://127.0.0.1:8080"));

    const TokenTarget &oci = listed.targets.at(3);
    QCOMPARE(oci.kind, TokenTarget::Kind::Oci);
    QCOMPARE(oci.origin,
             QStringLiteral("http://127.0.0.1:5000")); // a loopback registry speaks http
    QVERIFY(oci.wantsUsername());
}

void TestTokenTargets::brokenConfigurationIsAProblem()
{
    ScratchRepository scratch;
    const auto opened = project(scratch, "registries: [ { type: nmp, package: x } ]\n");
    QVERIFY(opened);
    const TokenTargets broken = TokenTargets::of(*opened);
    QCOMPARE(broken.targets.size(), 1); // the forge is still listed
    QCOMPARE(broken.problems.size(), 1);
    QVERIFY2(broken.problems.first().contains(QStringLiteral("nmp")),
             qPrintable(broken.problems.first()));

    ScratchRepository unknownForge;
    unknownForge.commit(QStringLiteral("feat: first"), {{QStringLiteral("a"), "1"}});
    auto config = unknownForge.repo().config();
    QVERIFY(config);
    QVERIFY(config->setString(QStringLiteral("remote.origin.url"),
                              QStringLiteral("https://git.example.org/acme/widgets.git")));
    auto plain = Project::open(unknownForge.path());
    QVERIFY(plain);
    const TokenTargets listed = TokenTargets::of(*plain);
    QVERIFY(listed.targets.isEmpty());
    QCOMPARE(listed.problems.size(), 1);
    QVERIFY2(listed.problems.first().contains(QStringLiteral("git.example.org")),
             qPrintable(listed.problems.first()));
}

void TestTokenTargets::tokensFromTheEnvironment()
{
    ScratchRepository scratch;
    const auto opened = project(scratch,
                                "registries:\n"
                                "  - { type: npm, package: app, url: \"http://127.0.0.1:4873\", "
                                "publish: app.tgz }\n");
    QVERIFY(opened);
    const TokenTargets listed = TokenTargets::of(*opened);
    QCOMPARE(listed.targets.size(), 2);

    TokenState forge = TokenState::of(listed.targets.at(0), *opened, 2000);
    TokenState npm = TokenState::of(listed.targets.at(1), *opened, 2000);
    QVERIFY(!forge.hasToken());
    QVERIFY(!npm.hasToken());
    // The unreachable keychain is said, not hidden.
    QVERIFY2(!npm.notes.isEmpty(), "the keychain's failure is a note");

    qputenv("GITHUB_TOKEN", "ghp_forge");
    qputenv("NPM_TOKEN", "npm_registry");
    forge = TokenState::of(listed.targets.at(0), *opened, 2000);
    npm = TokenState::of(listed.targets.at(1), *opened, 2000);
    qunsetenv("GITHUB_TOKEN");
    qunsetenv("NPM_TOKEN");
    QCOMPARE(forge.source, QStringLiteral("GITHUB_TOKEN"));
    QVERIFY(!forge.fromKeychain);
    QCOMPARE(npm.source, QStringLiteral("NPM_TOKEN"));
    QVERIFY(!npm.fromKeychain);

    // The project's .npmrc holds a token for the registry.
    scratch.writeFile(QStringLiteral(".npmrc"), "//127.0.0.1:4873/:_authToken=from-file\n");
    npm = TokenState::of(listed.targets.at(1), *opened, 2000);
    QVERIFY2(npm.source.contains(QStringLiteral(".npmrc")), qPrintable(npm.source));
}

void TestTokenTargets::typedAddress()
{
    auto typed = TokenTargets::forAddress(QStringLiteral("https://registry.example.org:443/npm/"));
    QVERIFY(typed);
    QCOMPARE(typed->origin, QStringLiteral("https://registry.example.org"));
    auto wrong = TokenTargets::forAddress(QStringLiteral("registry without scheme"));
    QVERIFY(!wrong);
    QVERIFY(!wrong.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestTokenTargets)
#include "tst_tokentargets.moc"
