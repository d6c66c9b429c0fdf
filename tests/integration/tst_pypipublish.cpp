// SPDX-License-Identifier: GPL-3.0-or-later
// The PyPI publish step against the PyPI double (tests/servers/pypi-double, Warehouse's upload
// rules, on 127.0.0.1): wheels and sdists built by Debian's python3 with setuptools, what was
// published fetched back by the real `pip download`, and the form fields of our upload compared
// with the real twine's for the same files. The release driver is killed around the publish
// step and resumed: every way ends with each file uploaded exactly once. Another file under the
// same name is refused naming both sha256 digests; 401 and 403 have their own messages.
#include "drivertools.h"
#include "expectedcheck.h"
#include "programrun.h"
#include "scratchrepository.h"
#include "serverstate.h"

#include "git/library.h"
#include "net/httpclient.h"
#include "publish/npmpublishstep.h"
#include "publish/publishsteps.h"
#include "publish/pypipublishstep.h"
#include "release/stepcontext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using rd::test::ScratchRepository;

class TestPypiPublish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void publishesThenPipDownloadsIt();
    void killedAroundThePublishResumesToOneUpload_data();
    void killedAroundThePublishResumesToOneUpload();
    void otherContentUnderThatFileNameIsRefused();
    void wrongVersionOrNameIsRefusedWhenPlanning();
    void tokenFaultsSayWhatToDo();
    void serverErrorIsCheckedAndResumable();
    void formFieldsAreTwines();

private:
    QString uniqueName() const;
    // Builds an sdist and a wheel of NAME VERSION with setuptools; their absolute paths.
    QStringList build(const QString &name,
                      const QString &version,
                      const QString &content,
                      const QString &extraSetup = {});
    bool run(const QString &program,
             const QStringList &arguments,
             const QString &workDir,
             QByteArray *out = nullptr);
    RegistryTarget target(const QString &package) const;
    // The step for `files` of `package` (the test double's index and upload address).
    Result<std::unique_ptr<PypiPublishStep>> plan(
            const QString &package,
            const QStringList &files,
            const std::optional<Version> &expected = std::nullopt) const;
    // A context on the repository every direct step run shares (the step does not touch it).
    StepContext context() { return StepContext{m_scratch->repo(), nullptr, nullptr, nullptr, {}}; }
    QJsonArray requests();
    // The POSTs to the upload API that carried `fileName`.
    QList<QJsonObject> uploadsOf(const QString &fileName);
    QJsonObject project(const QString &name);
    // The double answers the next upload with `status` (and `body`).
    void inject(int status, const QString &body = {});
    test::DriverRun release(const QString &repo,
                            const QString &package,
                            const QStringList &files,
                            const QProcessEnvironment &extra = {});

    git::Library m_library;
    QTemporaryDir m_home;
    QString m_url;
    QString m_token;
    QString m_python;
    std::unique_ptr<ScratchRepository> m_scratch;
};

void TestPypiPublish::initTestCase()
{
    registerPublishSteps();
    // The steps ask the system keychain first: never the user's own (tst_keychaintoken has a
    // private one); without a session bus that lookup fails at once and the step moves on.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    m_url = test::serverStateFile("RELEASEDESK_TEST_PYPI", QStringLiteral("url"));
    m_token = test::serverStateFile("RELEASEDESK_TEST_PYPI", QStringLiteral("token"));
    QVERIFY2(!m_url.isEmpty() && !m_token.isEmpty(),
             "the PyPI double is not running: run the test through ctest");
    QVERIFY(m_home.isValid());
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("PIP_CONFIG_FILE", "/dev/null");
    qputenv("PIP_NO_INPUT", "1");
    qunsetenv("TWINE_REPOSITORY_URL");
    // Debian's python3 with python3-setuptools and python3-wheel (scripts/deps) builds the
    // distributions: the one twine runs on.
    m_python = QStringLiteral("/usr/bin/python3");
    QVERIFY2(run(m_python,
                 {QStringLiteral("-c"), QStringLiteral("import setuptools, wheel, twine")},
                 m_home.path()),
             "python3 lacks setuptools, wheel or twine: run scripts/deps");
    QVERIFY(QFileInfo::exists(qEnvironmentVariable("RELEASEDESK_DRIVER")));
    m_scratch = std::make_unique<ScratchRepository>();
    test::releaseRepository(*m_scratch);
}

void TestPypiPublish::init()
{
    qunsetenv("TWINE_PASSWORD");
    qunsetenv("PYPI_TOKEN");
    net::HttpClient client;
    net::HttpRequest clear;
    clear.method = "POST";
    clear.url = QUrl(m_url + QStringLiteral("/_control/clear-faults"));
    QVERIFY(client.send(clear));
}

QString TestPypiPublish::uniqueName() const
{
    // No separators: setuptools of Debian 12 keeps "-" in sdist names, which the index refuses.
    return QStringLiteral("rdpub%1").arg(QRandomGenerator::global()->generate(),
                                         8,
                                         16,
                                         QLatin1Char('0'));
}

bool TestPypiPublish::run(const QString &program,
                          const QStringList &arguments,
                          const QString &workDir,
                          QByteArray *out)
{
    const QByteArray output = test::programOutput(program, arguments, workDir);
    if (out)
        *out = output;
    return !output.isNull();
}

QStringList TestPypiPublish::build(const QString &name,
                                   const QString &version,
                                   const QString &content,
                                   const QString &extraSetup)
{
    const QString dir = m_home.filePath(QStringLiteral("build/%1-%2-%3")
                                                .arg(name, version)
                                                .arg(QRandomGenerator::global()->generate()));
    QDir().mkpath(dir + u'/' + name);
    QFile init(dir + u'/' + name + QStringLiteral("/__init__.py"));
    QFile setup(dir + QStringLiteral("/setup.py"));
    if (!init.open(QIODevice::WriteOnly) || !setup.open(QIODevice::WriteOnly))
        return {};
    init.write(QStringLiteral("VALUE = %1\n").arg(content).toUtf8());
    setup.write(QStringLiteral("from setuptools import setup\n"
                               "setup(name=%1, version=%2, packages=[%1], license='MIT',\n"
                               "      description='ReleaseDesk publish test'%3)\n")
                        .arg(u'\'' + name + u'\'', u'\'' + version + u'\'', extraSetup)
                        .toUtf8());
    init.close();
    setup.close();
    if (!run(m_python,
             {QStringLiteral("setup.py"),
              QStringLiteral("-q"),
              QStringLiteral("sdist"),
              QStringLiteral("bdist_wheel")},
             dir))
        return {};
    QStringList files;
    for (const QFileInfo &file : QDir(dir + QStringLiteral("/dist")).entryInfoList(QDir::Files))
        files.append(file.absoluteFilePath());
    return files;
}

RegistryTarget TestPypiPublish::target(const QString &package) const
{
    RegistryTarget target;
    target.type = RegistryTarget::Type::PyPI;
    target.package = package;
    target.url = QUrl(m_url);
    target.origin = QStringLiteral("test");
    return target;
}

QJsonArray TestPypiPublish::requests()
{
    net::HttpClient client;
    auto answer = client.sendJson(
            net::HttpRequest::get(QUrl(m_url + QStringLiteral("/_control/requests"))));
    return answer ? answer->object().value(u"requests").toArray() : QJsonArray();
}

QList<QJsonObject> TestPypiPublish::uploadsOf(const QString &fileName)
{
    QList<QJsonObject> found;
    for (const QJsonValue &value : requests()) {
        const QJsonObject request = value.toObject();
        if (request.value(u"method").toString() == u"POST"
            && request.value(u"filename").toString() == fileName)
            found.append(request);
    }
    return found;
}

QJsonObject TestPypiPublish::project(const QString &name)
{
    net::HttpClient client;
    net::HttpRequest request = net::HttpRequest::get(
            QUrl(m_url + QStringLiteral("/pypi/%1/json").arg(name)));
    request.passStatuses = {404};
    auto answer = client.send(request);
    return answer && answer->status == 200 ? QJsonDocument::fromJson(answer->body).object()
                                           : QJsonObject();
}

void TestPypiPublish::inject(int status, const QString &body)
{
    net::HttpClient client;
    QJsonObject fault{{QStringLiteral("status"), status},
                      {QStringLiteral("path"), QStringLiteral("/legacy/")}};
    if (!body.isEmpty())
        fault.insert(QStringLiteral("body"), body);
    QVERIFY(client.send(net::HttpRequest::json("POST",
                                               QUrl(m_url + QStringLiteral("/_control/fault")),
                                               QJsonDocument(fault))));
}

Result<std::unique_ptr<PypiPublishStep>> TestPypiPublish::plan(
        const QString &package,
        const QStringList &files,
        const std::optional<Version> &expected) const
{
    return PypiPublishStep::plan(target(package),
                                 QUrl(m_url + QStringLiteral("/legacy/")),
                                 files,
                                 expected);
}

test::DriverRun TestPypiPublish::release(const QString &repo,
                                         const QString &package,
                                         const QStringList &files,
                                         const QProcessEnvironment &extra)
{
    QStringList arguments{QStringLiteral("release"),
                          QStringLiteral("--repo"),
                          repo,
                          QStringLiteral("--version"),
                          QStringLiteral("1.0.0"),
                          QStringLiteral("--no-push"),
                          QStringLiteral("--no-keychain"),
                          QStringLiteral("--pypi-package"),
                          package,
                          QStringLiteral("--pypi-index"),
                          m_url,
                          QStringLiteral("--pypi-upload"),
                          m_url + QStringLiteral("/legacy/")};
    for (const QString &file : files)
        arguments << QStringLiteral("--pypi-file") << file;
    return test::runDriver(arguments, extra);
}

void TestPypiPublish::publishesThenPipDownloadsIt()
{
    const QString name = uniqueName();
    const QStringList files = build(name, QStringLiteral("1.0.0"), QStringLiteral("'first'"));
    QCOMPARE(files.size(), 2);
    ScratchRepository scratch;
    const QString repo = test::releaseRepository(scratch);
    qputenv("TWINE_PASSWORD", m_token.toUtf8());

    // The project spelled otherwise than in the metadata: PEP 503 makes them one.
    auto run = release(repo, name.toUpper(), files);
    QVERIFY2(!run.crashed && run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(u"token from TWINE_PASSWORD"), qPrintable(run.output));
    QVERIFY2(run.output.contains(u"Verified"), qPrintable(run.output));

    QHash<QString, QString> sha256;
    for (const QString &path : files) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString fileName = QFileInfo(path).fileName();
        sha256.insert(fileName,
                      QString::fromLatin1(
                              QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                      .toHex()));
        QCOMPARE(uploadsOf(fileName).size(), 1);
    }
    // The JSON API lists both files with their digests.
    const QJsonArray listed = project(name).value(u"releases").toObject().value(u"1.0.0").toArray();
    QCOMPARE(listed.size(), 2);
    for (const QJsonValue &entry : listed)
        QCOMPARE(entry[u"digests"][u"sha256"].toString(),
                 sha256.value(entry[u"filename"].toString()));

    // The real pip finds the wheel through the simple index and checks its sha256 there.
    const QString fetched = m_home.filePath(QStringLiteral("fetched-") + name);
    QVERIFY(this->run(m_python,
                      {QStringLiteral("-m"),
                       QStringLiteral("pip"),
                       QStringLiteral("download"),
                       QStringLiteral("--disable-pip-version-check"),
                       QStringLiteral("--no-cache-dir"),
                       QStringLiteral("--no-deps"),
                       QStringLiteral("--index-url"),
                       m_url + QStringLiteral("/simple/"),
                       QStringLiteral("--dest"),
                       fetched,
                       name + QStringLiteral("==1.0.0")},
                      m_home.path()));
    const QFileInfoList got = QDir(fetched).entryInfoList(QDir::Files);
    QCOMPARE(got.size(), 1);
    QFile wheel(got.first().absoluteFilePath());
    QVERIFY(wheel.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(wheel.readAll(), QCryptographicHash::Sha256).toHex()),
             sha256.value(got.first().fileName()));

    // Planned again (a re-run): the index has both files, so the step is done, no upload.
    auto again = plan(name, files, *Version::parse(u"1.0.0"));
    RD_VERIFY_OK(again);
    StepContext context = this->context();
    auto done = (*again)->checkDone(context);
    RD_VERIFY_OK(done);
    QVERIFY(done->has_value());
    QCOMPARE((*done)->value(u"files").toArray().size(), 2);
}

void TestPypiPublish::killedAroundThePublishResumesToOneUpload_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<bool>("uploadedBeforeResume");
    // Step 1 is the tag, step 2 the publish.
    QTest::newRow("before the publish") << QStringLiteral("RELEASEDESK_FAIL_BEFORE_STEP") << false;
    QTest::newRow("after the upload, before the journal")
            << QStringLiteral("RELEASEDESK_FAIL_AFTER_STEP") << true;
    QTest::newRow("after the journal") << QStringLiteral("RELEASEDESK_FAIL_AFTER_JOURNAL") << true;
}

void TestPypiPublish::killedAroundThePublishResumesToOneUpload()
{
    QFETCH(QString, variable);
    QFETCH(bool, uploadedBeforeResume);
    const QString name = uniqueName();
    const QStringList files = build(name, QStringLiteral("1.0.0"), QStringLiteral("'resumed'"));
    QCOMPARE(files.size(), 2);
    ScratchRepository scratch;
    const QString repo = test::releaseRepository(scratch);
    qputenv("PYPI_TOKEN", m_token.toUtf8());

    QProcessEnvironment kill;
    kill.insert(variable, QStringLiteral("2"));
    auto killed = release(repo, name, files, kill);
    QVERIFY2(killed.crashed || killed.exitCode != 0, qPrintable(killed.output));
    QCOMPARE(!project(name).isEmpty(), uploadedBeforeResume);

    auto resumed = test::runDriver({QStringLiteral("resume"),
                                    QStringLiteral("--repo"),
                                    repo,
                                    QStringLiteral("--no-keychain")});
    QVERIFY2(!resumed.crashed && resumed.exitCode == 0, qPrintable(resumed.output));
    QCOMPARE(resumed.output.contains(u"Uploading"), !uploadedBeforeResume);
    for (const QString &path : files)
        QCOMPARE(uploadsOf(QFileInfo(path).fileName()).size(), 1);
    QCOMPARE(project(name).value(u"releases").toObject().value(u"1.0.0").toArray().size(), 2);
}

void TestPypiPublish::otherContentUnderThatFileNameIsRefused()
{
    const QString name = uniqueName();
    const QStringList first = build(name, QStringLiteral("1.0.0"), QStringLiteral("'original'"));
    const QStringList other = build(name, QStringLiteral("1.0.0"), QStringLiteral("'other'"));
    QCOMPARE(first.size(), 2);
    QCOMPARE(other.size(), 2);
    qputenv("PYPI_TOKEN", m_token.toUtf8());
    StepContext context = this->context();

    auto original = plan(name, first);
    RD_VERIFY_OK(original);
    RD_VERIFY_OK((*original)->execute(context));

    auto step = plan(name, other);
    RD_VERIFY_OK(step);
    const QString ours = (*step)->data().files.first().sha256;
    QString theirs;
    for (const auto &file : (*original)->data().files) {
        if (file.fileName == (*step)->data().files.first().fileName)
            theirs = file.sha256;
    }
    QVERIFY(!theirs.isEmpty() && theirs != ours);
    auto done = (*step)->checkDone(context);
    QVERIFY(!done);
    QCOMPARE(done.error().code, errc::publishConflict.toString());
    QVERIFY2(done.error().message.contains(ours) && done.error().message.contains(theirs),
             qPrintable(done.error().message));
    auto executed = (*step)->execute(context);
    QVERIFY(!executed);
    QCOMPARE(executed.error().code, errc::publishConflict.toString());
    // The index keeps the original, and our second file was never sent.
    for (const QJsonValue &entry :
         project(name).value(u"releases").toObject().value(u"1.0.0").toArray()) {
        bool kept = false;
        for (const auto &file : (*original)->data().files)
            kept = kept || file.sha256 == entry[u"digests"][u"sha256"].toString();
        QVERIFY(kept);
    }
    for (const auto &file : (*step)->data().files)
        QCOMPARE(uploadsOf(file.fileName).size(), 1);
}

void TestPypiPublish::wrongVersionOrNameIsRefusedWhenPlanning()
{
    const QString name = uniqueName();
    const QStringList files = build(name, QStringLiteral("1.0.0rc1"), QStringLiteral("1"));
    QCOMPARE(files.size(), 2);
    // PEP 440 compare: the SemVer 1.0.0-rc.1 is 1.0.0rc1.
    RD_VERIFY_OK(plan(name, files, *Version::parse(u"1.0.0-rc.1")));
    auto wrong = plan(name, files, *Version::parse(u"1.0.0"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, errc::publishArtifact.toString());
    QVERIFY2(wrong.error().message.contains(u"1.0.0rc1"), qPrintable(wrong.error().message));
    auto otherName = plan(QStringLiteral("another-project"), files);
    QVERIFY(!otherName);
    QVERIFY2(otherName.error().message.contains(u"another-project"),
             qPrintable(otherName.error().message));
    // A file that is no distribution: refused naming it.
    const QString junk = m_home.filePath(name + QStringLiteral("-1.0.0-py3-none-any.whl"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a zip");
    file.close();
    auto broken = plan(name, {junk});
    QVERIFY(!broken);
    QCOMPARE(broken.error().source, junk);
    // No upload address and no twine default: say to set upload_url.
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", m_home.filePath(QStringLiteral("no-twine-here")).toUtf8());
    auto noAddress = PypiPublishStep::plan(target(name), QUrl(), files, std::nullopt);
    qputenv("PATH", path);
    QVERIFY(!noAddress);
    QVERIFY2(noAddress.error().message.contains(u"upload_url"),
             qPrintable(noAddress.error().message));
    // Without an upload address: TWINE_REPOSITORY_URL, else what the installed twine uses
    // (asked, not written in ReleaseDesk; planning sends nothing).
    qputenv("TWINE_REPOSITORY_URL", QByteArray(m_url.toUtf8() + "/from-env/"));
    auto fromEnvironment = PypiPublishStep::plan(target(name), QUrl(), files, std::nullopt);
    qunsetenv("TWINE_REPOSITORY_URL");
    RD_VERIFY_OK(fromEnvironment);
    QCOMPARE((*fromEnvironment)->data().uploadUrl, QUrl(m_url + QStringLiteral("/from-env/")));
    auto fromTwine = PypiPublishStep::plan(target(name), QUrl(), files, std::nullopt);
    RD_VERIFY_OK(fromTwine);
    QCOMPARE((*fromTwine)->data().uploadUrl.scheme(), QStringLiteral("https"));
    QVERIFY(!(*fromTwine)->data().uploadUrl.host().isEmpty());
}

void TestPypiPublish::tokenFaultsSayWhatToDo()
{
    const QString name = uniqueName();
    const QStringList files = build(name, QStringLiteral("1.0.0"), QStringLiteral("'token'"));
    StepContext context = this->context();
    auto step = plan(name, files);
    RD_VERIFY_OK(step);

    auto none = (*step)->execute(context);
    QVERIFY(!none);
    QCOMPARE(none.error().code, errc::publishNoToken.toString());
    QVERIFY2(none.error().message.contains(u"TWINE_PASSWORD")
                     && none.error().message.contains(u"PYPI_TOKEN"),
             qPrintable(none.error().message));

    // Warehouse answers an unknown token with 403.
    qputenv("PYPI_TOKEN", "pypi-not-a-token-of-this-index");
    auto forbidden = (*step)->execute(context);
    QVERIFY(!forbidden);
    QCOMPARE(forbidden.error().code, errc::netForbidden.toString());
    QVERIFY2(forbidden.error().message.contains(u"403")
                     && forbidden.error().message.contains(u"PYPI_TOKEN"),
             qPrintable(forbidden.error().message));
    QVERIFY(!forbidden.error().message.contains(u"not-a-token"));

    // A 401 (an index that asks for credentials again) has its own message.
    qputenv("PYPI_TOKEN", m_token.toUtf8());
    inject(401);
    auto unauthorized = (*step)->execute(context);
    QVERIFY(!unauthorized);
    QCOMPARE(unauthorized.error().code, errc::netUnauthorized.toString());
    QVERIFY2(unauthorized.error().message.contains(u"401")
                     && unauthorized.error().message.contains(u"new API token"),
             qPrintable(unauthorized.error().message));
    QVERIFY(project(name).isEmpty()); // nothing was published
}

void TestPypiPublish::serverErrorIsCheckedAndResumable()
{
    const QString name = uniqueName();
    const QStringList files = build(name, QStringLiteral("1.0.0"), QStringLiteral("'5xx'"));
    StepContext context = this->context();
    qputenv("PYPI_TOKEN", m_token.toUtf8());
    auto step = plan(name, files);
    RD_VERIFY_OK(step);
    // The first upload meets a 503: the index is asked, has not got it, and the step fails
    // with the server's error; run again, it uploads what is missing, each file once stored.
    inject(503);
    auto failed = (*step)->execute(context);
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, errc::netServer.toString());
    // A 400 "File already exists" for a file the index does not list: the JSON API is read
    // again after the refusal (identical would be done), and the refusal is the error.
    const auto jsonReads = [&] {
        int reads = 0;
        for (const QJsonValue &request : requests())
            reads += request[u"path"].toString().startsWith(QStringLiteral("/pypi/") + name) ? 1
                                                                                             : 0;
        return reads;
    };
    const int readsBefore = jsonReads();
    inject(400, QStringLiteral("File already exists. See the help on file name reuse.\n"));
    auto exists = (*step)->execute(context);
    QVERIFY(!exists);
    QVERIFY2(exists.error().message.contains(u"File already exists")
                     && exists.error().message.contains(u"HTTP 400"),
             qPrintable(exists.error().message));
    QCOMPARE(jsonReads(), readsBefore + 2); // before the uploads, and after the refusal
    auto retried = (*step)->execute(context);
    RD_VERIFY_OK(retried);
    QCOMPARE(retried->value(u"files").toArray().size(), 2);
    QCOMPARE(project(name).value(u"releases").toObject().value(u"1.0.0").toArray().size(), 2);
}

void TestPypiPublish::formFieldsAreTwines()
{
    const QString name = uniqueName();
    const QStringList files
            = build(name,
                    QStringLiteral("2.1.0"),
                    QStringLiteral("'fields'"),
                    QStringLiteral(
                            ", author='Release Test', author_email='release@example.com',\n"
                            "      url='http://127.0.0.1/home', keywords='release test',\n"
                            "      long_description='Line one\\n\\nLine two',\n"
                            "      long_description_content_type='text/markdown',\n"
                            "      python_requires='>=3.9', install_requires=['requests>=2'],\n"
                            "      classifiers=['License :: OSI Approved :: MIT License',\n"
                            "                   'Programming Language :: Python :: 3'],\n"
                            "      project_urls={'Source': 'http://127.0.0.1/src'}"));
    QCOMPARE(files.size(), 2);
    StepContext context = this->context();
    qputenv("PYPI_TOKEN", m_token.toUtf8());
    auto step = plan(name, files);
    RD_VERIFY_OK(step);
    RD_VERIFY_OK((*step)->execute(context));
    // The real twine uploads the same files (identical: the index answers 200); the double
    // recorded both requests' fields.
    QProcess twine;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TWINE_NON_INTERACTIVE"), QStringLiteral("1"));
    twine.setProcessEnvironment(environment);
    twine.start(QStringLiteral("twine"),
                QStringList{QStringLiteral("upload"),
                            QStringLiteral("--disable-progress-bar"),
                            QStringLiteral("--repository-url"),
                            m_url + QStringLiteral("/legacy/"),
                            QStringLiteral("-u"),
                            QStringLiteral("__token__"),
                            QStringLiteral("-p"),
                            m_token}
                        + files);
    QVERIFY(twine.waitForFinished(120000));
    QVERIFY2(twine.exitCode() == 0, twine.readAllStandardError().constData());
    for (const QString &path : files) {
        const QList<QJsonObject> uploads = uploadsOf(QFileInfo(path).fileName());
        QCOMPARE(uploads.size(), 2);
        const QJsonObject ours = uploads.at(0).value(u"fields").toObject();
        const QJsonObject theirs = uploads.at(1).value(u"fields").toObject();
        QCOMPARE(ours.keys(), theirs.keys());
        for (const QString &key : theirs.keys())
            QVERIFY2(ours.value(key) == theirs.value(key),
                     qPrintable(key + QStringLiteral(": ours ")
                                + QString::fromUtf8(QJsonDocument(QJsonArray{ours.value(key)})
                                                            .toJson(QJsonDocument::Compact))
                                + QStringLiteral(", twine's ")
                                + QString::fromUtf8(QJsonDocument(QJsonArray{theirs.value(key)})
                                                            .toJson(QJsonDocument::Compact))));
        // Repeated fields were compared too (setuptools lists Requires-Dist in wheels only).
        QVERIFY2(theirs.value(u"classifiers").toArray().size() == 2
                         && (!path.endsWith(u".whl") || theirs.contains(u"requires_dist")),
                 qPrintable(theirs.keys().join(u' ')));
    }
}

QTEST_GUILESS_MAIN(TestPypiPublish)
#include "tst_pypipublish.moc"
