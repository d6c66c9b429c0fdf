// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishproject.h"

#include "programrun.h"
#include "scratchrepository.h"
#include "serverstate.h"

#include "registry/npmcredentials.h"
#include "registry/ocidistribution.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

namespace rd::test {

PublishServers PublishServers::fromEnvironment(const QUrl &forgeUrl, QString *problem)
{
    PublishServers servers;
    servers.npmUrl = serverStateFile("RELEASEDESK_TEST_VERDACCIO", QStringLiteral("url"));
    servers.npmrc = qEnvironmentVariable("RELEASEDESK_TEST_VERDACCIO") + QStringLiteral("/npmrc");
    servers.pypiUrl = serverStateFile("RELEASEDESK_TEST_PYPI", QStringLiteral("url"));
    const QString ociUrl = serverStateFile("RELEASEDESK_TEST_OCI", QStringLiteral("url"));
    servers.ociHost = QUrl(ociUrl).authority();
    servers.ociCredentials = serverStateFile("RELEASEDESK_TEST_OCI", QStringLiteral("credentials"));
    servers.ociTools = qEnvironmentVariable("RELEASEDESK_OCI_TOOLS");
    servers.forgeUrl = forgeUrl;
    QStringList missing;
    if (servers.npmUrl.isEmpty())
        missing << QStringLiteral("verdaccio");
    if (servers.pypiUrl.isEmpty())
        missing << QStringLiteral("the PyPI double");
    if (ociUrl.isEmpty() || !servers.ociCredentials.contains(u':'))
        missing << QStringLiteral("the OCI registry");
    if (!QFileInfo::exists(servers.ociTools + QStringLiteral("/make-image.py")))
        missing << QStringLiteral("RELEASEDESK_OCI_TOOLS");
    if (!forgeUrl.isValid())
        missing << QStringLiteral("the forge double");
    *problem = missing.isEmpty() ? QString()
                                 : QStringLiteral("not running: %1; run the test through ctest")
                                           .arg(missing.join(QStringLiteral(", ")));
    return servers;
}

void PublishServers::exportCredentials(const QString &home) const
{
    QFile file(npmrc);
    const QByteArray text = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    qputenv("HOME", home.toUtf8());
    qputenv("npm_config_cache", (home + QStringLiteral("/npm-cache")).toUtf8());
    qputenv("NPM_TOKEN", NpmCredentials::tokenInNpmrc(text, QUrl(npmUrl)).toUtf8());
    qputenv("PYPI_TOKEN",
            serverStateFile("RELEASEDESK_TEST_PYPI", QStringLiteral("token")).toUtf8());
    qunsetenv("TWINE_PASSWORD");
    qunsetenv("TWINE_REPOSITORY_URL");
    qputenv("RELEASEDESK_OCI_USERNAME", ociCredentials.section(u':', 0, 0).toUtf8());
    qputenv("RELEASEDESK_OCI_PASSWORD", ociCredentials.section(u':', 1).toUtf8());
    qputenv("GITHUB_TOKEN", "ghp_PublishProjectTest");
    QFile gitconfig(home + QStringLiteral("/.gitconfig"));
    if (gitconfig.open(QIODevice::WriteOnly))
        gitconfig.write("[user]\n\tname = Release Tester\n\temail = tester@example.org\n");
}

QString PublishServers::ociDigest(const QString &repository, const QString &tag) const
{
    const QByteArray raw
            = programOutput(QStringLiteral("skopeo"),
                            {QStringLiteral("inspect"),
                             QStringLiteral("--raw"),
                             QStringLiteral("--tls-verify=false"),
                             QStringLiteral("--creds"),
                             ociCredentials,
                             QStringLiteral("docker://%1/%2:%3").arg(ociHost, repository, tag)},
                            {},
                            true); // a tag that is not there is an answer
    return raw.isEmpty() ? QString() : OciDistribution::digestOf(raw);
}

QString PublishServers::pushImage(const QString &workDir,
                                  const QString &repository,
                                  const QString &tag) const
{
    const QString layout = workDir + QStringLiteral("/layout");
    if (programOutput(QString::fromLatin1(debianPython),
                      {ociTools + QStringLiteral("/make-image.py"),
                       layout,
                       QStringLiteral("ci"),
                       QStringLiteral("2026-12-01T10:00:00Z"),
                       QString::number(QRandomGenerator::global()->generate())})
                .isNull()
        || programOutput(QStringLiteral("skopeo"),
                         {QStringLiteral("--insecure-policy"),
                          QStringLiteral("copy"),
                          QStringLiteral("--quiet"),
                          QStringLiteral("--dest-tls-verify=false"),
                          QStringLiteral("--dest-creds"),
                          ociCredentials,
                          QStringLiteral("oci:%1:ci").arg(layout),
                          QStringLiteral("docker://%1/%2:%3").arg(ociHost, repository, tag)})
                   .isNull())
        return {};
    return ociDigest(repository, tag);
}

int PublishServers::pypiUploads(const QString &name) const
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(
            QNetworkRequest(QUrl(pypiUrl + QStringLiteral("/_control/requests"))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    int uploads = 0;
    const QJsonArray requests
            = QJsonDocument::fromJson(reply->readAll()).object().value(u"requests").toArray();
    for (const QJsonValue &request : requests)
        if (request[u"method"].toString() == u"POST"
            && request[u"path"].toString().startsWith(u"/legacy")
            && request[u"fields"][u"name"].toString() == name)
            ++uploads;
    return uploads;
}

QStringList PublishServers::pipDownload(const QString &name,
                                        const QString &version,
                                        const QString &dest) const
{
    if (programOutput(QString::fromLatin1(debianPython),
                      {QStringLiteral("-m"),
                       QStringLiteral("pip"),
                       QStringLiteral("download"),
                       QStringLiteral("--disable-pip-version-check"),
                       QStringLiteral("--no-cache-dir"),
                       QStringLiteral("--no-deps"),
                       QStringLiteral("--index-url"),
                       pypiUrl + QStringLiteral("/simple/"),
                       QStringLiteral("--dest"),
                       dest,
                       name + QStringLiteral("==") + version})
                .isNull())
        return {};
    QStringList files;
    for (const QFileInfo &file : QDir(dest).entryInfoList(QDir::Files))
        files.append(file.absoluteFilePath());
    return files;
}

PublishProject PublishProject::write(ScratchRepository &scratch,
                                     const PublishServers &servers,
                                     int ociWaitSeconds,
                                     const QString &baseVersion,
                                     bool tagBase)
{
    PublishProject project;
    project.id = QStringLiteral("%1").arg(QRandomGenerator::global()->generate(),
                                          8,
                                          16,
                                          QLatin1Char('0'));
    project.npmName = QStringLiteral("@rdtest/all-") + project.id;
    project.pyName = QStringLiteral("rdall") + project.id; // setuptools keeps no "-" here
    project.image = QStringLiteral("rdtest/all-") + project.id;
    project.forgeProject = QStringLiteral("octo/all-") + project.id;
    const QByteArray id = project.id.toUtf8();
    const QByteArray py = project.pyName.toUtf8();
    const QByteArray manifest = QJsonDocument(QJsonObject{{QStringLiteral("name"), project.npmName},
                                                          {QStringLiteral("version"), baseVersion}})
                                        .toJson();
    // One version source: setup.py reads package.json, so the build packs the release.
    const QByteArray setup = "import json\nfrom setuptools import setup\nsetup(name='" + py
                             + "', version=json.load(open('package.json'))['version'],\n"
                               "      packages=['"
                             + py + "'], license='MIT', description='ReleaseDesk test')\n";
    const QByteArray yml = "registries:\n"
                           "  - { type: npm, package: \""
                           + project.npmName.toUtf8() + "\", url: \"" + servers.npmUrl.toUtf8()
                           + "\",\n      publish: \"rdtest-all-" + id
                           + "-{version}.tgz\" }\n"
                             "  - { type: pypi, package: "
                           + py + ", url: \"" + servers.pypiUrl.toUtf8()
                           + "\",\n      upload_url: \"" + servers.pypiUrl.toUtf8()
                           + "/legacy/\", publish: \"dist/*-{version}*\" }\n"
                             "  - { type: oci, image: \""
                           + servers.ociHost.toUtf8() + '/' + project.image.toUtf8()
                           + "\", publish: \"sha-{commit}\",\n      source_timeout: "
                           + QByteArray::number(ociWaitSeconds)
                           + " }\n"
                             "  - { type: github-release, publish: \"dist/*-{version}.tar.gz\" }\n"
                             "publish:\n"
                             "  build: [\"npm pack --silent\", \""
                           + QByteArray(debianPython)
                           + " setup.py -q sdist bdist_wheel\"]\n"
                             "  verify_timeout: 30\n"
                             "forge: { type: github, api: \""
                           + servers.forgeUrl.toString().toUtf8() + "\", project: \""
                           + project.forgeProject.toUtf8() + "\" }\n";
    scratch.commit(QStringLiteral("chore: start"),
                   {{QStringLiteral("package.json"), manifest},
                    {QStringLiteral("setup.py"), setup},
                    {project.pyName + QStringLiteral("/__init__.py"), QByteArrayLiteral("V = 1\n")},
                    {QStringLiteral(".gitignore"),
                     QByteArrayLiteral("*.tgz\ndist/\nbuild/\n*.egg-info/\n")},
                    {QStringLiteral(".releasedesk.yml"), yml}});
    if (tagBase)
        scratch.tag(u'v' + baseVersion, QStringLiteral("Release ") + baseVersion);
    scratch.commit(QStringLiteral("feat: a value worth releasing"),
                   {{project.pyName + QStringLiteral("/__init__.py"),
                     QByteArrayLiteral("V = 2\n")}});
    return project;
}

QString PublishProject::tarball(const QString &version) const
{
    return QStringLiteral("rdtest-all-%1-%2.tgz").arg(id, version);
}

} // namespace rd::test
