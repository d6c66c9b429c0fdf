// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "exitcode.h"
#include "publishrun.h"
#include "releasepresenter.h"
#include "runprogress.h"
#include "terminalprompt.h"

#include "project/package.h"
#include "project/project.h"
#include "release/preflight.h"
#include "release/releaserunner.h"
#include "release/remoteaccess.h"
#include "releasedraft/publishdraft.h"
#include "releasedraft/releasedraft.h"
#include "signing/gpgmesigner.h"
#include "util/fileio.h"

#include <QFile>

#include <cstdio>

namespace rd::cli {

namespace {

const QString continueHint = QStringLiteral(
        "Run `releasedesk-cli release --resume` to finish it, or `releasedesk-cli release "
        "--abort` to undo it.");

QJsonObject toJson(const Error &error)
{
    return QJsonObject{{QStringLiteral("code"), error.code},
                       {QStringLiteral("message"), error.message},
                       {QStringLiteral("source"), error.source}};
}

// The error on stderr; with --json it goes into `object`, printed once by the caller.
void report(Context &context, const Error &error, QJsonObject *object = nullptr)
{
    context.err() << "releasedesk-cli release: " << error.toString() << Qt::endl;
    if (object)
        object->insert(QStringLiteral("error"), toJson(error));
}

// The options a VersionChoice error is about, for the message.
QString choiceOptions(const QString &version, const QString &bump, const QString &channel)
{
    if (!version.isEmpty() && !bump.isEmpty())
        return QStringLiteral("--version and --bump");
    if (!version.isEmpty() && !channel.isEmpty())
        return QStringLiteral("--version and --pre");
    return version.isEmpty() ? QStringLiteral("--bump") : QStringLiteral("--version");
}

Result<QString> readNotes(const QString &file)
{
    if (file == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return fail(errc::io, QStringLiteral("Cannot read the release notes from stdin."));
        return QString::fromUtf8(in.readAll());
    }
    auto bytes = readFile(file);
    if (!bytes)
        return std::unexpected(bytes.error());
    return QString::fromUtf8(*bytes);
}

int recover(Context &context, Project &project, bool resume, bool confirmRemote, bool yes)
{
    const QString action = resume ? QStringLiteral("resume") : QStringLiteral("abort");
    auto pending = ReleaseRunner::unfinished(project.repository());
    if (!pending)
        return context.fail(pending.error(), Failure);
    if (!*pending)
        return context.fail(Error{errc::nothingToResume.toString(),
                                  QStringLiteral("There is no unfinished release in this "
                                                 "repository, so there is nothing to %1.")
                                          .arg(action),
                                  Journal::path(project.repository().gitDir())},
                            Failure);
    if (!context.json()) {
        context.out() << (resume ? "Resuming" : "Aborting") << " the release "
                      << describeUnfinished(**pending) << ".\n";
        context.out().flush();
    }

    TerminalPrompt prompt;
    const bool interactive = !yes && TerminalPrompt::isInteractive();
    RemoteAccess remotes(interactive ? &prompt : nullptr);
    GpgmeSigner signer;
    ReleaseRunner runner(project.repository(), {&remotes, &signer});
    StderrProgress progress(context.err());
    Status done;
    {
        const InterruptGuard guard(&progress);
        done = resume ? runner.resume(&progress) : runner.abort(confirmRemote, &progress);
    }

    QJsonObject json{{QStringLiteral("action"), action},
                     {QStringLiteral("done"), bool(done)},
                     {QStringLiteral("journal"), toJsonSummary(runner.journal())},
                     {QStringLiteral("journalFile"), Journal::path(project.repository().gitDir())}};
    int exit = Success;
    if (!done) {
        report(context, done.error(), &json);
        if (done.error().is(errc::remoteConfirm))
            context.err() << "Run `releasedesk-cli release --abort --confirm-remote` to remove it "
                             "from the remote too, or `releasedesk-cli release --resume` to "
                             "finish it."
                          << Qt::endl;
        else if (auto left = ReleaseRunner::unfinished(project.repository()); left && *left)
            context.err() << continueHint << Qt::endl;
        exit = progress.isCancelled() || done.error().is(errc::cancelled) ? Cancelled : Failure;
    } else if (!context.json()) {
        const QString tag = runner.journal().plan.value(QLatin1String("tag")).toString();
        if (resume)
            context.out() << "Released " << tag << ".\n";
        else
            context.out() << "Aborted the release " << tag << ": its steps were undone"
                          << (confirmRemote ? " here and on the remote" : " in this clone")
                          << ".\n";
        context.out().flush();
    }
    if (context.json())
        context.printJson(json);
    return exit;
}

} // namespace

int runRelease(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral(
                                            "Show the checks and the plan; change nothing."));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 QStringLiteral("Release without asking (needed when stdin is not "
                                                "a terminal); never prompt for credentials."));
    const QCommandLineOption version(QStringLiteral("version"),
                                     QStringLiteral("Release this version instead of the computed "
                                                    "one."),
                                     QStringLiteral("version"));
    const QCommandLineOption bump(QStringLiteral("bump"),
                                  QStringLiteral("Bump this level instead of the one the commits "
                                                 "call for: major, minor or patch."),
                                  QStringLiteral("level"));
    const QCommandLineOption pre(QStringLiteral("pre"),
                                 QStringLiteral("Release a pre-release on this channel (rc, beta, "
                                                "...)."),
                                 QStringLiteral("channel"));
    const QCommandLineOption package(QStringLiteral("package"),
                                     QStringLiteral("A package of the .releasedesk.yml "
                                                    "`packages` section (monorepos)."),
                                     QStringLiteral("name"));
    const QCommandLineOption noChangelog(QStringLiteral("no-changelog"),
                                         QStringLiteral("Leave the changelog file alone."));
    const QCommandLineOption noPush(QStringLiteral("no-push"),
                                    QStringLiteral("Commit and tag here only; push nothing."));
    const QCommandLineOption remote(QStringLiteral("remote"),
                                    QStringLiteral("Push to this remote (default: the settings, "
                                                   "the branch's upstream, then origin)."),
                                    QStringLiteral("name"));
    const QCommandLineOption notesFile(QStringLiteral("notes-file"),
                                       QStringLiteral("Take the release notes from this file "
                                                      "(\"-\": stdin) instead of the commits."),
                                       QStringLiteral("file"));
    const QCommandLineOption skipPublish(QStringLiteral("skip-publish"),
                                         QStringLiteral("Leave out the publish steps of "
                                                        ".releasedesk.yml (publish them later "
                                                        "with `releasedesk-cli publish`)."));
    const QCommandLineOption buildFirst(
            QStringLiteral("build-first"),
            QStringLiteral("Build the artifacts before anything is made (in a scratch copy with "
                           "the release's changes), show them with their digests, and publish "
                           "exactly those files after the tag."));
    const QCommandLineOption resume(QStringLiteral("resume"),
                                    QStringLiteral("Finish a release that was stopped."));
    const QCommandLineOption abort(QStringLiteral("abort"),
                                   QStringLiteral("Undo a release that was stopped, in this "
                                                  "clone."));
    const QCommandLineOption confirmRemote(QStringLiteral("confirm-remote"),
                                           QStringLiteral("With --abort: also remove what "
                                                          "already reached the remote."));
    const QList<QCommandLineOption> releaseOnly{dryRun,
                                                version,
                                                bump,
                                                pre,
                                                package,
                                                noChangelog,
                                                noPush,
                                                remote,
                                                notesFile,
                                                skipPublish,
                                                buildFirst};
    parser.addOptions(releaseOnly);
    parser.addOptions({yes, resume, abort, confirmRemote});
    if (!context.parse(parser,
                       QStringLiteral("Releases the next version: runs the pre-flight checks, "
                                      "shows the exact plan (file diffs, commit, tag, push) and, "
                                      "once confirmed, writes the version sources and changelog, "
                                      "commits, tags and pushes, then builds and publishes to the "
                                      "registries .releasedesk.yml names. Every step is "
                                      "journaled, so a "
                                      "release stopped midway is finished with --resume or "
                                      "undone with --abort.")))
        return context.exitCode();

    // Combinations first: a wrong one changes nothing.
    const bool recovering = parser.isSet(resume) || parser.isSet(abort);
    if (parser.isSet(resume) && parser.isSet(abort))
        return context.usageError(QStringLiteral("--resume and --abort exclude each other"));
    if (parser.isSet(confirmRemote) && !parser.isSet(abort))
        return context.usageError(QStringLiteral("--confirm-remote goes with --abort"));
    if (recovering) {
        for (const QCommandLineOption &option : releaseOnly)
            if (parser.isSet(option))
                return context.usageError(
                        QStringLiteral("--%1 does not go with --%2: the stopped release's plan is "
                                       "in its journal")
                                .arg(option.names().first(),
                                     parser.isSet(resume) ? QStringLiteral("resume")
                                                          : QStringLiteral("abort")));
    }
    auto choice = VersionChoice::fromOptions(parser.value(version),
                                             parser.value(bump),
                                             parser.value(pre));
    if (!choice)
        return context.usageError(
                choiceOptions(parser.value(version), parser.value(bump), parser.value(pre))
                + QStringLiteral(": ") + choice.error().message);
    const bool dry = parser.isSet(dryRun);
    const bool notesFromStdin = parser.value(notesFile) == u"-";
    // Stdin that carries the notes cannot answer the question.
    const bool interactive = !parser.isSet(yes) && !notesFromStdin
                             && TerminalPrompt::isInteractive();
    if (!recovering && !dry && !parser.isSet(yes) && !interactive)
        return context.usageError(
                QStringLiteral("%1, so nobody can confirm the release: pass --yes to release "
                               "without asking, or --dry-run to see the plan")
                        .arg(notesFromStdin ? QStringLiteral("stdin carries the notes")
                                            : QStringLiteral("stdin is not a terminal")));

    auto project = Project::open(context.repositoryPath());
    if (!project)
        return context.fail(project.error(), Failure);
    if (recovering)
        return recover(context,
                       *project,
                       parser.isSet(resume),
                       parser.isSet(confirmRemote),
                       parser.isSet(yes));

    // A stopped release owns the work tree until it is finished or undone.
    auto pending = ReleaseRunner::unfinished(project->repository());
    if (!pending)
        return context.fail(pending.error(), Failure);
    if (*pending)
        return context.fail(Error{errc::inProgress.toString(),
                                  QStringLiteral("An earlier release did not finish: %1. %2")
                                          .arg(describeUnfinished(**pending), continueHint),
                                  Journal::path(project->repository().gitDir())},
                            Failure);

    DraftOptions options;
    options.package = parser.value(package);
    options.changelog = !parser.isSet(noChangelog);
    options.push = !parser.isSet(noPush);
    options.remote = parser.value(remote);
    auto draft = ReleaseDraft::prepare(*project, options);
    if (!draft) {
        const Error &error = draft.error();
        return context.fail(error,
                            error.is(errc::cancelled)        ? Cancelled
                            : error.is(errc::unknownPackage) ? Usage
                                                             : Failure);
    }
    for (const QString &warning : draft->report().warnings)
        context.warn(warning);
    PublishSettings publishing;
    if (!parser.isSet(skipPublish)) {
        auto configured = PublishDraft::settings(*project);
        if (!configured)
            return context.fail(configured.error(), Failure);
        publishing = *configured;
    }

    const std::optional<ReleaseTag> &previous = draft->report().lastRelease;
    auto next = draft->resolve(*choice);
    if (!next) {
        const Error &error = next.error();
        if (error.is(errc::nothingToRelease)) {
            const QString since = previous ? previous->name : QString();
            if (context.json()) {
                context.printJson(QJsonObject{{QStringLiteral("release"), false},
                                              {QStringLiteral("previous"),
                                               previous ? QJsonValue(since) : QJsonValue()},
                                              {QStringLiteral("reason"), error.message},
                                              {QStringLiteral("dryRun"), dry},
                                              {QStringLiteral("done"), false}});
            } else {
                context.out() << "Nothing to release"
                              << (since.isEmpty() ? QString() : QStringLiteral(" since ") + since)
                              << ": " << error.message << '\n'
                              << "Pass --bump or --version to release anyway.\n";
                context.out().flush();
            }
            return Success;
        }
        if (error.is(errc::invalidChannel) || error.is(errc::channelBackwards))
            return context.usageError(QStringLiteral("--pre: ") + error.message);
        return context.fail(error, Failure);
    }
    const Version &releaseVersion = next->version;
    const QString tag = draft->tagName(releaseVersion);

    QString notes;
    if (parser.isSet(notesFile)) {
        auto read = readNotes(parser.value(notesFile));
        if (!read)
            return context.fail(read.error(), Failure);
        notes = *read;
    } else {
        auto written = draft->notes(releaseVersion);
        if (!written)
            return context.fail(written.error(), Failure);
        notes = *written;
    }

    QTextStream &out = context.out();
    if (!context.json())
        printVersion(out, *next, tag, previous);

    TerminalPrompt prompt;
    RemoteAccess remotes(interactive ? &prompt : nullptr);
    StderrProgress progress(context.err());
    auto probe = draft->makeProbe();
    PreflightContext preflight(project->repository());
    draft->fillPreflight(preflight, releaseVersion, probe.get());
    preflight.remotes = &remotes;
    // A fetch moves remote-tracking refs; a dry run changes nothing, so it compares with what
    // was fetched last (the remote's tags are still listed, which changes nothing).
    preflight.fetch = !dry;
    const QList<CheckResult> checks = ReleaseDraft::preflight().run(preflight, &progress);
    const bool allowed = Preflight::allowsRelease(checks);
    if (!context.json()) {
        printChecks(out, checks);
        if (dry && !preflight.remote.isEmpty())
            out << "  (a dry run does not fetch: the upstream is as last fetched)\n";
    }

    Result<ReleasePlan> plan = [&]() -> Result<ReleasePlan> {
        auto choices = draft->choices(releaseVersion, notes);
        if (!choices)
            return std::unexpected(choices.error());
        return draft->plan(*choices);
    }();
    // --build-first: the artifacts of exactly this plan, built now (or kept from a run with
    // the same inputs and unchanged), so the preview names what will be published.
    std::optional<Prebuilt> prebuilt;
    Result<void> prebuildStatus;
    if (plan && allowed && (parser.isSet(buildFirst) || publishing.buildFirst)
        && !publishing.isEmpty()) {
        auto found = Prebuild::find(project->repository().gitDir(), *plan, publishing);
        if (found && *found && Prebuild::verify(**found)) {
            prebuilt = **found;
        } else {
            if (!context.json())
                out << "\nBuilding " << tag << " before anything is made:\n";
            out.flush();
            auto built = Prebuild::build(*draft, *plan, publishing, notes, &progress);
            if (built)
                prebuilt = *built;
            else
                prebuildStatus = std::unexpected(built.error());
        }
    }
    if (plan && !context.json()) {
        out << '\n' << plan->dryRunText();
        if (prebuilt)
            printPrebuilt(out, *prebuilt);
        else
            printPublishOutline(out, publishing);
    }
    out.flush();

    QJsonArray reasons;
    for (const QString &step : next->steps)
        reasons.append(step);
    QJsonObject json{{QStringLiteral("version"), releaseVersion.toString()},
                     {QStringLiteral("tag"), tag},
                     {QStringLiteral("previous"),
                      previous ? QJsonValue(previous->name) : QJsonValue()},
                     {QStringLiteral("reasons"), reasons},
                     {QStringLiteral("notes"), notes.trimmed()},
                     {QStringLiteral("checks"), toJson(checks)},
                     {QStringLiteral("plan"), plan ? QJsonValue(plan->toJson()) : QJsonValue()},
                     {QStringLiteral("publishes"), publishOutline(publishing)},
                     {QStringLiteral("prebuilt"),
                      prebuilt ? QJsonValue(prebuiltJson(*prebuilt)) : QJsonValue()},
                     {QStringLiteral("dryRun"), dry},
                     {QStringLiteral("done"), false}};
    QJsonObject *jsonOut = context.json() ? &json : nullptr;
    const auto finish = [&](int exit) {
        if (context.json())
            context.printJson(json);
        return exit;
    };

    if (!allowed) {
        QStringList failed;
        for (const CheckResult &check : checks)
            if (check.status == CheckResult::Status::Fail)
                failed.append(check.id);
        report(context,
               Error{QStringLiteral("release.preflight-failed"),
                     QStringLiteral("The pre-flight failed (%1): nothing was released. Fix what "
                                    "it says and run again.")
                             .arg(failed.join(QStringLiteral(", "))),
                     {}},
               jsonOut);
        return finish(Failure);
    }
    if (!plan) {
        report(context, plan.error(), jsonOut);
        return finish(Failure);
    }
    if (!prebuildStatus) {
        Error error = prebuildStatus.error();
        error.message += QStringLiteral(" Nothing was released.");
        report(context, error, jsonOut);
        return finish(error.is(errc::cancelled) ? Cancelled : Failure);
    }
    if (dry) {
        if (!context.json())
            out << (prebuilt ? "\nDry run: nothing was released (the artifacts above are kept "
                               "in .git/releasedesk/prebuilt for the release). Run without "
                               "--dry-run to release.\n"
                             : "\nDry run: nothing was changed. Run without --dry-run to "
                               "release.\n");
        out.flush();
        return finish(Success);
    }
    // From the question on, Ctrl+C is a clean stop: before the run it changes nothing, during
    // it the runner stops at the next step boundary.
    const InterruptGuard guard(&progress);
    const auto cancelledBeforeRun = [&] {
        report(context,
               Error{errc::cancelled.toString(),
                     QStringLiteral("Cancelled: nothing was changed."),
                     {}},
               jsonOut);
        return finish(Cancelled);
    };
    if (interactive) {
        context.err().flush();
        if (!TerminalPrompt::confirm((publishing.isEmpty()
                                              ? QStringLiteral("Release %1 as %2?")
                                              : QStringLiteral("Release %1 as %2 and publish it?"))
                                             .arg(releaseVersion.toString(), tag)))
            return cancelledBeforeRun();
    }
    if (progress.isCancelled())
        return cancelledBeforeRun();

    GpgmeSigner signer;
    ReleaseRunner runner(project->repository(), {&remotes, &signer});
    const Status done = runner.run(*plan, &progress);
    json.insert(QStringLiteral("done"), bool(done));
    json.insert(QStringLiteral("journal"), toJsonSummary(runner.journal()));
    if (!done) {
        report(context, done.error(), jsonOut);
        const bool stopped = progress.isCancelled() || done.error().is(errc::cancelled);
        auto left = ReleaseRunner::unfinished(project->repository());
        if (left && *left)
            context.err() << continueHint << Qt::endl;
        return finish(stopped ? Cancelled : Failure);
    }
    if (!context.json()) {
        out << "\nReleased " << releaseVersion.toString() << " as " << tag;
        const QString pushed = draft->pushRemote();
        if (!pushed.isEmpty())
            out << " and pushed it to " << pushed;
        out << ".\n";
        out.flush();
    }
    if (publishing.isEmpty())
        return finish(Success);
    // Published as a plan of its own: the artifacts exist only once the release is tagged
    // and built, and the review of the release showed what will be published.
    auto made = PublishDraft::madeRelease(*draft, releaseVersion, tag, notes, draft->pushRemote());
    if (!made) {
        report(context, made.error(), jsonOut);
        return finish(Failure);
    }
    if (prebuilt) {
        // Exactly the files the preview showed: checked, not built again.
        if (Status same = Prebuild::verify(*prebuilt); !same) {
            report(context, same.error(), jsonOut);
            context.err() << "The release " << tag << " is made; nothing was published."
                          << Qt::endl;
            return finish(Failure);
        }
        made->root = prebuilt->filesRoot();
    }
    PublishRun publish{
            context, *project, publishing, *made, progress, &remotes, false, !prebuilt, {}, false};
    publish.prebuilt = prebuilt.has_value();
    const int published = publish.run(json);
    if (published != Success)
        context.err() << "The release " << tag << " is made; publishing it stopped. Once fixed, "
                      << "`releasedesk-cli publish` (from the tag) sends only what is missing."
                      << Qt::endl;
    return finish(published);
}

namespace {
const CommandRegistration registration{
        {"release",
         "Check, plan and make a release: version, changelog, commit, tag, push",
         runRelease,
         70}};
} // namespace

} // namespace rd::cli
