// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/configimport.h"
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
    // invalid YAML is an error with the file, line and column. `imports` (other release tools'
    // configurations, highest priority first) are merged under the file's keys: a key the file
    // sets wins, a key it leaves out comes from the first import that has it.
    static Result<ProjectConfig> load(const QString &directory,
                                      const QList<ConfigImport> &imports = {});
    // Parses YAML text; `sourceName` is used in messages (a path, or "<stdin>").
    static Result<ProjectConfig> parse(const QByteArray &text,
                                       const QString &sourceName,
                                       const QList<ConfigImport> &imports = {});

    bool isFromFile() const { return m_fromFile; }
    const QString &sourceName() const { return m_sourceName; }

    ConfigValue root() const;
    ConfigValue operator[](const QString &key) const { return root()[key]; }

    // The other tools' configurations merged in, with what they could not give.
    const QList<ConfigImport> &imports() const { return m_imports; }

    // Unknown top-level keys, as warnings a front end shows.
    const QList<Error> &warnings() const { return m_warnings; }

    // The top-level keys the modules read; anything else is reported as a warning.
    static const QStringList &knownKeys();

private:
    void mergeImports(const QList<ConfigImport> &imports);

    YAML::Node m_root;
    ConfigValue::Origins m_origins;
    QList<ConfigImport> m_imports;
    QString m_sourceName;
    bool m_fromFile = false;
    QList<Error> m_warnings;
};

} // namespace rd
