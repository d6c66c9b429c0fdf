// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "latesttask.h"

#include "forge/forgelocation.h"
#include "forge/workflowfile.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rd::gui {

// "Run Workflow…": runs a workflow by hand on a branch or tag. On GitHub the workflows that
// declare on.workflow_dispatch are listed, each input as the field its type asks for (a list
// of its options, a check box, a line), defaults filled in and required ones marked; the inputs
// are checked against the declaration before anything is sent. On GitLab a pipeline is started
// with variables, one KEY=VALUE a line. The request goes out off the GUI thread; a refusal is
// shown in the dialog, which stays open.
class RunWorkflowDialog : public QDialog
{
    Q_OBJECT

public:
    RunWorkflowDialog(const QString &root,
                      const ForgeLocation &forge,
                      const QString &ref,
                      QWidget *parent = nullptr);
    ~RunWorkflowDialog() override;

    // For tests: the workflows offered, choosing one, an input's field, the message shown.
    QStringList workflowNames() const;
    void chooseWorkflow(int index);
    QWidget *inputField(const QString &name) const;
    QLineEdit *refField() const { return m_ref; }
    QPlainTextEdit *variablesField() const { return m_variables; }
    QString messageText() const;
    bool isSending() const { return m_task.isRunning(); }
    // What was started, once accepted: "deploy.yml on main".
    QString started() const { return m_started; }

    // Checks and sends, as the Run button does.
    void run();

private:
    void showInputs();
    Result<Inputs> collectInputs() const;
    void setMessage(const QString &text);

    QString m_root;
    ForgeLocation m_forge;
    QList<WorkflowFile> m_workflows;
    QComboBox *m_workflow = nullptr;
    QLineEdit *m_ref;
    QPlainTextEdit *m_variables = nullptr;
    QFormLayout *m_inputs;
    int m_fixedRows = 0; // the workflow and branch rows above the inputs
    QList<QPair<WorkflowInput, QWidget *>> m_fields;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QString m_started;
    LatestTask m_task;
};

} // namespace rd::gui
