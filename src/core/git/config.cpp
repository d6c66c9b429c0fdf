// SPDX-License-Identifier: GPL-3.0-or-later
#include "config.h"

#include "git/error.h"

#include <git2/buffer.h>

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

rd::Status Config::setString(const QString &key, const QString &value)
{
    return check(git_config_set_string(m_config.get(),
                                       key.toUtf8().constData(),
                                       value.toUtf8().constData()),
                 QStringLiteral("Cannot set git configuration %1").arg(key));
}

} // namespace git
