// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflightpage.h"
#include "ui_preflightpage.h"

#include "inlinemarkdown.h"
#include "releasesession.h"

#include "releasedraft/releasedraft.h"

#include <QStyle>

namespace rd::gui {

namespace {

QIcon statusIcon(const QWidget *widget, CheckResult::Status status)
{
    switch (status) {
    case CheckResult::Status::Pass:
        return widget->style()->standardIcon(QStyle::SP_DialogApplyButton);
    case CheckResult::Status::Warn:
        return widget->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case CheckResult::Status::Fail:
        return widget->style()->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

} // namespace

PreflightPage::PreflightPage(ReleaseSession *session, QWidget *parent)
    : GatedPage(parent)
    , m_ui(new Ui::PreflightPage)
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->checks->header()->setStretchLastSection(true);

    connect(m_ui->rerunButton, &QPushButton::clicked, this, [this] {
        setComplete(false);
        m_ui->preflightSummary->setText(tr("Running the checks…"));
        m_session->runPreflight(m_version);
    });
    connect(m_ui->fixButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->checks->indexOfTopLevelItem(m_ui->checks->currentItem());
        if (row < 0 || row >= m_checks.size() || !m_checks.at(row).fix)
            return;
        setComplete(false);
        m_ui->preflightSummary->setText(tr("Applying: %1…").arg(m_checks.at(row).fix->label));
        m_session->applyFix(row);
    });
    connect(m_ui->checks, &QTreeWidget::currentItemChanged, this, &PreflightPage::updateFixButton);
}

PreflightPage::~PreflightPage()
{
    delete m_ui;
}

void PreflightPage::showPreparing()
{
    m_ui->preflightSummary->setText(tr("Reading the repository…"));
    m_ui->rerunButton->setEnabled(false);
}

void PreflightPage::checkDraft(const ReleaseDraft &draft)
{
    const NextVersionReport &report = draft.report();
    auto next = draft.resolve({});
    if (next)
        m_version = next->version;
    else if (report.lastRelease)
        m_version = report.lastRelease->version;
    else
        m_version = draft.settings().initialVersion;
    m_ui->rerunButton->setEnabled(true);
    m_ui->preflightSummary->setText(tr("Running the checks…"));
    m_session->runPreflight(m_version);
}

void PreflightPage::showChecks(const QList<CheckResult> &checks, bool allowed)
{
    m_checks = checks;
    m_ui->checks->clear();
    int failed = 0;
    int warned = 0;
    for (const CheckResult &check : checks) {
        const QString message = inlineMarkdownToPlain(check.message);
        auto *item = new QTreeWidgetItem(m_ui->checks, {check.title, message});
        item->setIcon(0, statusIcon(this, check.status));
        item->setToolTip(1, message);
        if (check.fix)
            item->setText(1, message + QStringLiteral("\n") + tr("Fix: %1").arg(check.fix->label));
        failed += check.status == CheckResult::Status::Fail;
        warned += check.status == CheckResult::Status::Warn;
    }
    m_ui->preflightSummary->setText(
            failed   ? tr("%n checks failed: the release cannot start yet.", nullptr, failed)
            : warned ? tr("Ready, with %n warnings to read.", nullptr, warned)
                     : tr("All checks passed."));
    // The first problem is selected, so Apply Fix works from the keyboard at once.
    for (int i = 0; i < checks.size(); ++i) {
        if (checks.at(i).status != CheckResult::Status::Pass) {
            m_ui->checks->setCurrentItem(m_ui->checks->topLevelItem(i));
            break;
        }
    }
    updateFixButton();
    setComplete(allowed);
}

void PreflightPage::showFailure(const Error &error, bool canRerun)
{
    m_ui->preflightSummary->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_ui->preflightSummary->setText(error.toString());
    m_ui->rerunButton->setEnabled(canRerun);
}

void PreflightPage::updateFixButton()
{
    const int row = m_ui->checks->indexOfTopLevelItem(m_ui->checks->currentItem());
    const bool fixable = row >= 0 && row < m_checks.size() && m_checks.at(row).fix.has_value();
    m_ui->fixButton->setEnabled(fixable && !m_session->isBusy());
    m_ui->fixButton->setToolTip(fixable ? m_checks.at(row).fix->label : QString());
}

} // namespace rd::gui
