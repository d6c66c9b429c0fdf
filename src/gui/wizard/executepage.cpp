// SPDX-License-Identifier: GPL-3.0-or-later
#include "executepage.h"
#include "localdates.h"
#include "ui_executepage.h"

#include "historystore.h"
#include "releasesession.h"
#include "reviewpage.h"
#include "versionpage.h"

#include "notify/desktopnotifier.h"
#include "release/releaserunner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QMessageBox>
#include <QStyle>
#include <QWizard>

namespace rd::gui {

namespace {

QString stepStateText(Journal::StepState state)
{
    switch (state) {
    case Journal::StepState::Pending:
        return ExecutePage::tr("Waiting");
    case Journal::StepState::Running:
        return ExecutePage::tr("Running…");
    case Journal::StepState::Done:
        return ExecutePage::tr("Done");
    case Journal::StepState::Failed:
        return ExecutePage::tr("Failed");
    case Journal::StepState::Undone:
        return ExecutePage::tr("Undone");
    }
    return {};
}

QIcon stepStateIcon(const QWidget *widget, Journal::StepState state)
{
    switch (state) {
    case Journal::StepState::Pending:
        return {};
    case Journal::StepState::Running:
        return widget->style()->standardIcon(QStyle::SP_MediaPlay);
    case Journal::StepState::Done:
        return widget->style()->standardIcon(QStyle::SP_DialogApplyButton);
    case Journal::StepState::Failed:
        return widget->style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case Journal::StepState::Undone:
        return widget->style()->standardIcon(QStyle::SP_ArrowBack);
    }
    return {};
}

} // namespace

ExecutePage::ExecutePage(ReleaseSession *session,
                         const VersionPage *version,
                         const ReviewPage *review,
                         const QString &repositoryPath,
                         QWidget *parent)
    : GatedPage(parent)
    , m_ui(new Ui::ExecutePage)
    , m_session(session)
    , m_version(version)
    , m_review(review)
    , m_path(repositoryPath)
{
    m_ui->setupUi(this);
    m_ui->progressSteps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->progressSteps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->progressSteps->header()->setStretchLastSection(false);

    connect(m_session, &ReleaseSession::runStarted, this, &ExecutePage::onRunStarted);
    connect(m_session, &ReleaseSession::stepChanged, this, &ExecutePage::onStepChanged);
    connect(m_session, &ReleaseSession::runFinished, this, &ExecutePage::onRunFinished);
    connect(m_session, &ReleaseSession::unfinishedFound, this, &ExecutePage::onUnfinished);
    connect(m_session, &ReleaseSession::publishVerified, this, [this](const QStringList &lines) {
        m_verified = lines;
    });
    connect(m_session, &ReleaseSession::logged, this, [this](const QString &line) {
        m_ui->log->appendPlainText(line);
    });
    connect(m_session,
            &ReleaseSession::progressed,
            this,
            [this](qint64 done, qint64 total, const QString &what) {
                m_ui->progressBar->setRange(0, total > 0 ? int(qMin<qint64>(total, 1 << 30)) : 0);
                if (total > 0)
                    m_ui->progressBar->setValue(int(qMin(done, total)));
                m_ui->progressBar->setFormat(what.isEmpty() ? QStringLiteral("%p%") : what);
            });
    connect(m_ui->stopButton, &QPushButton::clicked, this, [this] {
        m_ui->executeStatus->setText(tr("Stopping after the step under way…"));
        m_session->cancel();
    });
    connect(m_ui->resumeButton, &QPushButton::clicked, this, [this] {
        m_aborting = false;
        setRunButtons(true, false);
        m_ui->executeStatus->setText(tr("Resuming…"));
        m_session->resume();
    });
    connect(m_ui->abortButton, &QPushButton::clicked, this, [this] { undoRelease(false); });
}

ExecutePage::~ExecutePage()
{
    delete m_ui;
}

void ExecutePage::recover(const QString &path)
{
    m_recovering = true;
    setRunButtons(false, false);
    m_ui->executeStatus->setText(tr("Looking for the stopped release…"));
    m_session->findUnfinished(path);
}

void ExecutePage::initializePage()
{
    if (m_recovering)
        return;
    const std::optional<Version> version = m_version->version();
    m_runVersion = version ? version->toString() : QString();
    m_runTag = m_review->review().tag;
    m_runRemote = m_review->review().remote;
    m_ui->log->clear();
    m_verified.clear();
    m_publishProblem.clear();
    setRunButtons(true, false);
    m_ui->executeStatus->setText(tr("Releasing %1…").arg(m_runVersion));
    m_session->execute();
}

bool ExecutePage::validatePage()
{
    return !m_running;
}

void ExecutePage::showFailure(const Error &error)
{
    m_ui->executeStatus->setText(error.toString());
}

void ExecutePage::setCancelEnabled(bool enabled)
{
    if (wizard())
        wizard()->button(QWizard::CancelButton)->setEnabled(enabled);
}

void ExecutePage::setRunButtons(bool running, bool stopped)
{
    m_running = running;
    m_ui->stopButton->setEnabled(running);
    m_ui->resumeButton->setVisible(stopped);
    m_ui->abortButton->setVisible(stopped);
    m_ui->resumeButton->setEnabled(stopped);
    m_ui->abortButton->setEnabled(stopped);
    setCancelEnabled(!running);
}

void ExecutePage::onRunStarted(const QStringList &steps)
{
    m_ui->progressSteps->clear();
    for (const QString &title : steps)
        new QTreeWidgetItem(m_ui->progressSteps,
                            {title, stepStateText(Journal::StepState::Pending)});
    m_ui->progressBar->setRange(0, int(steps.size()));
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setFormat(QStringLiteral("%v/%m"));
}

void ExecutePage::onStepChanged(int index, Journal::StepState state)
{
    QTreeWidgetItem *item = m_ui->progressSteps->topLevelItem(index);
    if (!item)
        return;
    item->setText(1, stepStateText(state));
    item->setIcon(0, stepStateIcon(this, state));
    m_ui->progressSteps->scrollToItem(item);
    int done = 0;
    for (int i = 0; i < m_ui->progressSteps->topLevelItemCount(); ++i)
        done += m_ui->progressSteps->topLevelItem(i)->text(1)
                == stepStateText(Journal::StepState::Done);
    m_ui->progressBar->setRange(0, m_ui->progressSteps->topLevelItemCount());
    m_ui->progressBar->setValue(done);
    m_ui->progressBar->setFormat(QStringLiteral("%v/%m"));
}

void ExecutePage::onRunFinished(bool ok, const Error &error)
{
    if (m_aborting) {
        m_aborting = false;
        if (!ok && error.code == errc::remoteConfirm) {
            // Asked without blocking: the run's signals keep arriving meanwhile.
            auto *box = new QMessageBox(QMessageBox::Warning,
                                        tr("Undo on the Remote?"),
                                        tr("%1\n\nUndo it on the remote too? Others may already "
                                           "have fetched it.")
                                                .arg(error.message),
                                        QMessageBox::Yes | QMessageBox::No,
                                        this);
            box->setDefaultButton(QMessageBox::No);
            box->setAttribute(Qt::WA_DeleteOnClose);
            connect(box, &QMessageBox::finished, this, [this, box] {
                if (box->result() == QMessageBox::Yes) {
                    undoRelease(true);
                } else {
                    setRunButtons(false, true);
                    m_ui->executeStatus->setText(tr("Nothing was undone."));
                }
            });
            box->open();
            return;
        }
        setRunButtons(false, !ok);
        m_ui->executeStatus->setText(ok ? tr("The release was undone. You can close this window.")
                                        : tr("Not undone: %1").arg(error.toString()));
        if (ok) {
            m_ui->resumeButton->setVisible(false);
            m_ui->abortButton->setVisible(false);
        }
        return;
    }
    if (!ok && error.code == errc::publishNotStarted) {
        // The release is made; only its publishing failed, before any step: nothing to resume.
        m_publishProblem = error.message;
        ok = true;
    }
    if (ok) {
        m_released = true;
        setRunButtons(false, false);
        // Nothing is left to cancel: the release is made; Next shows what was done.
        setCancelEnabled(false);
        m_ui->executeStatus->setText(m_publishProblem.isEmpty()
                                             ? tr("Released %1.").arg(m_runVersion)
                                             : m_publishProblem);
        m_ui->executeStatus->setStyleSheet(
                m_publishProblem.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
        setComplete(true);
        announce(true, m_publishProblem);
        Q_EMIT releaseFinished();
        return;
    }
    if (error.code != errc::cancelled) // the user stopped it: nothing to tell
        announce(error.code == errc::publishStopped, error.toString());
    setRunButtons(false, true);
    m_ui->executeStatus->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_ui->executeStatus->setText(
            error.code == errc::cancelled
                    ? tr("Stopped. Resume to finish the release, or undo what it did.")
                    : tr("%1\nResume once the cause is fixed, or undo what the release did.")
                              .arg(error.toString()));
}

void ExecutePage::announce(bool released, const QString &problem)
{
    if (!m_notifier)
        m_notifier = std::make_unique<notify::DesktopNotifier>(historyStore());
    const notify::Notification notification = notify::Notification::forRelease(m_path,
                                                                               m_runTag,
                                                                               released,
                                                                               m_verified,
                                                                               problem);
    if (auto sent = m_notifier->notify(notification); !sent)
        m_ui->log->appendPlainText(tr("The desktop was not told: %1").arg(sent.error().toString()));
}

void ExecutePage::undoRelease(bool confirmRemote)
{
    m_aborting = true;
    setRunButtons(true, false);
    m_ui->stopButton->setEnabled(false);
    m_ui->executeStatus->setStyleSheet({});
    m_ui->executeStatus->setText(tr("Undoing the release…"));
    m_session->abort(confirmRemote);
}

void ExecutePage::onUnfinished(const Journal &journal)
{
    m_runVersion = journal.plan.value(QLatin1String("version")).toString();
    m_runTag = journal.plan.value(QLatin1String("tag")).toString();
    const QStringList titles = planStepTitles(journal.plan);
    const QJsonArray steps = journal.plan.value(QLatin1String("steps")).toArray();
    for (const QJsonValue &step : steps) {
        const QJsonObject object = step.toObject();
        if (object.value(QLatin1String("kind")).toString() == u"push")
            m_runRemote = object.value(QLatin1String("data"))
                                  .toObject()
                                  .value(QLatin1String("remote"))
                                  .toString();
    }
    onRunStarted(titles);
    for (int i = 0; i < journal.steps.size(); ++i) {
        const Journal::Step &step = journal.steps.at(i);
        onStepChanged(i, step.state);
        if (step.state == Journal::StepState::Failed && i < titles.size())
            m_ui->log->appendPlainText(tr("%1 failed: %2").arg(titles.at(i), step.errorMessage));
    }
    setRunButtons(false, true);
    m_ui->executeStatus->setText(
            tr("The release of %1 (tag %2) stopped on %3. Resume it to "
               "finish exactly the reviewed steps, or undo it.")
                    .arg(m_runVersion,
                         m_runTag,
                         shortDateTime(QDateTime::fromString(journal.updated, Qt::ISODate)
                                               .toLocalTime())));
}

} // namespace rd::gui
