// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentrepositories.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace rd::gui {

namespace {

const QString key = QStringLiteral("recentRepositories");

void save(const QStringList &list)
{
    QSettings().setValue(key, list);
}

} // namespace

QStringList RecentRepositories::load()
{
    // A folder that was moved or deleted since is of no use in the list.
    QStringList list = QSettings().value(key).toStringList();
    list.removeIf([](const QString &path) { return !QFileInfo::exists(path); });
    return list;
}

QStringList RecentRepositories::add(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    QStringList list = load();
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > maximum)
        list.removeLast();
    save(list);
    return list;
}

QStringList RecentRepositories::remove(const QString &path)
{
    QStringList list = load();
    list.removeAll(QDir::cleanPath(path));
    save(list);
    return list;
}

void RecentRepositories::clear()
{
    save({});
}

} // namespace rd::gui
