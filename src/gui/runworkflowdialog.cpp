// SPDX-License-Identifier: GPL-3.0-or-later
#include "runworkflowdialog.h"

#include "forge/forgeconnection.h"
#include "project/project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd::gui {

namespace {

// Runs on a worker thread: the connection (its HTTP client lives there) and the request.
Status send(const QString &root,
            const QString &workflow,
            const QString &ref,
            const Inputs &inputs,
            const std::atomic_bool &stop)
{
    auto project = Project::open(root);
    if (!project)
        return std::unexpected(project.error());
    auto connection = ForgeConnection::open(project->repository(), project->settings().config, {});
    if (!connection)
        return std::unexpected(connection.error());
    (*connection)->client().setCancelFlag(&stop);
    return (*connection)->forge().trigger(workflow, ref, inputs);
}

QWidget *fieldFor(const WorkflowInput &input, QWidget *parent)
{
    if (input.type == u"choice") {
        auto *box = new QComboBox(parent);
        box->addItems(input.options);
        box->setCurrentText(input.defaultValue);
        return box;
    }
    if (input.type == u"boolean") {
        auto *check = new QCheckBox(parent);
        check->setChecked(input.defaultValue == u"true");
        return check;
    }
    auto *line = new QLineEdit(parent);
    line->setText(input.defaultValue);
    line->setPlaceholderText(input.description);
    return line;
}

} // namespace

RunWorkflowDialog::RunWorkflowDialog(const QString &root,
                                     const ForgeLocation &forge,
                                     const QString &ref,
                                     QWidget *parent)
    : QDialog(parent)
    , m_root(root)
    , m_forge(forge)
    , m_ref(new QLineEdit(ref, this))
    , m_inputs(new QFormLayout)
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    const bool github = forge.type == ForgeLocation::Type::GitHub;
    setWindowTitle(github ? tr("Run Workflow") : tr("Run Pipeline"));
    m_ref->setAccessibleName(tr("Branch or tag to run on"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_message->hide();
    QPushButton *start = m_buttons->addButton(github ? tr("&Run Workflow") : tr("&Run Pipeline"),
                                              QDialogButtonBox::AcceptRole);
    start->setDefault(true);

    QFormLayout *form = m_inputs; // the inputs follow the workflow and branch rows
    auto *layout = new QVBoxLayout(this);
    auto *where = new QLabel(forge.describe(), this);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(where);
    layout->addLayout(form);
    if (github) {
        m_workflow = new QComboBox(this);
        m_workflow->setAccessibleName(tr("Workflow"));
        form->addRow(tr("&Workflow:"), m_workflow);
        auto workflows = WorkflowFile::readAll(root);
        if (!workflows)
            setMessage(workflows.error().toString());
        else
            for (const WorkflowFile &file : std::as_const(*workflows)) {
                if (file.dispatchable)
                    m_workflows.append(file);
            }
        for (const WorkflowFile &file : std::as_const(m_workflows))
            m_workflow->addItem(QStringLiteral("%1 (%2)").arg(file.name, file.fileName()));
        if (workflows && m_workflows.isEmpty())
            setMessage(tr("No workflow in %1 can be run by hand: add an on.workflow_dispatch "
                          "trigger to one.")
                               .arg(WorkflowFile::folder.toString()));
        connect(m_workflow, &QComboBox::currentIndexChanged, this, &RunWorkflowDialog::showInputs);
        start->setEnabled(!m_workflows.isEmpty());
    }
    form->addRow(tr("On &branch or tag:"), m_ref);
    if (!github) {
        m_variables = new QPlainTextEdit(this);
        m_variables->setAccessibleName(tr("Pipeline variables"));
        m_variables->setPlaceholderText(tr("One KEY=VALUE a line"));
        m_variables->setTabChangesFocus(true);
        form->addRow(tr("&Variables:"), m_variables);
    }
    m_fixedRows = form->rowCount();
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RunWorkflowDialog::run);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showInputs();
    resize(520, sizeHint().height());
}

RunWorkflowDialog::~RunWorkflowDialog()
{
    m_task.cancel();
}

void RunWorkflowDialog::showInputs()
{
    while (m_inputs->rowCount() > m_fixedRows)
        m_inputs->removeRow(m_inputs->rowCount() - 1);
    m_fields.clear();
    const int index = m_workflow ? m_workflow->currentIndex() : -1;
    if (index < 0 || index >= m_workflows.size())
        return;
    for (const WorkflowInput &input : m_workflows.at(index).inputs) {
        QWidget *field = fieldFor(input, this);
        field->setAccessibleName(input.name);
        field->setToolTip(input.description);
        m_inputs->addRow(input.required ? tr("%1 (required):").arg(input.name)
                                        : tr("%1:").arg(input.name),
                         field);
        m_fields.append({input, field});
    }
}

Result<Inputs> RunWorkflowDialog::collectInputs() const
{
    Inputs inputs;
    if (m_variables) {
        const QStringList lines = m_variables->toPlainText().split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString line = lines.at(i).trimmed();
            if (line.isEmpty())
                continue;
            const qsizetype equals = line.indexOf(u'=');
            if (equals <= 0)
                return fail(errc::workflowInput,
                            tr("Line %1 of the variables, \"%2\", is not KEY=VALUE.")
                                    .arg(i + 1)
                                    .arg(line));
            inputs.append({line.left(equals).trimmed(), line.mid(equals + 1)});
        }
        return inputs;
    }
    for (const auto &[input, field] : m_fields) {
        QString value;
        if (auto *box = qobject_cast<QComboBox *>(field))
            value = box->currentText();
        else if (auto *check = qobject_cast<QCheckBox *>(field))
            value = check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
        else if (auto *line = qobject_cast<QLineEdit *>(field))
            value = line->text();
        // An empty line is not sent: the workflow's default (or its refusal) applies.
        if (!value.isEmpty())
            inputs.append({input.name, value});
    }
    const int index = m_workflow ? m_workflow->currentIndex() : -1;
    if (index < 0 || index >= m_workflows.size())
        return fail(errc::workflowInput, tr("Choose a workflow to run."));
    return m_workflows.at(index).checkInputs(inputs);
}

void RunWorkflowDialog::run()
{
    const QString ref = m_ref->text().trimmed();
    if (ref.isEmpty()) {
        setMessage(tr("Name the branch or tag to run on."));
        m_ref->setFocus();
        return;
    }
    auto inputs = collectInputs();
    if (!inputs) {
        setMessage(inputs.error().message);
        return;
    }
    const int index = m_workflow ? m_workflow->currentIndex() : -1;
    const QString workflow = index >= 0 && index < m_workflows.size()
                                     ? m_workflows.at(index).fileName()
                                     : QString();
    setMessage({});
    m_buttons->setEnabled(false);
    setCursor(Qt::BusyCursor);
    m_task.run(
            this,
            [root = m_root, workflow, ref, inputs = *inputs](const std::atomic_bool &stop) {
                return send(root, workflow, ref, inputs, stop);
            },
            [this, workflow, ref](Status sent) {
                m_buttons->setEnabled(true);
                unsetCursor();
                if (!sent) {
                    setMessage(tr("Nothing was started: %1").arg(sent.error().toString()));
                    return;
                }
                m_started = workflow.isEmpty() ? tr("a pipeline on %1").arg(ref)
                                               : tr("%1 on %2").arg(workflow, ref);
                accept();
            });
}

QStringList RunWorkflowDialog::workflowNames() const
{
    QStringList names;
    for (const WorkflowFile &file : m_workflows)
        names.append(file.fileName());
    return names;
}

void RunWorkflowDialog::chooseWorkflow(int index)
{
    if (m_workflow)
        m_workflow->setCurrentIndex(index);
}

QWidget *RunWorkflowDialog::inputField(const QString &name) const
{
    for (const auto &[input, field] : m_fields) {
        if (input.name == name)
            return field;
    }
    return nullptr;
}

QString RunWorkflowDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void RunWorkflowDialog::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace rd::gui
