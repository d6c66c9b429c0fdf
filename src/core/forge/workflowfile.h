// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forge/forge.h"

#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace rd {

// One input a workflow declares under on.workflow_dispatch.inputs.
struct WorkflowInput
{
    QString name;
    QString description;
    QString type = QStringLiteral("string"); // string, boolean, choice, number, environment
    QString defaultValue;
    QStringList options; // choice
    bool required = false;
};

// A GitHub Actions workflow file as far as running it by hand is concerned.
struct WorkflowFile
{
    QString path;              // relative to the repository: .github/workflows/deploy.yml
    QString name;              // its name:, else the file name
    bool dispatchable = false; // has an on.workflow_dispatch trigger
    QList<WorkflowInput> inputs;

    static constexpr QStringView folder = u".github/workflows";

    // Reads <root>/<path>; invalid YAML is an error with file and line.
    static Result<WorkflowFile> read(const QString &root, const QString &path);
    // Every .yml/.yaml file of .github/workflows, by file name.
    static Result<QList<WorkflowFile>> readAll(const QString &root);
    // The workflow `id` names: its file name (deploy.yml), its path, or its name:.
    static Result<WorkflowFile> find(const QString &root, const QString &id);

    QString fileName() const { return path.section(u'/', -1); }
    // Checks `given` against the declaration: each input declared, each required input without
    // a default given, choices among the options, booleans true/false, numbers numeric.
    // Returns exactly `given` (the forge applies the defaults).
    Result<Inputs> checkInputs(const Inputs &given) const;
};

// Reads the CI file <root>/<path> as YAML; an error names the file and line.
Result<YAML::Node> loadCiYaml(const QString &root, const QString &path);

namespace errc {
inline constexpr QStringView workflowInvalid = u"forge.workflow-invalid";
inline constexpr QStringView workflowInput = u"forge.workflow-input";
} // namespace errc

} // namespace rd
