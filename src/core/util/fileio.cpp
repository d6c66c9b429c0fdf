// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileio.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace rd {

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(errc::io,
                    QCoreApplication::translate("rd::util", "Cannot read the file: %1.")
                            .arg(file.errorString()),
                    path);
    return file.readAll();
}

Status writeFileAtomically(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(errc::io,
                    QCoreApplication::translate(
                            "rd::util",
                            "Cannot write the file: %1. Check that the folder is writable.")
                            .arg(file.errorString()),
                    path);
    if (file.write(content) != content.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(errc::io,
                    QCoreApplication::translate("rd::util",
                                                "Writing failed (%1); the file was left unchanged.")
                            .arg(reason),
                    path);
    }
    if (!file.commit())
        return fail(errc::io,
                    QCoreApplication::translate(
                            "rd::util", "Could not replace the file (%1); it was left unchanged.")
                            .arg(file.errorString()),
                    path);
    return {};
}

} // namespace rd
