// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "latesttask.h"
#include "projectview.h"

#include "forge/forge.h"

#include <QPointF>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace rd::gui {

class RunWorkflowDialog;

// "Pipelines": the CI runs of a branch, tag or commit on the repository's forge (GitHub
// Actions or GitLab CI, found from .releasedesk.yml's forge: section or the push remote), newest
// first, and the jobs of the selected run with their durations. Everything is fetched off the
// GUI thread through the core's forge layer (conditional requests, rate limits, the token
// chain); Refresh fetches again, a double click opens the run or job in the browser.
class PipelinesPage : public ProjectView
{
    Q_OBJECT

public:
    enum class Scope { Branch, Tag, Commit };

    explicit PipelinesPage(QWidget *parent = nullptr);
    ~PipelinesPage() override;

    void setProject(const QString &root) override;
    void clearProject() override;

    // Shows the runs of `value` (a branch, tag or commit revision) and fetches them.
    void showRuns(Scope scope, const QString &value);
    void refresh();
    // The runs are fetched again when the view is next looked at (now, if it is shown): after
    // a token was stored, for instance.
    void markStale();
    // "Run Workflow…": the dialog for the repository's forge, on the branch shown (or checked
    // out); once something is started, its runs are shown. Null (with a message) without a
    // forge.
    RunWorkflowDialog *openRunDialog();

    // For tests and the window: what the user sees.
    bool isLoading() const { return m_task.isRunning(); }
    QString messageText() const;
    QString forgeText() const;
    int runCount() const;
    QStringList runRow(int row) const;
    // The workflow filter: only the runs of `workflow` (empty: all) are shown.
    void showWorkflow(const QString &workflow);
    int visibleRunCount() const;
    // "Mine": only the runs started by the token's user. Offered once the forge said whom the
    // token belongs to (its tooltip says why not otherwise).
    void showMineOnly(bool mine);
    bool offersMine() const;
    QString mineToolTip() const;
    // Selects a run: its jobs fill the lower table.
    void selectRun(int row);
    int jobCount() const;
    QStringList jobRow(int row) const;
    // The job's bar on the run's timeline: start and end as fractions of the span from the
    // first job's start to the last one's end; nullopt for a job not started.
    std::optional<QPointF> jobBar(int row) const;
    QUrl runUrl(int row) const;
    // The selected run's actions, as the buttons under the runs do them: Re-run Failed (a
    // failed or cancelled run), Cancel Run (queued or running; asks first, window-modal; the
    // box is returned) and Open in Browser. Sent off the GUI thread; the runs are fetched
    // again afterwards and the message says what was done or why not.
    void rerunFailed();
    QDialog *cancelRun();
    void openRunInBrowser();
    bool isActing() const { return m_action.isRunning(); }
    // "Sign In…" beside the forge line: shown while the forge is used without a token or
    // refuses the one it got; it asks the window for the Tokens dialog.
    bool offersSignIn() const;

Q_SIGNALS:
    void signInRequested();

public:
    // What one fetch gives: the runs with their jobs, or why there are none.
    struct Fetched
    {
        QString forge;        // "GitHub owner/name at https://…" for the header line
        QString tokenSource;  // where the token came from; empty without one
        QString login;        // whom the token belongs to (the "mine" filter); empty: unknown
        QString loginProblem; // why the login is unknown, for the filter's tooltip
        QList<PipelineRun> runs;
        std::optional<Error> error;
        bool noForge = false; // neither the configuration nor the remote names a forge
    };

protected:
    void showEvent(QShowEvent *event) override;

private:
    void display(Fetched fetched);
    void showJobs();
    void setMessage(const QString &text, bool error);
    void updateRunButtons();
    void applyFilter();
    void fillWorkflowFilter();
    // The run the cursor is on in the runs table; null when none.
    const PipelineRun *selectedRun() const;
    enum class Action { Rerun, Cancel };
    void act(Action action);

    QString m_root;
    bool m_stale = false; // a repository was (re)loaded since the last fetch
    QComboBox *m_scope;
    QLineEdit *m_value;
    QPushButton *m_refresh;
    QPushButton *m_runWorkflow;
    QComboBox *m_workflowFilter;
    QCheckBox *m_mine;
    QString m_login;
    QPushButton *m_rerun;
    QPushButton *m_cancelRun;
    QPushButton *m_openRun;
    QLabel *m_forge;
    QPushButton *m_signIn;
    QLabel *m_message;
    QTreeWidget *m_runs;
    QTreeWidget *m_jobs;
    QList<PipelineRun> m_shown;
    LatestTask m_task;
    LatestTask m_action;
};

} // namespace rd::gui
