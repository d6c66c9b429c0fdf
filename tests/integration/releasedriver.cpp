// SPDX-License-Identifier: GPL-3.0-or-later
// A tiny front end over the release engine for the integration tests: plans and runs a
// release, resumes or aborts it, in its own process, so a test can kill it at a step boundary
// (RELEASEDESK_FAIL_* variables, see release/faultinjection.h) and start it again.
//
//   releasedriver release --repo PATH --version X [--notes TEXT] [--write PATH=SOURCE]...
//                         [--dry-run FILE] [--no-keychain] [--no-push]
//                         [--npm-tarball FILE --npm-registry URL]
//                         [--pypi-file FILE... --pypi-package NAME --pypi-index URL
//                          --pypi-upload URL]
//                         [--oci-image URL/PATH --oci-source REF --oci-tags T,T,...
//                          --oci-version-tag T [--oci-source-timeout-ms N]]
//                         [--github-release API --github-project OWNER/NAME
//                          [--github-asset FILE]...]
//                         [--gitlab-release API --gitlab-project GROUP/NAME
//                          [--release-asset FILE]...]
//   releasedriver resume  --repo PATH [--no-keychain]
//   releasedriver abort   --repo PATH [--confirm-remote] [--no-keychain]
//
// --write takes the new content of PATH (relative to the work tree) from the file SOURCE.
// --npm-tarball adds a step that publishes FILE (from npm pack) to the npm registry at URL.
// --pypi-file adds a step that uploads the wheels/sdists FILE to the PyPI index at URL.
// --oci-image adds a step that promotes REF (may hold {commit}) of the OCI repository PATH on
// the registry at URL ("http://127.0.0.1:5000/team/app") to the tags.
// --github-release adds a step that publishes the tag's GitHub release (the notes, the assets)
// on the GitHub API at API (token: keychain, GITHUB_TOKEN); --gitlab-release the same on the
// GitLab API at API (".../api/v4"; token: keychain, GITLAB_TOKEN). --release-asset is another
// name of --github-asset.
// --dry-run writes the plan's JSON to FILE and its text to FILE.txt before running.
// Exit status: 0 done, 1 failed (the error's code and message on stderr), 2 wrong usage.

#include "credentials/credentialchain.h"
#include "credentials/credentialhelperprovider.h"
#include "credentials/credentialprompt.h"
#include "git/library.h"
#include "git/repository.h"
#include "publish/forgereleasestep.h"
#include "publish/npmpublishstep.h"
#include "publish/ocipromotestep.h"
#include "publish/publishsteps.h"
#include "publish/pypipublishstep.h"
#include "registry/registrytarget.h"
#include "release/releaseplanner.h"
#include "release/releaserunner.h"
#include "release/remoteaccess.h"
#include "signing/gpgmesigner.h"
#include "util/fileio.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

namespace {

class StderrProgress : public rd::Progress
{
public:
    void log(const QString &line) override { std::fprintf(stderr, "%s\n", qPrintable(line)); }
};

int failWith(const rd::Error &error)
{
    std::fprintf(stderr, "error %s: %s\n", qPrintable(error.code), qPrintable(error.toString()));
    return 1;
}

// The PyPI publish step's options: --pypi-file (repeated), --pypi-package, --pypi-index,
// --pypi-upload.
struct PypiOptions
{
    QCommandLineOption file{QStringLiteral("pypi-file"),
                            QStringLiteral("Upload this wheel or sdist to PyPI"),
                            QStringLiteral("file")};
    QCommandLineOption package{QStringLiteral("pypi-package"),
                               QStringLiteral("The PyPI project"),
                               QStringLiteral("name")};
    QCommandLineOption index{QStringLiteral("pypi-index"),
                             QStringLiteral("The index (JSON API base)"),
                             QStringLiteral("url")};
    QCommandLineOption upload{QStringLiteral("pypi-upload"),
                              QStringLiteral("The upload address"),
                              QStringLiteral("url")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({file, package, index, upload});
    }

    // Appends the step when --pypi-file is given.
    rd::Status appendTo(rd::ReleasePlan &plan,
                        const QCommandLineParser &parser,
                        const rd::Version &version) const
    {
        if (!parser.isSet(file))
            return {};
        rd::RegistryTarget target;
        target.type = rd::RegistryTarget::Type::PyPI;
        target.package = parser.value(package);
        target.url = QUrl(parser.value(index));
        target.origin = QStringLiteral("releasedriver");
        auto step = rd::PypiPublishStep::plan(target,
                                              QUrl(parser.value(upload)),
                                              parser.values(file),
                                              version);
        if (!step)
            return std::unexpected(step.error());
        return plan.append(std::move(*step));
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    git::Library library;
    rd::registerPublishSteps();
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("release|resume|abort"));
    const QCommandLineOption repoOption(QStringLiteral("repo"),
                                        QStringLiteral("Repository"),
                                        QStringLiteral("path"));
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           QStringLiteral("Version"),
                                           QStringLiteral("version"));
    const QCommandLineOption notesOption(QStringLiteral("notes"),
                                         QStringLiteral("Notes"),
                                         QStringLiteral("text"));
    const QCommandLineOption writeOption(QStringLiteral("write"),
                                         QStringLiteral("PATH=SOURCE"),
                                         QStringLiteral("change"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          QStringLiteral("Plan file"),
                                          QStringLiteral("file"));
    const QCommandLineOption noKeychain(QStringLiteral("no-keychain"),
                                        QStringLiteral("No keychain"));
    const QCommandLineOption noPush(QStringLiteral("no-push"), QStringLiteral("Do not push"));
    const QCommandLineOption confirmRemote(QStringLiteral("confirm-remote"),
                                           QStringLiteral("Undo on the remote too"));
    const QCommandLineOption npmTarball(QStringLiteral("npm-tarball"),
                                        QStringLiteral("Publish this tarball to npm"),
                                        QStringLiteral("file"));
    const QCommandLineOption npmRegistry(QStringLiteral("npm-registry"),
                                         QStringLiteral("The npm registry"),
                                         QStringLiteral("url"));
    // The OCI promote step's options.
    const QCommandLineOption ociImage(QStringLiteral("oci-image"),
                                      QStringLiteral("Promote on this registry URL/repository"),
                                      QStringLiteral("url"));
    const QCommandLineOption ociSource(QStringLiteral("oci-source"),
                                       QStringLiteral("The image CI built"),
                                       QStringLiteral("reference"));
    const QCommandLineOption ociTags(QStringLiteral("oci-tags"),
                                     QStringLiteral("The release tags, comma-separated"),
                                     QStringLiteral("tags"));
    const QCommandLineOption ociVersionTag(QStringLiteral("oci-version-tag"),
                                           QStringLiteral("The tag never moved"),
                                           QStringLiteral("tag"));
    const QCommandLineOption ociSourceTimeout(QStringLiteral("oci-source-timeout-ms"),
                                              QStringLiteral("Wait for the source"),
                                              QStringLiteral("ms"));
    parser.addOptions({ociImage, ociSource, ociTags, ociVersionTag, ociSourceTimeout});
    // The GitHub release step's options.
    const QCommandLineOption githubRelease(QStringLiteral("github-release"),
                                           QStringLiteral("Publish the GitHub release on this API"),
                                           QStringLiteral("url"));
    const QCommandLineOption githubProject(QStringLiteral("github-project"),
                                           QStringLiteral("owner/name on GitHub"),
                                           QStringLiteral("project"));
    const QCommandLineOption githubAsset(QStringList{QStringLiteral("github-asset"),
                                                     QStringLiteral("release-asset")},
                                         QStringLiteral("Attach this file to the release"),
                                         QStringLiteral("file"));
    const QCommandLineOption gitlabRelease(QStringLiteral("gitlab-release"),
                                           QStringLiteral("Publish the GitLab release on this API"),
                                           QStringLiteral("url"));
    const QCommandLineOption gitlabProject(QStringLiteral("gitlab-project"),
                                           QStringLiteral("group/name on GitLab"),
                                           QStringLiteral("project"));
    parser.addOptions({githubRelease, githubProject, githubAsset, gitlabRelease, gitlabProject});
    parser.addOptions({npmTarball,
                       npmRegistry,
                       repoOption,
                       versionOption,
                       notesOption,
                       writeOption,
                       dryRunOption,
                       noKeychain,
                       noPush,
                       confirmRemote});
    const PypiOptions pypi;
    pypi.addTo(parser);
    parser.process(app);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(repoOption)) {
        std::fprintf(stderr, "usage: releasedriver release|resume|abort --repo PATH ...\n");
        return 2;
    }
    const QString command = parser.positionalArguments().first();

    auto repo = git::Repository::open(parser.value(repoOption));
    if (!repo)
        return failWith(repo.error());

    const bool keychain = !parser.isSet(noKeychain);
    rd::RemoteAccess remotes([keychain](const git::Repository &repository, const QString &url) {
        if (keychain)
            return rd::CredentialChain::standard(repository, url, nullptr);
        rd::CredentialChain chain;
        chain.add(std::make_shared<rd::CredentialHelperProvider>(
                rd::CredentialHelperProvider::fromConfig(repository, url)));
        chain.add(std::make_shared<rd::PromptCredentialProvider>(nullptr));
        return chain;
    });
    rd::GpgmeSigner signer;
    rd::ReleaseRunner runner(*repo, {&remotes, &signer});
    StderrProgress progress;

    if (command == u"resume") {
        auto done = runner.resume(&progress);
        return done ? 0 : failWith(done.error());
    }
    if (command == u"abort") {
        auto done = runner.abort(parser.isSet(confirmRemote), &progress);
        return done ? 0 : failWith(done.error());
    }
    if (command != u"release" || !parser.isSet(versionOption)) {
        std::fprintf(stderr, "usage: releasedriver release --repo PATH --version X ...\n");
        return 2;
    }
    auto version = rd::Version::parse(parser.value(versionOption));
    if (!version)
        return failWith(version.error());
    rd::ReleaseChoices choices;
    choices.version = *version;
    choices.tagName = QStringLiteral("v") + version->toString();
    choices.releaseNotes = parser.value(notesOption);
    choices.push = !parser.isSet(noPush);
    for (const QString &write : parser.values(writeOption)) {
        const QString path = write.section(u'=', 0, 0);
        const QString source = write.section(u'=', 1);
        auto after = rd::readFile(source);
        if (!after)
            return failWith(after.error());
        rd::FileChange change{path, std::nullopt, *after};
        const QString current = QDir(repo->workdir()).filePath(path);
        if (QFileInfo::exists(current)) {
            auto before = rd::readFile(current);
            if (!before)
                return failWith(before.error());
            change.before = *before;
        }
        choices.files.append(change);
    }
    auto plan = rd::ReleasePlanner::plan(*repo, rd::ReleaseSettings(), choices);
    if (!plan)
        return failWith(plan.error());
    if (parser.isSet(npmTarball)) {
        auto publish = rd::NpmPublishStep::plan(QUrl(parser.value(npmRegistry)),
                                                parser.value(npmTarball),
                                                *version);
        if (!publish)
            return failWith(publish.error());
        if (auto added = plan->append(std::move(*publish)); !added)
            return failWith(added.error());
    }
    if (auto added = pypi.appendTo(*plan, parser, *version); !added)
        return failWith(added.error());
    if (parser.isSet(ociImage)) {
        const QUrl image(parser.value(ociImage));
        rd::RegistryTarget target;
        target.type = rd::RegistryTarget::Type::Oci;
        target.url = image.adjusted(QUrl::RemovePath);
        target.package = image.path().mid(1);
        auto promote = rd::OciPromoteStep::plan(target,
                                                parser.value(ociSource),
                                                parser.value(ociTags).split(u','),
                                                parser.value(ociVersionTag),
                                                choices.tagName);
        if (!promote)
            return failWith(promote.error());
        if (parser.isSet(ociSourceTimeout)) {
            rd::OciPromoteStep::Data data = (*promote)->data();
            data.sourceTimeoutMs = parser.value(ociSourceTimeout).toInt();
            *promote = std::make_unique<rd::OciPromoteStep>(data);
        }
        if (auto added = plan->append(std::move(*promote)); !added)
            return failWith(added.error());
    }
    if (parser.isSet(githubRelease) || parser.isSet(gitlabRelease)) {
        const bool gitlab = parser.isSet(gitlabRelease);
        rd::ForgeLocation forge{gitlab ? rd::ForgeLocation::Type::GitLab
                                       : rd::ForgeLocation::Type::GitHub,
                                QUrl(parser.value(gitlab ? gitlabRelease : githubRelease)),
                                parser.value(gitlab ? gitlabProject : githubProject)};
        auto publish = rd::ForgeReleaseStep::plan(forge,
                                                  choices.tagName,
                                                  choices.tagName,
                                                  choices.releaseNotes,
                                                  version->isPreRelease(),
                                                  parser.values(githubAsset));
        if (!publish)
            return failWith(publish.error());
        if (auto added = plan->append(std::move(*publish)); !added)
            return failWith(added.error());
    }
    if (parser.isSet(dryRunOption)) {
        const QString file = parser.value(dryRunOption);
        if (auto w = rd::writeFileAtomically(file, QJsonDocument(plan->toJson()).toJson()); !w)
            return failWith(w.error());
        if (auto w = rd::writeFileAtomically(file + QStringLiteral(".txt"),
                                             plan->dryRunText().toUtf8());
            !w)
            return failWith(w.error());
    }
    auto done = runner.run(*plan, &progress);
    return done ? 0 : failWith(done.error());
}
