// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "exitcode.h"
#include "publishrun.h"
#include "releasepresenter.h"
#include "runprogress.h"
#include "terminalprompt.h"

#include "git/repository.h"
#include "project/project.h"
#include "release/releaserunner.h"
#include "release/remoteaccess.h"
#include "releasedraft/prebuild.h"
#include "releasedraft/publishdraft.h"
#include "releasedraft/releasedraft.h"

namespace rd::cli {

int runPublish(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Show the publish steps; build and publish "
                                                   "nothing."));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 QStringLiteral("Publish without asking (needed when stdin is not "
                                                "a terminal)."));
    const QCommandLineOption skipBuild(QStringLiteral("skip-build"),
                                       QStringLiteral("Publish the artifacts as they are; do not "
                                                      "run publish.build."));
    parser.addOptions({dryRun, yes, skipBuild});
    if (!context.parse(parser,
                       QStringLiteral("Publishes the release HEAD is tagged with to the "
                                      "registries whose .releasedesk.yml entry has publish: "
                                      "(e.g. after a CI publish failed): runs publish.build, "
                                      "asks each registry first and sends only what it lacks, "
                                      "then reads every registry back until it has the "
                                      "version.")))
        return context.exitCode();
    const bool dry = parser.isSet(dryRun);
    const bool interactive = !parser.isSet(yes) && TerminalPrompt::isInteractive();
    if (!dry && !parser.isSet(yes) && !interactive)
        return context.usageError(
                QStringLiteral("stdin is not a terminal, so nobody can confirm: pass --yes to "
                               "publish without asking, or --dry-run to see the steps"));

    auto project = Project::open(context.repositoryPath());
    if (!project)
        return context.fail(project.error(), Failure);
    auto pending = ReleaseRunner::unfinished(project->repository());
    if (!pending)
        return context.fail(pending.error(), Failure);
    if (*pending)
        return context.fail(Error{errc::inProgress.toString(),
                                  QStringLiteral("An earlier release did not finish: %1. Run "
                                                 "`releasedesk-cli release --resume` to finish "
                                                 "it, or `releasedesk-cli release --abort`.")
                                          .arg(describeUnfinished(**pending)),
                                  Journal::path(project->repository().gitDir())},
                            Failure);
    auto settings = PublishDraft::settings(*project);
    if (!settings)
        return context.fail(settings.error(), Failure);
    if (settings->isEmpty())
        return context.fail(Error{QStringLiteral("publish.nothing-configured"),
                                  QStringLiteral("Nothing to publish: no registries: entry of "
                                                 ".releasedesk.yml has publish:, and "
                                                 "publish.commands is empty. Add publish: to "
                                                 "the entries to publish (see the README, "
                                                 "Publishing)."),
                                  project->root()},
                            Failure);
    auto draft = ReleaseDraft::prepare(*project);
    if (!draft)
        return context.fail(draft.error(), draft.error().is(errc::cancelled) ? Cancelled : Failure);
    auto release = PublishDraft::taggedRelease(*draft);
    if (!release)
        return context.fail(release.error(), Failure);

    // Artifacts built before the tag (release --build-first, or the wizard's Artifacts tab)
    // for this release and these settings are published as they are, never built again.
    std::optional<Prebuilt> prebuilt;
    if (!parser.isSet(skipBuild)) {
        QStringList bases{release->commit};
        if (const auto tagged = git::Oid::fromString(release->commit)) {
            if (auto commit = project->repository().lookupCommit(*tagged)) {
                for (int i = 0; i < commit->parentCount(); ++i)
                    bases.append(commit->parentId(i).toString());
            }
        }
        auto found = Prebuild::findMade(project->repository().gitDir(),
                                        release->tag,
                                        bases,
                                        *settings);
        if (!found)
            return context.fail(found.error(), Failure);
        if (*found) {
            if (Status same = Prebuild::verify(**found); !same) {
                Error error = same.error();
                error.message += QStringLiteral(" (or delete %1 to build in the work tree)")
                                         .arg((*found)->folder);
                return context.fail(error, Failure);
            }
            prebuilt = **found;
            release->root = prebuilt->filesRoot();
        }
    }
    if (!context.json())
        context.out() << "Publishing " << release->version.toString() << " (tag " << release->tag
                      << ")\n";
    QJsonObject json{{QStringLiteral("version"), release->version.toString()},
                     {QStringLiteral("tag"), release->tag},
                     {QStringLiteral("dryRun"), dry}};
    TerminalPrompt prompt;
    RemoteAccess remotes(interactive ? &prompt : nullptr);
    StderrProgress progress(context.err());
    const InterruptGuard guard(&progress);
    PublishRun
            run{context, *project, *settings, *release, progress, &remotes, dry, true, {}, false};
    run.dryRun = dry;
    run.build = !parser.isSet(skipBuild) && !prebuilt;
    run.prebuilt = prebuilt.has_value();
    if (interactive)
        run.confirm = [&] {
            context.err().flush();
            return TerminalPrompt::confirm(
                    QStringLiteral("Publish %1 as shown?").arg(release->tag));
        };
    const int exit = run.run(json);
    json.insert(QStringLiteral("done"),
                json.value(QStringLiteral("publish")).toObject().value(QStringLiteral("done")));
    if (context.json())
        context.printJson(json);
    return exit;
}

namespace {
const CommandRegistration registration{
        {"publish",
         "Publish the tagged release to its registries: only what is missing, then verified",
         runPublish,
         75}};
} // namespace

} // namespace rd::cli
