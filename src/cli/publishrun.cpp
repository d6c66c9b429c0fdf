// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishrun.h"
#include "exitcode.h"
#include "releasepresenter.h"

#include "project/project.h"
#include "release/releaserunner.h"
#include "signing/gpgmesigner.h"

#include <QJsonArray>

namespace rd::cli {

namespace {

QJsonObject toJson(const Error &error)
{
    return QJsonObject{{QStringLiteral("code"), error.code},
                       {QStringLiteral("message"), error.message},
                       {QStringLiteral("source"), error.source}};
}

} // namespace

int PublishRun::run(QJsonObject &json)
{
    QJsonObject result{{QStringLiteral("done"), false}, {QStringLiteral("built"), false}};
    QTextStream &out = context.out();
    const auto finish = [&](int exit, const std::optional<Error> &error = {}) {
        if (error) {
            context.err() << "releasedesk-cli " << context.command() << ": " << error->toString()
                          << Qt::endl;
            result.insert(QStringLiteral("error"), toJson(*error));
        }
        json.insert(QStringLiteral("publish"), result);
        return exit;
    };
    const bool building = build && !dryRun && !settings.build.isEmpty();
    if (building) {
        if (!context.json())
            out << "\nBuilding " << release.tag << ":\n";
        out.flush();
        if (auto built = PublishPlanner::build(settings, release, &progress); !built)
            return finish(built.error().is(errc::cancelled) ? Cancelled : Failure, built.error());
        result.insert(QStringLiteral("built"), true);
    } else if (prebuilt && !context.json()) {
        out << "\nPublishing the artifacts built before the tag (unchanged since).\n";
    } else if (!settings.build.isEmpty() && !context.json()) {
        out << "\n(" << (dryRun ? "a dry run" : "--skip-build")
            << " does not run publish.build: the artifacts are read as they are)\n";
    }
    auto plan = PublishPlanner::plan(settings, release);
    if (!plan)
        return finish(Failure, plan.error());
    result.insert(QStringLiteral("plan"), plan->toJson());
    if (!context.json())
        out << '\n' << plan->dryRunText();
    out.flush();
    if (dryRun) {
        if (!context.json())
            out << "\nDry run: nothing was published.\n";
        out.flush();
        return finish(Success);
    }
    if (confirm && !confirm())
        return finish(Cancelled,
                      Error{errc::cancelled.toString(),
                            QStringLiteral("Cancelled: nothing was published."),
                            {}});
    if (progress.isCancelled())
        return finish(Cancelled,
                      Error{errc::cancelled.toString(),
                            QStringLiteral("Cancelled: nothing was published."),
                            {}});
    GpgmeSigner signer;
    ReleaseRunner runner(project.repository(), {remotes, &signer});
    const Status done = runner.run(*plan, &progress);
    result.insert(QStringLiteral("done"), bool(done));
    result.insert(QStringLiteral("journal"), toJsonSummary(runner.journal()));
    if (!done) {
        const bool stopped = progress.isCancelled() || done.error().is(errc::cancelled);
        auto left = ReleaseRunner::unfinished(project.repository());
        const int exit = finish(stopped ? Cancelled : Failure, done.error());
        if (left && *left)
            context.err() << "Run `releasedesk-cli release --resume` to finish publishing (what "
                             "the registries already have is not sent again)."
                          << Qt::endl;
        return exit;
    }
    if (!context.json()) {
        out << "\nPublished " << release.tag << ": every registry has it.\n";
        out.flush();
    }
    return finish(Success);
}

void printPublishOutline(QTextStream &out, const PublishSettings &settings)
{
    if (!settings.isEmpty())
        out << '\n' << PublishPlanner::outline(settings);
}

void printPrebuilt(QTextStream &out, const Prebuilt &prebuilt)
{
    out << "\nThen publishes these artifacts, built before the tag (not built again):\n";
    for (const PrebuiltFile &file : prebuilt.files)
        out << "  " << file.path << "  " << file.size << " bytes  sha256:" << file.sha256 << '\n';
    out << '\n' << prebuilt.publishText;
}

QJsonObject prebuiltJson(const Prebuilt &prebuilt)
{
    QJsonArray files;
    for (const PrebuiltFile &file : prebuilt.files)
        files.append(QJsonObject{{QStringLiteral("path"), file.path},
                                 {QStringLiteral("size"), double(file.size)},
                                 {QStringLiteral("sha256"), file.sha256}});
    return QJsonObject{{QStringLiteral("tag"), prebuilt.tag},
                       {QStringLiteral("files"), files},
                       {QStringLiteral("publish"), prebuilt.publishText}};
}

QJsonObject publishOutline(const PublishSettings &settings)
{
    QJsonArray targets;
    for (const RegistryTarget &target : settings.targets)
        targets.append(QJsonObject{{QStringLiteral("registry"), target.typeId()},
                                   {QStringLiteral("package"), target.package},
                                   {QStringLiteral("publish"),
                                    QJsonArray::fromStringList(target.publish)}});
    return QJsonObject{{QStringLiteral("build"), QJsonArray::fromStringList(settings.build)},
                       {QStringLiteral("targets"), targets},
                       {QStringLiteral("commands"), QJsonArray::fromStringList(settings.commands)}};
}

} // namespace rd::cli
