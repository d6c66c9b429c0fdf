// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundwatch.h"
#include "historystore.h"
#include "mainwindow.h"
#include "watchsettingsdialog.h"
#include "watchtray.h"

#include "core.h"
#include "git/library.h"
#include "git/readtuning.h"
#include "publish/publishsteps.h"

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
    rd::registerPublishSteps(); // a journal with publish steps can be resumed
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
    const QCommandLineOption backgroundOption(
            QStringLiteral("background"),
            QApplication::translate("main",
                                    "Start in the tray without the window (as at login), where "
                                    "the desktop has a tray."));
    parser.addOption(backgroundOption);
    parser.process(app);

    rd::gui::MainWindow window;
    // Opened before the window shows, so its first picture is the repository, not Welcome.
    if (!parser.positionalArguments().isEmpty())
        window.openRepository(parser.positionalArguments().first());
    // The watches' tray icon, where the desktop has a tray: its state and latest runs.
    std::unique_ptr<rd::gui::WatchTray> tray;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        tray = std::make_unique<rd::gui::WatchTray>();
        QObject::connect(tray.get(), &rd::gui::WatchTray::showRequested, &window, [&window] {
            window.showNormal();
            window.raise();
            window.activateWindow();
        });
        QObject::connect(tray.get(), &rd::gui::WatchTray::settingsRequested, &window, [&window] {
            window.showNormal();
            window.openWatchSettings();
        });
        tray->icon()->show();
        rd::gui::setApplicationTray(tray.get());
        // With the tray, closing the window quits only when the user did not choose to keep
        // watching (read at the moment of closing: the settings may have changed since).
        QApplication::setQuitOnLastWindowClosed(false);
        QObject::connect(&app, &QGuiApplication::lastWindowClosed, &app, [] {
            if (!rd::gui::WatchSettingsDialog::keepWatching())
                QApplication::quit();
        });
    }
    // The watched repositories' pipelines, followed for as long as the application runs; read
    // again when the settings change what is watched or a repository is opened.
    rd::gui::BackgroundWatch background;
    QObject::connect(&window,
                     &rd::gui::MainWindow::watchSettingsSaved,
                     &background,
                     &rd::gui::BackgroundWatch::restart);
    QObject::connect(&window,
                     &rd::gui::MainWindow::repositoryNoted,
                     &background,
                     &rd::gui::BackgroundWatch::restart);
    background.restart();
    if (!tray || !parser.isSet(backgroundOption))
        window.show();
    const int status = QApplication::exec();
    rd::gui::setApplicationTray(nullptr);
    return status;
}
