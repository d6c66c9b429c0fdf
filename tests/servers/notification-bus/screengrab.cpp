// SPDX-License-Identifier: GPL-3.0-or-later
// rd_screengrab OUT.png: a picture of what the notification daemon drew on the private bus's X
// display (DISPLAY, set by the caller; Qt's xcb platform). The screen is cropped to what differs
// from its background (the colour of the top-left pixel), with a margin, so the picture is the
// bubbles. Exit status: 0 written; 3 nothing is drawn (the whole screen is background); 2 the
// display or the file failed.
#include <QGuiApplication>
#include <QImage>
#include <QPixmap>
#include <QScreen>
#include <QTextStream>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "xcb");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        err << "usage: rd_screengrab OUT.png\n";
        return 2;
    }
    QScreen *screen = QGuiApplication::primaryScreen();
    if (!screen) {
        err << "rd_screengrab: no screen on display " << qEnvironmentVariable("DISPLAY") << '\n';
        return 2;
    }
    const QImage image = screen->grabWindow(0).toImage().convertToFormat(QImage::Format_RGB32);
    if (image.isNull()) {
        err << "rd_screengrab: the screen could not be read\n";
        return 2;
    }
    const QRgb background = image.pixel(0, 0);
    int left = image.width(), top = image.height(), right = -1, bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (line[x] == background)
                continue;
            left = std::min(left, x);
            right = std::max(right, x);
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
    }
    if (right < 0) {
        err << "rd_screengrab: nothing is drawn on the screen\n";
        return 3;
    }
    const int margin = 12;
    const QRect drawn = QRect(QPoint(left, top), QPoint(right, bottom))
                                .adjusted(-margin, -margin, margin, margin)
                                .intersected(image.rect());
    if (!image.copy(drawn).save(arguments.at(1))) {
        err << "rd_screengrab: could not write " << arguments.at(1) << '\n';
        return 2;
    }
    return 0;
}
