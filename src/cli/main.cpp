// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "exitcode.h"

#include "core.h"
#include "git/library.h"
#include "git/readtuning.h"
#include "publish/publishsteps.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

void printUsage(QTextStream &stream)
{
    stream << "Usage: releasedesk-cli <command> [options]\n\n"
              "Release management from the command line: the same core as the ReleaseDesk "
              "desktop application.\n\nCommands:\n";
    for (const rd::cli::Command &command : rd::cli::commands())
        stream << "  " << QString::fromLatin1(command.name).leftJustified(12) << ' '
               << QString::fromLatin1(command.summary) << '\n';
    stream << "\nEvery command takes --repo PATH (default: the current folder), --json and "
              "--help.\n\nExit status: 0 success, 1 failure, 2 wrong usage, 3 version sources "
              "disagree (status), 4 cancelled, 5 a CI run failed or was cancelled (pipelines, "
              "watch), 6 a CI run is still going (pipelines) or the watch timed out (watch).\n";
    stream.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("releasedesk-cli"));
    QCoreApplication::setApplicationVersion(rd::applicationVersion());
    git::Library library;
    rd::registerPublishSteps(); // a journal with publish steps can be resumed
    git::tuneForHistoryReads();

    QStringList arguments = QCoreApplication::arguments().mid(1);
    // Texts in the user's language; --json output is for machines and stays as it is, messages
    // inside it included.
    if (!arguments.contains(QStringLiteral("--json")))
        rd::installTranslations();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.isEmpty()) {
        printUsage(err);
        return rd::cli::Usage;
    }
    const QString name = arguments.takeFirst();
    if (name == u"--help" || name == u"-h" || name == u"help") {
        printUsage(out);
        return rd::cli::Success;
    }
    if (name == u"--version") {
        out << "releasedesk-cli " << rd::applicationVersion() << Qt::endl;
        return rd::cli::Success;
    }
    for (const rd::cli::Command &command : rd::cli::commands()) {
        if (name == QLatin1String(command.name)) {
            rd::cli::Context context(name, arguments);
            return command.run(context);
        }
    }
    err << "releasedesk-cli: unknown command \"" << name << "\".\n\n";
    printUsage(err);
    return rd::cli::Usage;
}
