// SPDX-License-Identifier: GPL-3.0-or-later
#include "historystore.h"
#include "mainwindow.h"
#include "watchtray.h"

#include "core.h"
#include "git/library.h"
#include "git/readtuning.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ReleaseDesk"));
    QApplication::setApplicationName(QStringLiteral("ReleaseDesk"));
    QApplication::setApplicationVersion(rd::applicationVersion());
    QApplication::setDesktopFileName(QStringLiteral("releasedesk"));
    git::Library library;
    git::tuneForHistoryReads();

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(),
                          QStringLiteral("qtbase"),
                          QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(),
                        QStringLiteral("releasedesk"),
                        QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

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
    // The watches' tray icon, where the desktop has a tray: its state and latest runs.
    std::unique_ptr<rd::gui::WatchTray> tray;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        tray = std::make_unique<rd::gui::WatchTray>();
        QObject::connect(tray.get(), &rd::gui::WatchTray::showRequested, &window, [&window] {
            window.showNormal();
            window.raise();
            window.activateWindow();
        });
        tray->icon()->show();
        rd::gui::setApplicationTray(tray.get());
    }
    const int status = QApplication::exec();
    rd::gui::setApplicationTray(nullptr);
    return status;
}
