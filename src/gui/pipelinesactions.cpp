// SPDX-License-Identifier: GPL-3.0-or-later
// PipelinesPage: the selected run's actions (Re-run Failed, Cancel Run…, Open in Browser), sent
// to the forge off the GUI thread.
#include "pipelinespage.h"

#include "forge/forgeconnection.h"
#include "project/project.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>

namespace rd::gui {

const PipelineRun *PipelinesPage::selectedRun() const
{
    const int row = m_runs->indexOfTopLevelItem(m_runs->currentItem());
    return row >= 0 && row < m_shown.size() ? &m_shown.at(row) : nullptr;
}

void PipelinesPage::updateRunButtons()
{
    const PipelineRun *run = selectedRun();
    const RunState state = run ? run->state : RunState::Skipped;
    const bool idle = !m_action.isRunning();
    m_rerun->setEnabled(idle && run && (state == RunState::Failed || state == RunState::Cancelled));
    m_cancelRun->setEnabled(idle && run
                            && (state == RunState::Queued || state == RunState::Running));
    m_openRun->setEnabled(run && run->url.isValid());
}

void PipelinesPage::rerunFailed()
{
    act(Action::Rerun);
}

QDialog *PipelinesPage::cancelRun()
{
    const PipelineRun *selected = selectedRun();
    if (!selected || m_action.isRunning())
        return nullptr;
    const PipelineRun &run = *selected;
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Cancel Run"),
                                tr("Cancel run “%1” #%2 on %3? Its jobs still going stop; "
                                   "Re-run Failed starts them again.")
                                        .arg(run.workflow)
                                        .arg(run.id)
                                        .arg(run.ref),
                                QMessageBox::NoButton,
                                this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *stop = box->addButton(tr("Cancel Run"), QMessageBox::DestructiveRole);
    box->addButton(tr("Keep Running"), QMessageBox::RejectRole);
    box->setDefaultButton(qobject_cast<QPushButton *>(box->buttons().last()));
    connect(box, &QMessageBox::buttonClicked, this, [this, stop](QAbstractButton *clicked) {
        if (clicked == stop)
            act(Action::Cancel);
    });
    box->open();
    return box;
}

void PipelinesPage::openRunInBrowser()
{
    const PipelineRun *run = selectedRun();
    if (run && run->url.isValid())
        QDesktopServices::openUrl(run->url);
}

void PipelinesPage::act(Action action)
{
    const PipelineRun *selected = selectedRun();
    if (!selected || m_action.isRunning() || m_root.isEmpty())
        return;
    const PipelineRun run = *selected;
    const QString what
            = action == Action::Rerun
                      ? tr("Re-running the failed jobs of “%1” #%2…").arg(run.workflow).arg(run.id)
                      : tr("Cancelling “%1” #%2…").arg(run.workflow).arg(run.id);
    setMessage(what, false);
    m_action.run(
            this,
            [root = m_root, run, action](const std::atomic_bool &stop) -> Status {
                auto project = Project::open(root);
                if (!project)
                    return std::unexpected(project.error());
                auto connection = ForgeConnection::open(project->repository(),
                                                        project->settings().config,
                                                        {});
                if (!connection)
                    return std::unexpected(connection.error());
                (*connection)->client().setCancelFlag(&stop);
                Forge &forge = (*connection)->forge();
                return action == Action::Rerun ? forge.rerunFailed(run) : forge.cancel(run);
            },
            [this, run, action](const Status &done) {
                updateRunButtons();
                if (!done) {
                    setMessage(done.error().toString(), true);
                    return;
                }
                const QString text
                        = action == Action::Rerun
                                  ? tr("The failed jobs of “%1” #%2 run again.")
                                            .arg(run.workflow)
                                            .arg(run.id)
                                  : tr("“%1” #%2 was cancelled.").arg(run.workflow).arg(run.id);
                Q_EMIT statusMessage(text); // the message line is the fetch's again
                refresh();
            });
    updateRunButtons();
}

} // namespace rd::gui
