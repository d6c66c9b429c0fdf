// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QWidget>

namespace rd::gui {

// A view of the main window that reads its own data for the open repository (release history,
// changelog, version sources...). The window calls setProject() after every (re)load; the view
// does its reading off the GUI thread (see LatestTask) and reports through the signals.
class ProjectView : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // `root` is the work tree (or bare repository folder) of the repository now shown.
    virtual void setProject(const QString &root) = 0;
    // Nothing is open any more.
    virtual void clearProject() = 0;

Q_SIGNALS:
    void busyChanged(bool busy);
    void failed(const rd::Error &error); // shown in the window's error banner
    void statusMessage(const QString &message);
};

} // namespace rd::gui
