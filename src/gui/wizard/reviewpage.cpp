// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewpage.h"
#include "ui_reviewpage.h"

#include "notespage.h"
#include "versionpage.h"

#include "releasedraft/releasedraft.h"

#include <QFontDatabase>
#include <QWizard>

namespace rd::gui {

ReviewPage::ReviewPage(ReleaseSession *session,
                       const VersionPage *version,
                       const NotesPage *notes,
                       QWidget *parent)
    : GatedPage(parent)
    , m_ui(new Ui::ReviewPage)
    , m_session(session)
    , m_version(version)
    , m_notes(notes)
{
    m_ui->setupUi(this);
    m_ui->filesSplitter->setSizes({220, 700});
    // The plan holds diffs: columns line up only in a fixed-width font.
    m_ui->planText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setCommitPage(true);
    connect(m_ui->push, &QCheckBox::toggled, this, &ReviewPage::requestReview);
    connect(m_ui->files, &QListWidget::currentRowChanged, this, &ReviewPage::showEdit);
    connect(m_ui->unified, &QRadioButton::toggled, this, [this](bool on) {
        m_ui->diff->setMode(on ? VersionDiffView::Mode::Unified
                               : VersionDiffView::Mode::SideBySide);
    });
}

ReviewPage::~ReviewPage()
{
    delete m_ui;
}

void ReviewPage::showDraft()
{
    const QString &remote = m_session->pushRemote();
    m_ui->push->setText(remote.isEmpty() ? tr("P&ush the branch and the tag")
                                         : tr("P&ush the branch and the tag to %1").arg(remote));
    m_ui->push->setChecked(m_session->draft()->releaseSettings().push);
}

void ReviewPage::initializePage()
{
    requestReview();
}

void ReviewPage::requestReview()
{
    const std::optional<Version> version = m_version->version();
    if (!wizard() || wizard()->currentPage() != this || !version)
        return;
    setComplete(false);
    m_ui->reviewStatus->setText(
            tr("Checking and planning the release of %1…").arg(version->toString()));
    m_ui->files->clear();
    m_ui->steps->clear();
    m_ui->planText->clear();
    m_ui->diff->clear();
    m_session->review(*version,
                      m_notes->notes(),
                      m_notes->writesChangelog(),
                      m_ui->push->isChecked());
}

void ReviewPage::showReview(const ReleaseReview &review)
{
    m_review = review;
    m_ui->files->clear();
    for (const FileEdit &edit : review.edits)
        m_ui->files->addItem(edit.path);
    m_ui->steps->clear();
    const QStringList steps = planStepTitles(review.plan);
    int number = 0;
    for (const QString &title : steps)
        m_ui->steps->addItem(QStringLiteral("%1. %2").arg(++number).arg(title));
    m_ui->planText->setPlainText(review.publishOutline.isEmpty()
                                         ? review.planText
                                         : review.planText + QStringLiteral("\n\n")
                                                   + review.publishOutline);
    if (!review.edits.isEmpty())
        m_ui->files->setCurrentRow(0);

    QStringList problems;
    if (review.hasError)
        problems.append(review.error.toString());
    for (const CheckResult &check : review.checks)
        if (check.status == CheckResult::Status::Fail)
            problems.append(QStringLiteral("%1: %2").arg(check.title, check.message));
    if (!problems.isEmpty()) {
        m_ui->reviewStatus->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_ui->reviewStatus->setText(
                tr("The release cannot run: %1").arg(problems.join(QStringLiteral(" · "))));
    } else {
        m_ui->reviewStatus->setStyleSheet({});
        // Two counts, two plural forms: "1 step" and "2 files changed" each in their own words.
        const QString files = tr("%n files changed", nullptr, int(review.edits.size()));
        QString status = tr("%n steps, %1, tag %2%3. Press Release to run them.",
                            nullptr,
                            int(steps.size()))
                                 .arg(files,
                                      review.tag,
                                      review.remote.isEmpty()
                                              ? tr(", no push")
                                              : tr(", pushed to %1").arg(review.remote));
        if (!review.publishOutline.isEmpty())
            status += u' ' + tr("The build and the publishing the Plan tab lists follow them.");
        m_ui->reviewStatus->setText(status);
    }
    setComplete(review.allowed && !review.hasError);
}

void ReviewPage::showEdit(int row)
{
    if (row < 0 || row >= m_review.edits.size()) {
        m_ui->diff->clear();
        return;
    }
    m_ui->diff->setEdit(m_review.edits.at(row));
}

} // namespace rd::gui
