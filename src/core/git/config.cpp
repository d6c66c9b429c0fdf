// SPDX-License-Identifier: GPL-3.0-or-later
#include "config.h"

#include "git/error.h"

#include <QCoreApplication>
#include <git2/buffer.h>
#include <git2/errors.h>

namespace git {

std::optional<QString> Config::string(const QString &key) const
{
    git_buf buffer = GIT_BUF_INIT;
    if (git_config_get_string_buf(&buffer, m_config.get(), key.toUtf8().constData()) < 0)
        return std::nullopt;
    QString value = QString::fromUtf8(buffer.ptr, qsizetype(buffer.size));
    git_buf_dispose(&buffer);
    return value;
}

std::optional<bool> Config::boolean(const QString &key) const
{
    int value = 0;
    if (git_config_get_bool(&value, m_config.get(), key.toUtf8().constData()) < 0)
        return std::nullopt;
    return value != 0;
}

rd::Result<QList<ConfigEntry>> Config::entries(const QString &regex) const
{
    using IteratorPtr = Handle<git_config_iterator, git_config_iterator_free>;
    IteratorPtr iterator;
    int rc = git_config_iterator_glob_new(out(iterator),
                                          m_config.get(),
                                          regex.toUtf8().constData());
    if (rc < 0)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git",
                                                  "Cannot list the git configuration (%1)")
                              .arg(regex)));
    QList<ConfigEntry> result;
    git_config_entry *entry = nullptr;
    while ((rc = git_config_next(&entry, iterator.get())) == 0)
        result.append(ConfigEntry{QString::fromUtf8(entry->name),
                                  QString::fromUtf8(entry->value),
                                  int(entry->level)});
    if (rc != GIT_ITEROVER)
        return std::unexpected(
                error(rc,
                      QCoreApplication::translate("rd::git",
                                                  "Cannot list the git configuration (%1)")
                              .arg(regex)));
    return result;
}

rd::Status Config::setString(const QString &key, const QString &value)
{
    return check(git_config_set_string(m_config.get(),
                                       key.toUtf8().constData(),
                                       value.toUtf8().constData()),
                 QCoreApplication::translate("rd::git", "Cannot set git configuration %1")
                         .arg(key));
}

} // namespace git
