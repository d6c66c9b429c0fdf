// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QImage>
#include <QPixmap>
#include <QWidget>

namespace rd::test {

QString saveScreenshot(QWidget *widget, const QString &name)
{
    // What a user sees: the layouts that text changes asked for have run (the event loop does
    // that before the next paint).
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    return saveScreenshot(widget->grab().toImage(), name);
}

QString saveScreenshot(const QImage &image, const QString &name)
{
    const QString dir = QStringLiteral(RELEASEDESK_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    const QString path = dir + u'/' + name + QStringLiteral(".png");
    if (image.isNull() || !image.save(path))
        return {};
    if (qEnvironmentVariableIntValue("RELEASEDESK_UPDATE_SCREENSHOTS") == 1) {
        const QString docs = QStringLiteral(RELEASEDESK_SOURCE_DIR "/docs/screenshots");
        QDir().mkpath(docs);
        image.save(docs + u'/' + name + QStringLiteral(".png"));
    }
    return path;
}

} // namespace rd::test
