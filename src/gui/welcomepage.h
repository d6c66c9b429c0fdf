// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;

namespace rd::gui {

// What the window shows before a repository is open: what ReleaseDesk does, an Open button and
// the recent repositories.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecent(const QStringList &paths);

Q_SIGNALS:
    void openRequested();
    void recentActivated(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace rd::gui
