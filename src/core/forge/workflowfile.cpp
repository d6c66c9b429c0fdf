// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflowfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace rd {

namespace {

QString scalar(const YAML::Node &node)
{
    if (!node || !node.IsScalar())
        return {};
    return QString::fromStdString(node.Scalar());
}

// on: may be a name, a list of names or a map of triggers; its key may also be read as the
// boolean "true" by YAML 1.1 readers, so both spellings are looked at.
YAML::Node dispatchTrigger(const YAML::Node &root, bool *present)
{
    *present = false;
    for (const char *key : {"on", "true"}) {
        const YAML::Node on = root[key];
        if (!on)
            continue;
        if (on.IsScalar())
            *present = on.Scalar() == "workflow_dispatch";
        else if (on.IsSequence()) {
            for (const YAML::Node &item : on)
                *present = *present || (item.IsScalar() && item.Scalar() == "workflow_dispatch");
        } else if (on.IsMap() && on["workflow_dispatch"]) {
            *present = true;
            return on["workflow_dispatch"];
        }
        if (*present)
            return {};
    }
    return {};
}

} // namespace

Result<YAML::Node> loadCiYaml(const QString &root, const QString &path)
{
    QFile file(root + u'/' + path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(errc::io,
                    QCoreApplication::translate("rd::forge", "Cannot read %1: %2")
                            .arg(path, file.errorString()),
                    path);
    try {
        return YAML::Load(file.readAll().toStdString());
    } catch (const YAML::Exception &error) {
        return fail(errc::workflowInvalid,
                    QCoreApplication::translate("rd::forge", "%1 is not valid YAML: %2")
                            .arg(path, QString::fromStdString(error.msg)),
                    QStringLiteral("%1:%2").arg(path).arg(error.mark.line + 1));
    }
}

Result<WorkflowFile> WorkflowFile::read(const QString &root, const QString &path)
{
    auto loaded = loadCiYaml(root, path);
    if (!loaded)
        return fail(loaded.error());
    const YAML::Node &document = *loaded;
    WorkflowFile workflow;
    workflow.path = path;
    workflow.name = workflow.fileName();
    if (!document.IsMap())
        return workflow;
    if (const QString name = scalar(document["name"]); !name.isEmpty())
        workflow.name = name;
    const YAML::Node trigger = dispatchTrigger(document, &workflow.dispatchable);
    const YAML::Node inputs = trigger && trigger.IsMap() ? trigger["inputs"] : YAML::Node();
    if (inputs && inputs.IsMap()) {
        for (const auto &entry : inputs) {
            WorkflowInput input;
            input.name = QString::fromStdString(entry.first.Scalar());
            const YAML::Node spec = entry.second;
            if (spec.IsMap()) {
                input.description = scalar(spec["description"]);
                if (const QString type = scalar(spec["type"]); !type.isEmpty())
                    input.type = type;
                input.defaultValue = scalar(spec["default"]);
                input.required = scalar(spec["required"]) == u"true";
                if (spec["options"] && spec["options"].IsSequence()) {
                    for (const YAML::Node &option : spec["options"])
                        input.options.append(scalar(option));
                }
            }
            workflow.inputs.append(input);
        }
    }
    return workflow;
}

Result<QList<WorkflowFile>> WorkflowFile::readAll(const QString &root)
{
    QList<WorkflowFile> workflows;
    const QDir dir(root + u'/' + folder);
    const QStringList names = dir.entryList({QStringLiteral("*.yml"), QStringLiteral("*.yaml")},
                                            QDir::Files,
                                            QDir::Name);
    for (const QString &name : names) {
        auto workflow = read(root, folder + u'/' + name);
        if (!workflow)
            return fail(workflow.error());
        workflows.append(*workflow);
    }
    return workflows;
}

Result<WorkflowFile> WorkflowFile::find(const QString &root, const QString &id)
{
    auto workflows = readAll(root);
    if (!workflows)
        return fail(workflows.error());
    QStringList known;
    for (const WorkflowFile &workflow : std::as_const(*workflows)) {
        if (workflow.fileName() == id || workflow.path == id || workflow.name == id)
            return workflow;
        known.append(workflow.fileName());
    }
    return fail(errc::workflowInput,
                known.isEmpty() ? QCoreApplication::translate(
                                          "rd::forge",
                                          "There is no workflow \"%1\": the repository has no "
                                          "workflow files in %2.")
                                          .arg(id, folder)
                                : QCoreApplication::translate(
                                          "rd::forge",
                                          "There is no workflow \"%1\" in %2. The workflows are: "
                                          "%3.")
                                          .arg(id, folder, known.join(QStringLiteral(", "))),
                id);
}

Result<Inputs> WorkflowFile::checkInputs(const Inputs &given) const
{
    const auto inputError = [&](const QString &message) {
        return fail(errc::workflowInput, message, path);
    };
    if (!dispatchable)
        return inputError(
                QCoreApplication::translate("rd::forge",
                                            "%1 cannot be run by hand: it has no workflow_dispatch "
                                            "trigger. Add \"workflow_dispatch:\" under \"on:\" in "
                                            "the workflow.")
                        .arg(fileName()));
    QStringList declared;
    for (const WorkflowInput &input : inputs)
        declared.append(input.name);
    QStringList seen;
    for (const auto &[key, value] : given) {
        const auto input = std::find_if(inputs.begin(), inputs.end(), [&](const WorkflowInput &i) {
            return i.name == key;
        });
        if (input == inputs.end())
            return inputError(
                    declared.isEmpty()
                            ? QCoreApplication::translate(
                                      "rd::forge",
                                      "Input \"%1\" is not declared: %2 takes no "
                                      "inputs.")
                                      .arg(key, fileName())
                            : QCoreApplication::translate("rd::forge",
                                                          "Input \"%1\" is not declared by %2. Its "
                                                          "inputs are: %3.")
                                      .arg(key, fileName(), declared.join(QStringLiteral(", "))));
        if (seen.contains(key))
            return inputError(
                    QCoreApplication::translate("rd::forge", "Input \"%1\" is given twice.")
                            .arg(key));
        seen.append(key);
        if (input->type == u"choice" && !input->options.contains(value))
            return inputError(
                    QCoreApplication::translate("rd::forge",
                                                "Input \"%1\" is \"%2\", but %3 allows only: %4.")
                            .arg(key,
                                 value,
                                 fileName(),
                                 input->options.join(QStringLiteral(", "))));
        if (input->type == u"boolean" && value != u"true" && value != u"false")
            return inputError(QCoreApplication::translate(
                                      "rd::forge",
                                      "Input \"%1\" is a boolean: give true or false, not "
                                      "\"%2\".")
                                      .arg(key, value));
        bool numeric = false;
        value.toDouble(&numeric);
        if (input->type == u"number" && !numeric)
            return inputError(QCoreApplication::translate("rd::forge",
                                                          "Input \"%1\" is a number, not \"%2\".")
                                      .arg(key, value));
    }
    for (const WorkflowInput &input : inputs) {
        if (input.required && input.defaultValue.isEmpty() && !seen.contains(input.name))
            return inputError(
                    QCoreApplication::translate(
                            "rd::forge",
                            "Input \"%1\" is required by %2 and has no default: "
                            "give it a value (%1=VALUE).%3")
                            .arg(input.name,
                                 fileName(),
                                 input.options.isEmpty()
                                         ? QString()
                                         : QCoreApplication::translate("rd::forge", " Choices: ")
                                                   + input.options.join(QStringLiteral(", "))
                                                   + u'.'));
    }
    return given;
}

} // namespace rd
