// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/handle.h"
#include "util/error.h"

#include <QString>

#include <git2/config.h>

#include <optional>

namespace git {

// A git configuration (repository, global and system levels merged, as git reads them).
class Config
{
public:
    std::optional<QString> string(const QString &key) const; // nullopt when unset
    std::optional<bool> boolean(const QString &key) const;   // nullopt when unset or not a bool
    rd::Status setString(const QString &key, const QString &value);

private:
    friend class Repository;
    using Ptr = Handle<git_config, git_config_free>;
    explicit Config(Ptr config)
        : m_config(std::move(config))
    {}
    Ptr m_config;
};

} // namespace git
