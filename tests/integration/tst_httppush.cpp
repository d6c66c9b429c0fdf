// SPDX-License-Identifier: GPL-3.0-or-later
// Releases pushed to a real git smart-HTTP server with basic authentication (lighttpd and
// git-http-backend on 127.0.0.1, started by the git_http fixture).
#include "drivertools.h"
#include "expectedcheck.h"
#include "httpserver.h"
#include "releasescenario.h"

#include "credentials/credentialhelperprovider.h"
#include "credentials/credentialprompt.h"
#include "git/error.h"
#include "git/library.h"
#include "git/references.h"
#include "release/preflight.h"
#include "release/releaserunner.h"
#include "release/tagcheck.h"

#include <QTest>

using namespace rd;
using rd::test::HttpServer;
using rd::test::ReleaseScenario;

namespace {

// Gives one fixed user name and password, and counts what happened to them.
class FixedProvider : public CredentialProvider
{
public:
    FixedProvider(QString user, QString password, Progress *cancelOnAsk = nullptr)
        : m_user(std::move(user))
        , m_password(std::move(password))
        , m_cancel(cancelOnAsk)
    {}
    QString name() const override { return QStringLiteral("the test"); }
    Result<std::optional<Credential>> fill(const CredentialRequest &) override
    {
        ++asked;
        if (m_cancel)
            m_cancel->cancel();
        return std::optional<Credential>(Credential{m_user, m_password, QStringLiteral("test")});
    }
    void approve(const CredentialRequest &, const Credential &) override { ++approved; }
    void reject(const CredentialRequest &, const Credential &) override { ++rejected; }

    int asked = 0;
    int approved = 0;
    int rejected = 0;

private:
    QString m_user;
    QString m_password;
    Progress *m_cancel;
};

std::shared_ptr<RemoteAccess> accessWith(std::shared_ptr<CredentialProvider> provider)
{
    return std::make_shared<RemoteAccess>([provider](const git::Repository &, const QString &) {
        CredentialChain chain;
        chain.add(provider);
        chain.add(std::make_shared<PromptCredentialProvider>(nullptr));
        return chain;
    });
}

} // namespace

class TestHttpPush : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void releaseWithCredentialHelper();
    void wrongPasswordIsClearAndChangesNothing();
    void noCredentialsSaysWhere();
    void cancelStopsThePush();
    void killedDriverResumesOverHttp();
    void userIsAskedOncePerRelease();

private:
    git::Library m_library;
    HttpServer m_server;
};

void TestHttpPush::initTestCase()
{
    QVERIFY2(m_server.load(), "the git_http fixture did not start the server");
}

void TestHttpPush::releaseWithCredentialHelper()
{
    const auto [url, folder] = m_server.newRepository();
    auto good = std::make_shared<FixedProvider>(m_server.user, m_server.password);
    ReleaseScenario s(url, folder, accessWith(good));
    QVERIFY2(s.isValid(), qPrintable(s.error()));

    // The release itself finds the password through git's credential-helper protocol.
    auto config = s.repo().config();
    QVERIFY(config);
    QVERIFY(config->setString(QStringLiteral("credential.helper"),
                              QStringLiteral("!f() { test \"$1\" = get && printf "
                                             "'username=%s\\npassword=%s\\n' '%1' '%2'; }; f")
                                      .arg(m_server.user, m_server.password)));
    auto helper = CredentialHelperProvider::fromConfig(s.repo(), url);
    QCOMPARE(helper.helpers().size(), 1);
    RemoteAccess remotes([](const git::Repository &repository, const QString &remoteUrl) {
        CredentialChain chain;
        chain.add(std::make_shared<CredentialHelperProvider>(
                CredentialHelperProvider::fromConfig(repository, remoteUrl)));
        return chain;
    });

    PreflightContext context(s.repo());
    context.remote = QStringLiteral("origin");
    context.remotes = &remotes;
    context.tagName = QStringLiteral("v1.1.0");
    context.version = *Version::parse(u"1.1.0");
    TagCheck tagCheck;
    const CheckResult free = tagCheck.run(context, nullptr);
    QVERIFY2(free.status == CheckResult::Status::Pass, qPrintable(free.message));

    auto plan = s.plan();
    QVERIFY(plan);
    ReleaseRunner runner(s.repo(), {&remotes, nullptr});
    auto done = runner.run(*plan);
    RD_VERIFY_OK(done);
    QCOMPARE(s.remoteRef(QStringLiteral("refs/heads/main")),
             std::optional<git::Oid>(s.local().head()));
    git::References refs(s.repo());
    QCOMPARE(s.remoteRef(QStringLiteral("refs/tags/v1.1.0")),
             *refs.target(QStringLiteral("refs/tags/v1.1.0")));

    // Now the tag is there, the pre-flight says so.
    PreflightContext again(s.repo());
    again.remote = QStringLiteral("origin");
    again.remotes = &remotes;
    again.tagName = QStringLiteral("v1.1.0");
    again.version = *Version::parse(u"1.1.0");
    const CheckResult taken = tagCheck.run(again, nullptr);
    QCOMPARE(taken.status, CheckResult::Status::Fail);
    QVERIFY2(taken.message.contains(QStringLiteral("already exists on origin")),
             qPrintable(taken.message));
}

void TestHttpPush::wrongPasswordIsClearAndChangesNothing()
{
    const auto [url, folder] = m_server.newRepository();
    auto good = std::make_shared<FixedProvider>(m_server.user, m_server.password);
    ReleaseScenario s(url, folder, accessWith(good));
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    QVERIFY(good->approved > 0);

    auto wrong = std::make_shared<FixedProvider>(m_server.user, QStringLiteral("not-the-password"));
    auto remotes = accessWith(wrong);

    // The pre-flight catches it before anything is done.
    PreflightContext context(s.repo());
    context.remote = QStringLiteral("origin");
    context.remotes = remotes.get();
    context.tagName = QStringLiteral("v1.1.0");
    context.version = *Version::parse(u"1.1.0");
    const CheckResult check = TagCheck().run(context, nullptr);
    QCOMPARE(check.status, CheckResult::Status::Fail);
    QVERIFY2(check.message.contains(QStringLiteral("did not accept the credentials")),
             qPrintable(check.message));
    QVERIFY2(check.message.contains(url), qPrintable(check.message));
    QVERIFY2(!check.message.contains(QStringLiteral("not-the-password")),
             qPrintable(check.message));
    QCOMPARE(wrong->rejected, 1);

    // Run anyway: the push step fails with git.auth, the remote is untouched.
    auto plan = s.plan();
    QVERIFY(plan);
    ReleaseRunner runner(s.repo(), {remotes.get(), nullptr});
    auto done = runner.run(*plan);
    QVERIFY(!done);
    QCOMPARE(done.error().code, git::errc::auth.toString());
    QCOMPARE(s.remoteRef(QStringLiteral("refs/heads/main")), std::optional<git::Oid>(s.base()));
    QVERIFY(!s.remoteRef(QStringLiteral("refs/tags/v1.1.0")));

    // Abort needs no confirmation: a refused login changed nothing on the server.
    ReleaseRunner aborter(s.repo(), {remotes.get(), nullptr});
    auto aborted = aborter.abort(false);
    RD_VERIFY_OK(aborted);
    QCOMPARE(s.local().head(), s.base());
    git::References refs(s.repo());
    QVERIFY(!*refs.target(QStringLiteral("refs/tags/v1.1.0")));

    // With the right password the same release goes through.
    auto again = s.plan();
    QVERIFY(again);
    auto goodRemotes = accessWith(good);
    ReleaseRunner retry(s.repo(), {goodRemotes.get(), nullptr});
    auto ok = retry.run(*again);
    RD_VERIFY_OK(ok);
    QVERIFY(s.remoteRef(QStringLiteral("refs/tags/v1.1.0")));
}

void TestHttpPush::noCredentialsSaysWhere()
{
    const auto [url, folder] = m_server.newRepository();
    auto good = std::make_shared<FixedProvider>(m_server.user, m_server.password);
    ReleaseScenario s(url, folder, accessWith(good));
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    RemoteAccess nobody([](const git::Repository &repository, const QString &remoteUrl) {
        CredentialChain chain;
        chain.add(std::make_shared<CredentialHelperProvider>(
                CredentialHelperProvider::fromConfig(repository, remoteUrl)));
        chain.add(std::make_shared<PromptCredentialProvider>(nullptr));
        return chain;
    });
    auto heads = nobody.list(s.repo(),
                             QStringLiteral("origin"),
                             git::Remote::Direction::Push,
                             nullptr);
    QVERIFY(!heads);
    QCOMPARE(heads.error().code, git::errc::auth.toString());
    QVERIFY2(heads.error().message.contains(QStringLiteral("credential helper had nothing")),
             qPrintable(heads.error().message));
    QVERIFY2(heads.error().message.contains(QStringLiteral("non-interactive")),
             qPrintable(heads.error().message));
}

void TestHttpPush::cancelStopsThePush()
{
    const auto [url, folder] = m_server.newRepository();
    auto good = std::make_shared<FixedProvider>(m_server.user, m_server.password);
    ReleaseScenario s(url, folder, accessWith(good));
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    Progress progress;
    auto cancelling = std::make_shared<FixedProvider>(m_server.user, m_server.password, &progress);
    auto remotes = accessWith(cancelling);
    QVERIFY(s.local().commit(QStringLiteral("feat: more"), {{QStringLiteral("x"), "x"}}).isNull()
            == false);
    auto pushed = remotes->push(s.repo(),
                                QStringLiteral("origin"),
                                {QStringLiteral("refs/heads/main:refs/heads/main")},
                                &progress);
    QVERIFY(!pushed);
    QCOMPARE(pushed.error().code, rd::errc::cancelled.toString());
    QCOMPARE(s.remoteRef(QStringLiteral("refs/heads/main")), std::optional<git::Oid>(s.base()));
}

void TestHttpPush::killedDriverResumesOverHttp()
{
    const auto [url, folder] = m_server.newRepository();
    auto good = std::make_shared<FixedProvider>(m_server.user, m_server.password);
    ReleaseScenario s(url, folder, accessWith(good));
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    auto config = s.repo().config();
    QVERIFY(config->setString(QStringLiteral("credential.helper"),
                              QStringLiteral("!f() { test \"$1\" = get && printf "
                                             "'username=%s\\npassword=%s\\n' '%1' '%2'; }; f")
                                      .arg(m_server.user, m_server.password)));
    const QStringList release{QStringLiteral("release"),
                              QStringLiteral("--repo"),
                              s.local().path(),
                              QStringLiteral("--version"),
                              QStringLiteral("1.1.0"),
                              QStringLiteral("--no-keychain")};
    // The plan here is tag then push: kill after the push, before the journal knows.
    QProcessEnvironment kill;
    kill.insert(QStringLiteral("RELEASEDESK_FAIL_AFTER_STEP"), QStringLiteral("2"));
    const auto killed = rd::test::runDriver(release, kill);
    QVERIFY2(killed.crashed || killed.exitCode != 0, qPrintable(killed.output));
    auto repo = git::Repository::open(s.local().path());
    git::References refs(*repo);
    const auto tag = *refs.target(QStringLiteral("refs/tags/v1.1.0"));
    QVERIFY(tag);
    QCOMPARE(s.remoteRef(QStringLiteral("refs/tags/v1.1.0")), tag);

    const auto resumed = rd::test::runDriver({QStringLiteral("resume"),
                                              QStringLiteral("--repo"),
                                              s.local().path(),
                                              QStringLiteral("--no-keychain")});
    QVERIFY2(!resumed.crashed && resumed.exitCode == 0, qPrintable(resumed.output));
    QVERIFY2(resumed.output.contains(QStringLiteral("Already done: Push")),
             qPrintable(resumed.output));
    QCOMPARE(*refs.target(QStringLiteral("refs/tags/v1.1.0")), tag);
    QCOMPARE(s.remoteRef(QStringLiteral("refs/tags/v1.1.0")), tag);
    QCOMPARE(s.remoteRef(QStringLiteral("refs/heads/main")), std::optional<git::Oid>(s.base()));
}

void TestHttpPush::userIsAskedOncePerRelease()
{
    const auto [url, folder] = m_server.newRepository();
    auto good = std::make_shared<FixedProvider>(m_server.user, m_server.password);
    ReleaseScenario s(url, folder, accessWith(good));
    QVERIFY2(s.isValid(), qPrintable(s.error()));
    class CountingPrompt : public CredentialPrompt
    {
    public:
        CountingPrompt(QString user, QString password)
            : m_user(std::move(user))
            , m_password(std::move(password))
        {}
        std::optional<Credential> ask(const CredentialRequest &, QString *) override
        {
            ++asked;
            return Credential{m_user, m_password, {}};
        }
        int asked = 0;

    private:
        QString m_user;
        QString m_password;
    } prompt(m_server.user, m_server.password);
    RemoteAccess remotes([&prompt](const git::Repository &, const QString &) {
        CredentialChain chain;
        chain.add(std::make_shared<PromptCredentialProvider>(&prompt));
        return chain;
    });
    // Pre-flight (ls-remote), then the run (checks the remote, pushes): one question.
    PreflightContext context(s.repo());
    context.remote = QStringLiteral("origin");
    context.remotes = &remotes;
    context.tagName = QStringLiteral("v1.1.0");
    context.version = *Version::parse(u"1.1.0");
    QCOMPARE(TagCheck().run(context, nullptr).status, CheckResult::Status::Pass);
    auto plan = s.plan();
    QVERIFY(plan);
    ReleaseRunner runner(s.repo(), {&remotes, nullptr});
    auto done = runner.run(*plan);
    RD_VERIFY_OK(done);
    QCOMPARE(prompt.asked, 1);
    QVERIFY(s.remoteRef(QStringLiteral("refs/tags/v1.1.0")));
}

QTEST_GUILESS_MAIN(TestHttpPush)
#include "tst_httppush.moc"
