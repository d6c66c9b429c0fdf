// SPDX-License-Identifier: GPL-3.0-or-later
#include "autostart.h"

#include "util/fileio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace rd::gui {

QString Autostart::desktopFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/autostart/releasedesk.desktop");
}

bool Autostart::isEnabled()
{
    auto content = readFile(desktopFilePath());
    return content && !content->contains("\nHidden=true");
}

Status Autostart::setEnabled(bool enabled, const QString &program)
{
    const QString path = desktopFilePath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path))
            return fail(errc::io,
                        QCoreApplication::translate("rd::gui::Autostart",
                                                    "Cannot remove the autostart entry. Remove "
                                                    "the file by hand to stop starting at login."),
                        path);
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).path()))
        return fail(errc::io,
                    QCoreApplication::translate("rd::gui::Autostart",
                                                "Cannot make the autostart folder. Check that "
                                                "the configuration folder is writable."),
                    QFileInfo(path).path());
    // Exec's quoting: a path with a space or a reserved character is double-quoted, with ",
    // `, $ and \ escaped; % is doubled in any case (field codes).
    QString exec = program;
    exec.replace(u'%', QStringLiteral("%%"));
    static const QString reserved = QStringLiteral(" \t\"'\\><~|&;$*?#()`");
    if (std::any_of(exec.begin(), exec.end(), [](QChar c) { return reserved.contains(c); })) {
        QString quoted;
        for (QChar c : std::as_const(exec)) {
            if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
                quoted += QStringLiteral("\\\\"); // the shell's \, written as \\ in the file
            quoted += c;
        }
        exec = u'"' + quoted + u'"';
    }
    const QString entry = QStringLiteral(
                                  "[Desktop Entry]\n"
                                  "Type=Application\n"
                                  "Name=ReleaseDesk\n"
                                  "Comment=Watches CI pipelines and notifies when they finish\n"
                                  "Exec=%1 --background\n"
                                  "Icon=releasedesk\n"
                                  "Terminal=false\n"
                                  "X-GNOME-Autostart-enabled=true\n")
                                  .arg(exec);
    return writeFileAtomically(path, entry.toUtf8());
}

} // namespace rd::gui
