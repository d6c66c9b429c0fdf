// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "core.h"
#include "git/library.h"
#include "git/readtuning.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ReleaseDesk"));
    QApplication::setApplicationName(QStringLiteral("ReleaseDesk"));
    QApplication::setApplicationVersion(rd::applicationVersion());
    QApplication::setDesktopFileName(QStringLiteral("releasedesk"));
    git::Library library;
    git::tuneForHistoryReads();

    rd::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QApplication::translate("main", "ReleaseDesk, the release manager's desk."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("repository"),
                                 QApplication::translate("main", "The repository to open."),
                                 QStringLiteral("[repository]"));
    parser.process(app);

    rd::gui::MainWindow window;
    // Opened before the window shows, so its first picture is the repository, not Welcome.
    if (!parser.positionalArguments().isEmpty())
        window.openRepository(parser.positionalArguments().first());
    window.show();
    return QApplication::exec();
}
