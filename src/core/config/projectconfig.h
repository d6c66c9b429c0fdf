// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/configvalue.h"

namespace rd {

// The project's .releasedesk.yml. Every setting has a default, so a project without the file
// works; each module reads its own section (CommitRules::fromConfig, ...). Loading only checks
// the YAML itself and the top-level keys; a module reports mistakes in its section when it
// reads it.
class ProjectConfig
{
public:
    static constexpr QStringView fileName = u".releasedesk.yml";

    ProjectConfig(); // no file: every default

    // Reads <directory>/.releasedesk.yml. A missing file gives the defaults; unreadable or
    // invalid YAML is an error with the file, line and column.
    static Result<ProjectConfig> load(const QString &directory);
    // Parses YAML text; `sourceName` is used in messages (a path, or "<stdin>").
    static Result<ProjectConfig> parse(const QByteArray &text, const QString &sourceName);

    bool isFromFile() const { return m_fromFile; }
    const QString &sourceName() const { return m_sourceName; }

    ConfigValue root() const;
    ConfigValue operator[](const QString &key) const { return root()[key]; }

    // Unknown top-level keys, as warnings a front end shows.
    const QList<Error> &warnings() const { return m_warnings; }

    // The top-level keys the modules read; anything else is reported as a warning.
    static const QStringList &knownKeys();

private:
    YAML::Node m_root;
    QString m_sourceName;
    bool m_fromFile = false;
    QList<Error> m_warnings;
};

} // namespace rd
