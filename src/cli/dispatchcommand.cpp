// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "exitcode.h"
#include "forgeaccess.h"

#include "forge/workflowfile.h"

#include <QJsonObject>

namespace rd::cli {

int runDispatch(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption ref(QStringLiteral("ref"),
                                 QStringLiteral("The branch or tag to run on (default: the current "
                                                "branch)."),
                                 QStringLiteral("R"));
    const QCommandLineOption input(QStringLiteral("input"),
                                   QStringLiteral("An input the workflow declares (GitLab: a "
                                                  "pipeline variable); repeat for more."),
                                   QStringLiteral("KEY=VALUE"));
    parser.addOption(ref);
    parser.addOption(input);
    parser.addPositionalArgument(QStringLiteral("WORKFLOW"),
                                 QStringLiteral("GitHub: the workflow file (deploy.yml) or its "
                                                "name. GitLab: any name; a new pipeline runs."));
    ForgeAccess access(context);
    access.addOptions(parser);
    if (!context.parse(parser,
                       QStringLiteral(
                               "Runs a workflow by hand: GitHub's workflow_dispatch with the "
                               "inputs the workflow declares under "
                               "on.workflow_dispatch.inputs (checked before anything is "
                               "sent: names, required inputs, choices, booleans), or a new "
                               "GitLab pipeline with the inputs as variables. Follow the "
                               "run with `releasedesk-cli pipelines --ref R`."),
                       true))
        return context.exitCode();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(
                positional.isEmpty()
                        ? QStringLiteral("name the workflow to run (e.g. "
                                         "deploy.yml)")
                        : QStringLiteral("unexpected argument \"%1\"").arg(positional.at(1)));
    Inputs inputs;
    for (const QString &pair : parser.values(input)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0)
            return context.usageError(QStringLiteral("--input \"%1\" is not KEY=VALUE").arg(pair));
        inputs.append({pair.left(equals), pair.mid(equals + 1)});
    }
    if (!access.open(parser))
        return context.exitCode();

    QString branch = parser.value(ref);
    if (branch.isEmpty()) {
        branch = access.project().repository().currentBranch();
        if (branch.isEmpty())
            return context.usageError(QStringLiteral("HEAD is not on a branch: give the branch or "
                                                     "tag to run on with --ref"));
    }
    QString workflow = positional.first();
    if (access.connection().location().type == ForgeLocation::Type::GitHub) {
        auto declared = WorkflowFile::find(access.project().root(), workflow);
        if (!declared)
            return context.fail(declared.error(), Failure);
        auto checked = declared->checkInputs(inputs);
        if (!checked)
            return context.fail(checked.error(), Usage);
        workflow = declared->fileName();
    }
    auto dispatched = access.forge().trigger(workflow, branch, inputs);
    if (!dispatched)
        return context.fail(dispatched.error(), Failure);

    QStringList given;
    QJsonObject inputsJson;
    for (const auto &[key, value] : std::as_const(inputs)) {
        given.append(key + u'=' + value);
        inputsJson.insert(key, value);
    }
    if (context.json()) {
        context.printJson({{QStringLiteral("dispatched"),
                            QJsonObject{{QStringLiteral("workflow"), workflow},
                                        {QStringLiteral("ref"), branch},
                                        {QStringLiteral("inputs"), inputsJson}}}});
    } else {
        context.out() << "Started " << workflow << " on " << branch
                      << (given.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" with ") + given.join(QStringLiteral(", ")))
                      << ".\nFollow it with: releasedesk-cli pipelines --ref " << branch << '\n';
        context.out().flush();
    }
    return Success;
}

namespace {
const CommandRegistration registration{
        {"dispatch",
         "Run a workflow by hand with its inputs (workflow_dispatch)",
         runDispatch,
         81}};
} // namespace

} // namespace rd::cli
