// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewpage.h"
#include "ui_reviewpage.h"

#include "notespage.h"
#include "versionpage.h"

#include "releasedraft/releasedraft.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidgetItem>
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
    m_ui->buildLog->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->artifacts->header()->setStretchLastSection(true);
    connect(m_ui->buildNow, &QPushButton::clicked, this, &ReviewPage::buildArtifacts);
    connect(m_session, &ReleaseSession::logged, this, [this](const QString &line) {
        if (m_building)
            m_ui->buildLog->appendPlainText(line);
    });
    connect(m_session, &ReleaseSession::prebuilt, this, [this](const Prebuilt &prebuilt) {
        m_review.prebuilt = prebuilt;
        setBuilding(false);
        showArtifacts(prebuilt);
        showPlanText();
        m_ui->buildLog->appendPlainText(
                tr("Built %n artifacts: the release publishes exactly these files.",
                   nullptr,
                   int(prebuilt.files.size())));
        m_ui->reviewStatus->setText(
                tr("The artifacts are built (the Artifacts tab lists them with their digests). "
                   "Press Release to make the release and publish them."));
    });
    connect(m_session, &ReleaseSession::prebuildFailed, this, [this](const Error &error) {
        m_review.prebuilt.reset();
        setBuilding(false);
        showArtifacts(std::nullopt);
        showPlanText();
        QString text;
        if (m_review.buildFirst)
            text = error.is(errc::cancelled)
                           ? tr("The build was cancelled. publish: build_first asks for the "
                                "artifacts before the release: build them to go on.")
                           : tr("The artifacts could not be built: %1. Nothing was made. "
                                "publish: build_first asks for them before the release: fix it "
                                "and build again.")
                                     .arg(error.toString());
        else
            text = error.is(errc::cancelled)
                           ? tr("The build was cancelled; the release builds after the tag, "
                                "as the Plan tab says.")
                           : tr("The artifacts could not be built: %1. Nothing was made; fix "
                                "it and build again, or release and build after the tag.")
                                     .arg(error.toString());
        m_ui->buildLog->appendPlainText(text);
        m_ui->reviewStatus->setText(text);
    });
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
    showPlanText();
    m_ui->reviewTabs->setTabEnabled(m_ui->reviewTabs->indexOf(m_ui->artifactsTab),
                                    review.publishes);
    m_ui->buildLog->clear();
    showArtifacts(review.prebuilt);
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
        if (review.prebuilt)
            status += u' '
                      + tr("Then the %n artifacts built before the tag are published as they "
                           "are.",
                           nullptr,
                           int(review.prebuilt->files.size()));
        else if (!review.publishOutline.isEmpty())
            status += u' ' + tr("The build and the publishing the Plan tab lists follow them.");
        m_ui->reviewStatus->setText(status);
    }
    // Artifacts are built for a release that may run, not to look at a refused one.
    m_ui->buildNow->setEnabled(review.allowed && !review.hasError);
    setComplete(mayRelease());
    // publish: build_first: the review is not complete before the artifacts are known.
    if (review.buildFirst && !review.prebuilt && review.allowed && !review.hasError)
        buildArtifacts();
}

bool ReviewPage::mayRelease() const
{
    // publish: build_first: not without the artifacts built before the tag.
    return m_review.allowed && !m_review.hasError
           && (!m_review.buildFirst || m_review.prebuilt.has_value());
}

void ReviewPage::showPlanText()
{
    QString text = m_review.planText;
    if (m_review.prebuilt)
        text += QStringLiteral("\n\n")
                + tr("Then publishes the artifacts built before the tag (not built again):") + u'\n'
                + m_review.prebuilt->publishText;
    else if (!m_review.publishOutline.isEmpty())
        text += QStringLiteral("\n\n") + m_review.publishOutline;
    m_ui->planText->setPlainText(text);
}

void ReviewPage::buildArtifacts()
{
    if (m_building) {
        m_session->cancelPrebuild();
        return;
    }
    setBuilding(true);
    m_ui->buildLog->clear();
    m_ui->artifacts->clear();
    m_ui->reviewStatus->setText(
            tr("Building the artifacts of %1 in a scratch folder…").arg(m_review.tag));
    m_session->prebuild();
}

void ReviewPage::setBuilding(bool building)
{
    m_building = building;
    m_ui->buildNow->setText(building ? tr("&Cancel Build") : tr("&Build Artifacts Now"));
    m_ui->push->setEnabled(!building);
    setComplete(!building && mayRelease());
}

void ReviewPage::showArtifacts(const std::optional<Prebuilt> &prebuilt)
{
    m_ui->artifacts->clear();
    if (!prebuilt)
        return;
    const QLocale locale;
    for (const PrebuiltFile &file : prebuilt->files) {
        auto *item = new QTreeWidgetItem(m_ui->artifacts,
                                         {file.path,
                                          locale.formattedDataSize(file.size),
                                          file.sha256});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setFont(2, QFontDatabase::systemFont(QFontDatabase::FixedFont));
        item->setToolTip(2, tr("SHA-256 of %1 as built: what is published").arg(file.path));
    }
    for (int column = 0; column < 2; ++column)
        m_ui->artifacts->resizeColumnToContents(column);
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
