// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelinespage.h"

#include "runtables.h"
#include "runworkflowdialog.h"

#include "forge/forgeconnection.h"
#include "net/httpclient.h"
#include "project/project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rd::gui {

namespace {

// Runs on a worker thread: the connection (its HTTP client lives on this thread), the runs and
// their jobs.
// `stop` (the task's, set when the page goes or fetches again) aborts the request under way.
PipelinesPage::Fetched fetch(const QString &root,
                             PipelinesPage::Scope scope,
                             const QString &value,
                             const std::atomic_bool &stop)
{
    PipelinesPage::Fetched fetched;
    auto project = Project::open(root);
    if (!project) {
        fetched.error = project.error();
        return fetched;
    }
    auto connection = ForgeConnection::open(project->repository(), project->settings().config, {});
    if (!connection) {
        fetched.noForge = connection.error().code == errc::forgeUnknown;
        fetched.error = connection.error();
        return fetched;
    }
    (*connection)->client().setCancelFlag(&stop);
    fetched.forge = (*connection)->location().describe();
    fetched.tokenSource = (*connection)->tokenSource();
    RunFilter filter;
    filter.limit = 20;
    filter.value = value;
    switch (scope) {
    case PipelinesPage::Scope::Branch:
        filter.kind = RunFilter::Kind::Branch;
        break;
    case PipelinesPage::Scope::Tag:
        filter.kind = RunFilter::Kind::Tag;
        break;
    case PipelinesPage::Scope::Commit: {
        filter.kind = RunFilter::Kind::Commit;
        // A revision the clone knows (HEAD~1, a tag) becomes its id; an unknown id is still a
        // fine question for the forge.
        if (auto id = project->repository().resolveCommit(value))
            filter.value = id->toString();
        break;
    }
    }
    auto runs = (*connection)->forge().runsWithJobs(filter);
    if (!runs) {
        fetched.error = runs.error();
        return fetched;
    }
    fetched.runs = std::move(*runs);
    // Whom the token belongs to, for "Mine" (no request without a token; a 304 once asked).
    auto login = (*connection)->forge().signedInLogin();
    if (login)
        fetched.login = *login;
    else
        fetched.loginProblem = login.error().message;
    return fetched;
}

} // namespace

PipelinesPage::PipelinesPage(QWidget *parent)
    : ProjectView(parent)
    , m_scope(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_runWorkflow(new QPushButton(tr("Run &Workflow…"), this))
    , m_workflowFilter(new QComboBox(this))
    , m_mine(new QCheckBox(tr("&Mine"), this))
    , m_rerun(new QPushButton(tr("Re-run &Failed"), this))
    , m_cancelRun(new QPushButton(tr("&Cancel Run…"), this))
    , m_openRun(new QPushButton(tr("&Open in Browser"), this))
    , m_forge(new QLabel(this))
    , m_signIn(new QPushButton(tr("&Sign In…"), this))
    , m_message(new QLabel(this))
    , m_runs(makeTable({tr("State"),
                        tr("Workflow"),
                        tr("Ref"),
                        tr("Commit"),
                        tr("Started"),
                        tr("Duration"),
                        tr("Event"),
                        tr("Actor")},
                       this))
    , m_jobs(makeTable({tr("State"), tr("Job"), tr("Started"), tr("Duration"), tr("Timeline")},
                       this))
{
    m_scope->addItem(tr("Branch"), int(Scope::Branch));
    m_scope->addItem(tr("Tag"), int(Scope::Tag));
    m_scope->addItem(tr("Commit"), int(Scope::Commit));
    m_scope->setAccessibleName(tr("Runs of"));
    m_value->setAccessibleName(tr("Branch, tag or commit"));
    m_value->setPlaceholderText(tr("main, v1.4.0, HEAD…"));
    m_value->setClearButtonEnabled(true);
    m_refresh->setToolTip(tr("Fetch the runs again (Alt+R; F5 reloads the repository and them)"));
    m_forge->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_runs->setAccessibleName(tr("CI runs, newest first"));
    m_jobs->setItemDelegateForColumn(timelineColumn, new TimelineDelegate(m_jobs));
    m_jobs->header()->setSectionResizeMode(timelineColumn, QHeaderView::Interactive);
    m_jobs->header()->resizeSection(timelineColumn, 260);
    m_jobs->setAccessibleName(tr("Jobs of the selected run"));
    m_runs->setToolTip(tr("Double-click a run to open it in the browser."));
    m_jobs->setToolTip(tr("Double-click a job to open it in the browser."));

    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("Runs of"), this);
    label->setBuddy(m_scope);
    bar->addWidget(label);
    bar->addWidget(m_scope);
    bar->addWidget(m_value, 1);
    bar->addWidget(m_workflowFilter);
    bar->addWidget(m_mine);
    bar->addWidget(m_refresh);
    bar->addWidget(m_runWorkflow);

    // The selected run's actions, under the runs.
    auto *runsBox = new QWidget(this);
    auto *runsLayout = new QVBoxLayout(runsBox);
    runsLayout->setContentsMargins(0, 0, 0, 0);
    runsLayout->addWidget(m_runs, 1);
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_rerun);
    actions->addWidget(m_cancelRun);
    actions->addWidget(m_openRun);
    runsLayout->addLayout(actions);
    m_rerun->setToolTip(tr("Run the failed jobs of the selected run again"));
    m_cancelRun->setToolTip(tr("Stop the selected run while it is queued or running"));
    m_openRun->setToolTip(tr("Open the selected run on the forge"));
    connect(m_rerun, &QPushButton::clicked, this, &PipelinesPage::rerunFailed);
    connect(m_cancelRun, &QPushButton::clicked, this, [this] { cancelRun(); });
    connect(m_openRun, &QPushButton::clicked, this, &PipelinesPage::openRunInBrowser);
    connect(m_runs, &QTreeWidget::currentItemChanged, this, &PipelinesPage::updateRunButtons);
    updateRunButtons();

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(runsBox);
    split->addWidget(m_jobs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    auto *forgeLine = new QHBoxLayout;
    forgeLine->addWidget(m_forge, 1);
    forgeLine->addWidget(m_signIn);
    m_signIn->setToolTip(tr("Store a token for the forge in the system keychain (Release › "
                            "Tokens…): private projects, higher rate limits, running workflows"));
    m_signIn->hide();
    connect(m_signIn, &QPushButton::clicked, this, &PipelinesPage::signInRequested);
    layout->addLayout(forgeLine);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_refresh, &QPushButton::clicked, this, &PipelinesPage::refresh);
    m_runWorkflow->setToolTip(tr("Run a workflow by hand with its inputs (workflow_dispatch), "
                                 "or a GitLab pipeline with variables"));
    connect(m_runWorkflow, &QPushButton::clicked, this, [this] {
        if (RunWorkflowDialog *dialog = openRunDialog())
            dialog->open();
    });
    m_workflowFilter->setAccessibleName(tr("Workflow"));
    m_workflowFilter->setToolTip(tr("Show the runs of one workflow only"));
    m_workflowFilter->addItem(tr("All workflows"));
    m_workflowFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_workflowFilter, &QComboBox::currentIndexChanged, this, &PipelinesPage::applyFilter);
    m_mine->setEnabled(false);
    m_mine->setToolTip(tr("Only the runs you started (needs a token: the forge says whose it is)"));
    connect(m_mine, &QCheckBox::toggled, this, &PipelinesPage::applyFilter);
    connect(m_value, &QLineEdit::returnPressed, this, &PipelinesPage::refresh);
    connect(m_scope, &QComboBox::activated, this, &PipelinesPage::refresh);
    connect(m_runs, &QTreeWidget::currentItemChanged, this, &PipelinesPage::showJobs);
    connect(m_runs, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int row = m_runs->indexOfTopLevelItem(item);
        if (row >= 0 && row < m_shown.size())
            QDesktopServices::openUrl(m_shown.at(row).url);
    });
    connect(m_jobs, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QUrl url = item->data(0, Qt::UserRole).toUrl();
        if (url.isValid())
            QDesktopServices::openUrl(url);
    });
    clearProject();
}

PipelinesPage::~PipelinesPage()
{
    m_task.cancel(); // a fetch under way stops, rather than hold the application's exit
}

void PipelinesPage::setProject(const QString &root)
{
    const bool other = root != m_root;
    m_root = root;
    if (other || m_value->text().isEmpty()) {
        // The runs of the branch checked out, as a release manager looks first.
        QString branch;
        if (auto project = Project::open(root))
            branch = project->repository().currentBranch();
        m_scope->setCurrentIndex(branch.isEmpty() ? int(Scope::Commit) : int(Scope::Branch));
        m_value->setText(branch.isEmpty() ? QStringLiteral("HEAD") : branch);
    }
    // The forge is asked when the view is looked at, not on every load of the repository.
    m_stale = true;
    setEnabled(true);
    if (isVisible())
        refresh();
}

void PipelinesPage::markStale()
{
    if (m_root.isEmpty())
        return;
    m_stale = true;
    if (isVisible())
        refresh();
}

void PipelinesPage::showEvent(QShowEvent *event)
{
    ProjectView::showEvent(event);
    if (m_stale)
        refresh();
}

void PipelinesPage::clearProject()
{
    m_task.cancel();
    m_stale = false;
    m_root.clear();
    m_shown.clear();
    m_login.clear();
    m_mine->setChecked(false);
    m_mine->setEnabled(false);
    m_runs->clear();
    m_jobs->clear();
    m_forge->setText(tr("No repository open."));
    setMessage({}, false);
    setEnabled(false);
}

void PipelinesPage::showRuns(Scope scope, const QString &value)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
    m_value->setText(value);
    refresh();
}

void PipelinesPage::refresh()
{
    if (m_root.isEmpty())
        return;
    m_stale = false;
    const QString value = m_value->text().trimmed();
    if (value.isEmpty()) {
        setMessage(tr("Name a branch, tag or commit whose runs to show."), true);
        return;
    }
    const auto scope = Scope(m_scope->currentData().toInt());
    setMessage(tr("Fetching the runs of %1…").arg(value), false);
    Q_EMIT busyChanged(true);
    m_task.run(
            this,
            [root = m_root, scope, value](const std::atomic_bool &stop) {
                return fetch(root, scope, value, stop);
            },
            [this](Fetched fetched) {
                Q_EMIT busyChanged(false);
                display(std::move(fetched));
            });
}

void PipelinesPage::display(Fetched fetched)
{
    m_forge->setText(fetched.forge.isEmpty() ? QString()
                     : fetched.tokenSource.isEmpty()
                             ? tr("%1, without a token (public projects only)").arg(fetched.forge)
                             : tr("%1, token from %2").arg(fetched.forge, fetched.tokenSource));
    // A forge used without a token, or refusing the token it got (401, 403, or the 404 a
    // private project answers without one), offers to store one.
    const bool refused = fetched.error
                         && (fetched.error->code == errc::netUnauthorized
                             || fetched.error->code == errc::netForbidden
                             || fetched.error->code == errc::netNotFound);
    m_signIn->setVisible(!fetched.forge.isEmpty() && (fetched.tokenSource.isEmpty() || refused));
    if (fetched.error) {
        // Runs shown before stay: a failed refresh must not look like "no runs".
        if (fetched.noForge)
            setMessage(tr("CI is not checked: %1\nAdd a forge: section to .releasedesk.yml "
                          "(type, api, project) to show its pipelines.")
                               .arg(fetched.error->message),
                       false);
        else
            setMessage(tr("The runs could not be fetched: %1").arg(fetched.error->toString()),
                       true);
        return;
    }
    m_login = fetched.login;
    m_mine->setEnabled(!m_login.isEmpty());
    if (m_login.isEmpty()) {
        m_mine->setChecked(false);
        m_mine->setToolTip(
                tr("Only the runs you started: not available, %1").arg(fetched.loginProblem));
    } else {
        m_mine->setToolTip(
                tr("Only the runs started by %1, whom the token belongs to").arg(m_login));
    }
    m_shown = std::move(fetched.runs);
    m_runs->clear();
    m_jobs->clear();
    for (const PipelineRun &run : std::as_const(m_shown)) {
        auto *item = new QTreeWidgetItem(m_runs);
        setState(item, run.state);
        item->setText(1, run.workflow);
        item->setText(2, run.ref);
        item->setText(3, run.sha.left(10));
        item->setText(4, timeText(run.started));
        item->setText(5, durationText(run.durationSeconds()));
        item->setText(6, run.event);
        item->setText(7, run.actor);
        item->setToolTip(1, run.url.toString());
        item->setToolTip(3, run.sha);
    }
    fillWorkflowFilter();
    if (m_shown.isEmpty()) {
        const QString value = m_value->text().trimmed();
        switch (Scope(m_scope->currentData().toInt())) {
        case Scope::Branch:
            setMessage(tr("No CI runs for branch %1.").arg(value), false);
            break;
        case Scope::Tag:
            setMessage(tr("No CI runs for tag %1.").arg(value), false);
            break;
        case Scope::Commit:
            setMessage(tr("No CI runs for commit %1.").arg(value), false);
            break;
        }
        return;
    }
    setMessage({}, false);
    m_runs->setCurrentItem(m_runs->topLevelItem(0));
    applyFilter();
}

RunWorkflowDialog *PipelinesPage::openRunDialog()
{
    if (m_root.isEmpty())
        return nullptr;
    auto project = Project::open(m_root);
    if (!project) {
        setMessage(project.error().toString(), true);
        return nullptr;
    }
    // Where the forge is needs no network: the configuration or the remote's URL.
    auto forge = ForgeConnection::locate(project->repository(),
                                         project->settings().config,
                                         QStringLiteral("origin"));
    if (!forge) {
        setMessage(tr("Nothing can be run: %1").arg(forge.error().message), true);
        return nullptr;
    }
    const bool onBranch = Scope(m_scope->currentData().toInt()) != Scope::Commit
                          && !m_value->text().trimmed().isEmpty();
    const QString ref = onBranch ? m_value->text().trimmed()
                                 : project->repository().currentBranch();
    auto *dialog = new RunWorkflowDialog(project->root(), *forge, ref, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString ref = dialog->refField()->text().trimmed();
        Q_EMIT statusMessage(tr("Started %1.").arg(dialog->started()));
        showRuns(Scope::Branch, ref);
    });
    return dialog;
}

void PipelinesPage::showJobs()
{
    m_jobs->clear();
    const PipelineRun *run = selectedRun();
    if (!run)
        return;
    const QList<PipelineJob> &jobs = run->jobs;
    // The span: from the first job's start to the last one's end (now for one still running).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime first;
    QDateTime last;
    for (const PipelineJob &job : jobs) {
        if (!job.started.isValid())
            continue;
        const QDateTime end = job.finished.isValid() ? job.finished : now;
        if (!first.isValid() || job.started < first)
            first = job.started;
        if (!last.isValid() || end > last)
            last = end;
    }
    const double span = first.isValid() ? double(std::max<qint64>(1, first.secsTo(last))) : 0;
    for (const PipelineJob &job : jobs) {
        auto *item = new QTreeWidgetItem(m_jobs);
        setState(item, job.state);
        item->setText(1, job.name);
        item->setText(2, timeText(job.started));
        item->setText(3, durationText(job.durationSeconds()));
        item->setData(0, Qt::UserRole, job.url);
        item->setToolTip(1, job.url.toString());
        if (job.started.isValid() && span > 0) {
            const QDateTime end = job.finished.isValid() ? job.finished : now;
            const qint64 offset = first.secsTo(job.started);
            item->setData(timelineColumn,
                          barRole,
                          QPointF(offset / span, std::min(1.0, first.secsTo(end) / span)));
            item->setData(timelineColumn, colorRole, stateColor(job.state));
            item->setToolTip(timelineColumn,
                             tr("Starts %1 after the first job and takes %2")
                                     .arg(durationText(offset),
                                          durationText(job.durationSeconds())));
        } else {
            item->setToolTip(timelineColumn, tr("Not started yet"));
        }
    }
}

void PipelinesPage::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b71c1c; }") : QString());
    m_message->setVisible(!text.isEmpty());
}

QString PipelinesPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool PipelinesPage::offersSignIn() const
{
    return !m_signIn->isHidden();
}

QString PipelinesPage::forgeText() const
{
    return m_forge->text();
}

int PipelinesPage::runCount() const
{
    return m_runs->topLevelItemCount();
}

void PipelinesPage::applyFilter()
{
    // The first entry is "All workflows"; the others are the workflows of the runs shown.
    const QString workflow = m_workflowFilter->currentIndex() > 0 ? m_workflowFilter->currentText()
                                                                  : QString();
    const bool mineOnly = m_mine->isChecked() && !m_login.isEmpty();
    QTreeWidgetItem *firstShown = nullptr;
    for (int row = 0; row < m_runs->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_runs->topLevelItem(row);
        const bool shown = (workflow.isEmpty() || item->text(1) == workflow)
                           && (!mineOnly
                               || (row < m_shown.size()
                                   && m_shown.at(row).actor.compare(m_login, Qt::CaseInsensitive)
                                              == 0));
        item->setHidden(!shown);
        if (shown && !firstShown)
            firstShown = item;
    }
    if (m_runs->currentItem() && m_runs->currentItem()->isHidden())
        m_runs->setCurrentItem(firstShown);
}

void PipelinesPage::showMineOnly(bool mine)
{
    m_mine->setChecked(mine);
}

bool PipelinesPage::offersMine() const
{
    return m_mine->isEnabled();
}

QString PipelinesPage::mineToolTip() const
{
    return m_mine->toolTip();
}

void PipelinesPage::fillWorkflowFilter()
{
    const QString chosen = m_workflowFilter->currentIndex() > 0 ? m_workflowFilter->currentText()
                                                                : QString();
    QStringList names;
    for (const PipelineRun &run : std::as_const(m_shown)) {
        if (!names.contains(run.workflow))
            names.append(run.workflow);
    }
    names.sort(Qt::CaseInsensitive);
    const QSignalBlocker blocker(m_workflowFilter);
    while (m_workflowFilter->count() > 1)
        m_workflowFilter->removeItem(1);
    m_workflowFilter->addItems(names);
    // A workflow chosen before stays chosen while it has runs.
    m_workflowFilter->setCurrentIndex(std::max(0, int(names.indexOf(chosen)) + 1));
}

void PipelinesPage::showWorkflow(const QString &workflow)
{
    m_workflowFilter->setCurrentIndex(std::max(0, m_workflowFilter->findText(workflow)));
}

int PipelinesPage::visibleRunCount() const
{
    int visible = 0;
    for (int row = 0; row < m_runs->topLevelItemCount(); ++row)
        visible += m_runs->topLevelItem(row)->isHidden() ? 0 : 1;
    return visible;
}

QStringList PipelinesPage::runRow(int row) const
{
    return rowText(m_runs, row);
}

void PipelinesPage::selectRun(int row)
{
    m_runs->setCurrentItem(m_runs->topLevelItem(row));
}

int PipelinesPage::jobCount() const
{
    return m_jobs->topLevelItemCount();
}

std::optional<QPointF> PipelinesPage::jobBar(int row) const
{
    const QTreeWidgetItem *item = m_jobs->topLevelItem(row);
    const QVariant bar = item ? item->data(timelineColumn, barRole) : QVariant();
    return bar.isValid() ? std::optional(bar.toPointF()) : std::nullopt;
}

QStringList PipelinesPage::jobRow(int row) const
{
    return rowText(m_jobs, row);
}

QUrl PipelinesPage::runUrl(int row) const
{
    return row >= 0 && row < m_shown.size() ? m_shown.at(row).url : QUrl();
}

} // namespace rd::gui
