// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace rd::gui {

// The most recently opened repositories, newest first, kept in the application settings.
class RecentRepositories
{
public:
    static constexpr int maximum = 10;

    // Existing folders only.
    static QStringList load();
    // Moves `path` to the front (adding it), drops the oldest beyond `maximum`, saves.
    static QStringList add(const QString &path);
    static QStringList remove(const QString &path);
    static void clear();
};

} // namespace rd::gui
