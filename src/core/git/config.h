// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/handle.h"
#include "util/error.h"

#include <QList>
#include <QString>

#include <git2/config.h>

#include <optional>

namespace git {

// One variable of a configuration file, as git lists it (`git config --show-scope --list`).
struct ConfigEntry
{
    QString name; // "credential.https://example.org.helper": section and key lower-cased
    QString value;
    int level = 0; // the file's level: higher is more specific (system < global < local)
};

// A git configuration (repository, global and system levels merged, as git reads them).
class Config
{
public:
    // Every entry whose name matches the regular expression (POSIX extended, as libgit2
    // takes it), in the order git reads them; a key set at several levels appears once per
    // level. Errors: an invalid expression, an unreadable file.
    rd::Result<QList<ConfigEntry>> entries(const QString &regex) const;
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
