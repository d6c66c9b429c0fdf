// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QImage;
class QWidget;

namespace rd::test {

// Saves a PNG of `widget` as <build>/screenshots/<name>.png; with RELEASEDESK_UPDATE_SCREENSHOTS=1
// also as docs/screenshots/<name>.png in the source tree (the images the README shows).
// Returns the build-tree path, or an empty string when the image could not be written.
QString saveScreenshot(QWidget *widget, const QString &name);
// The same for a picture taken otherwise (a notification daemon's bubble on an X display).
QString saveScreenshot(const QImage &image, const QString &name);

} // namespace rd::test
