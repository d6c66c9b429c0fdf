// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpage.h"

#include "configsourcebanner.h"
#include "inlinemarkdown.h"
#include "levelstyle.h"
#include "localdates.h"
#include "ui_overviewpage.h"

#include "cigate/cigreencheck.h"
#include "project/project.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidgetItem>

namespace rd::gui {

namespace {

void setPointSizeFactor(QWidget *widget, double factor, bool bold)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    widget->setFont(font);
}

QString tagDescription(const ReleaseTag &tag)
{
    return OverviewPage::tr("tag %1 · %2").arg(tag.name, shortDate(tag.date.date()));
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::OverviewPage)
    , m_configBanner(new ConfigSourceBanner(this))
    , m_ciState(new QLabel(this))
{
    m_ui->setupUi(this);
    m_ui->layout->insertWidget(1, m_configBanner);
    // The CI line goes right under the summary.
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->summary) + 1, m_ciState);
    m_ciState->setObjectName(QStringLiteral("ciState"));
    m_ciState->setWordWrap(true);
    m_ciState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ciState->hide();
    setPointSizeFactor(m_ui->repositoryLabel, 1.35, true);
    setPointSizeFactor(m_ui->currentVersion, 2.2, true);
    setPointSizeFactor(m_ui->nextVersion, 2.2, true);
    setPointSizeFactor(m_ui->arrow, 2.0, false);
    setPointSizeFactor(m_ui->whyTitle, 1.1, true);
    setPointSizeFactor(m_ui->decidingTitle, 1.1, true);
    m_ui->currentCaption->setForegroundRole(QPalette::PlaceholderText);
    m_ui->nextCaption->setForegroundRole(QPalette::PlaceholderText);
    m_ui->currentDetail->setForegroundRole(QPalette::PlaceholderText);
    m_ui->nextDetail->setForegroundRole(QPalette::PlaceholderText);
    m_ui->warnings->setStyleSheet(QStringLiteral(
            "QLabel { background: #fff4d6; color: #5d4300; border: 1px solid #e8c66a; "
            "border-radius: 4px; padding: 6px; }"));
    // The commit and its message as wide as they are (a message too long for the view scrolls,
    // and its tooltip holds it whole); the reason takes the rest.
    m_ui->deciding->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->deciding->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->deciding->header()->setStretchLastSection(true);
    connect(m_ui->deciding, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT commitActivated(item->data(0, Qt::UserRole).toString());
    });
    clear();
}

OverviewPage::~OverviewPage()
{
    delete m_ui;
}

void OverviewPage::clear()
{
    m_ui->repositoryLabel->setText(tr("No repository"));
    m_ui->currentVersion->setText(QStringLiteral("–"));
    m_ui->nextVersion->setText(QStringLiteral("–"));
    m_ui->levelBadge->clear();
    m_ui->currentDetail->clear();
    m_ui->nextDetail->clear();
    m_ui->steps->clear();
    m_ui->deciding->clear();
    m_ui->summary->clear();
    m_ui->warnings->hide();
    m_ci.cancel();
    m_ciState->clear();
    m_ciState->hide();
}

void OverviewPage::showReport(const NextVersionReport &report,
                              const QString &root,
                              const QString &tagPattern)
{
    const QString name = QDir(root).dirName();
    const QString where = report.branch.isEmpty()
                                  ? tr("detached HEAD at %1").arg(report.head.toShortString())
                                  : tr("branch %1 · %2")
                                            .arg(report.branch, report.head.toShortString());
    m_ui->repositoryLabel->setText(QStringLiteral("%1 <span style='font-weight:normal; "
                                                  "font-size:small'>%2</span>")
                                           .arg(name.toHtmlEscaped(), where.toHtmlEscaped()));
    m_ui->repositoryLabel->setToolTip(root);

    if (const auto current = report.currentVersion()) {
        m_ui->currentVersion->setText(current->toString());
        const ReleaseTag &tag = report.lastPreRelease ? *report.lastPreRelease
                                                      : *report.lastRelease;
        m_ui->currentDetail->setText(tagDescription(tag));
    } else {
        m_ui->currentVersion->setText(tr("none"));
        m_ui->currentDetail->setText(tr("No release tag “%1” yet").arg(tagPattern));
    }

    if (report.next) {
        m_ui->nextVersion->setText(report.next->version.toString());
        // Before the first tag the badge says what happens, not a level the commits lack.
        const bool first = !report.lastRelease && !report.lastPreRelease;
        const BumpLevel level = report.next->appliedLevel;
        m_ui->levelBadge->setText(first ? tr("first release") : levelText(level));
        m_ui->levelBadge->setStyleSheet(
                QStringLiteral("QLabel { color: white; background: %1; border-radius: 9px; "
                               "padding: 2px 10px; font-weight: bold; }")
                        .arg(first ? QStringLiteral("#2e7d32") : levelColor(level).name()));
        m_ui->levelBadge->show();
        m_ui->nextDetail->setText(
                first ? tr("The first release: there is no release tag yet, so it starts at %1.")
                                .arg(report.next->version.toString())
                      : tr("%n commits since the last release",
                           nullptr,
                           int(report.commits.size())));
        QStringList items;
        for (const QString &step : report.next->steps)
            items.append(QStringLiteral("<li>%1</li>").arg(inlineMarkdownToHtml(step)));
        m_ui->steps->setText(
                QStringLiteral("<ul style='margin-left:-20px'>%1</ul>").arg(items.join(QString())));
    } else {
        m_ui->nextVersion->setText(tr("nothing to release"));
        m_ui->levelBadge->hide();
        m_ui->nextDetail->clear();
        m_ui->steps->setText(report.nextError ? inlineMarkdownToHtml(report.nextError->message)
                                              : QString());
    }

    m_ui->deciding->clear();
    for (qsizetype index : report.deciding) {
        const AnalyzedCommit &commit = report.commits.at(index);
        auto *item = new QTreeWidgetItem(m_ui->deciding,
                                         {commit.id.toShortString(),
                                          commit.header(),
                                          inlineMarkdownToPlain(commit.classification.reason)});
        item->setData(0, Qt::UserRole, commit.id.toString());
        item->setToolTip(1, commit.message.trimmed());
        item->setToolTip(2, inlineMarkdownToPlain(commit.classification.reason));
    }
    // As tall as its rows (up to eight), so the page does not end in an empty box.
    const int rows = std::clamp(int(report.deciding.size()), 1, 8);
    const int rowHeight = std::max(m_ui->deciding->sizeHintForRow(0),
                                   m_ui->deciding->fontMetrics().height() + 6);
    m_ui->deciding->setFixedHeight(m_ui->deciding->header()->sizeHint().height() + rows * rowHeight
                                   + 2 * m_ui->deciding->frameWidth() + 2);
    m_ui->decidingTitle->setVisible(!report.deciding.isEmpty());
    m_ui->deciding->setVisible(!report.deciding.isEmpty());

    qsizetype bumping = 0;
    for (const AnalyzedCommit &commit : report.commits)
        bumping += commit.classification.level != BumpLevel::None ? 1 : 0;
    const int total = int(report.commits.size());
    QString summary;
    if (total == 0)
        summary = tr("No commits since the last release.");
    else if (bumping == 0)
        summary = tr("None of the %n commits bumps the version; the Commits view tells why.",
                     nullptr,
                     total);
    else if (bumping == total)
        summary = tr("All %n commits bump the version.", nullptr, total);
    else
        summary = tr("%1 of %n commits bump the version; the Commits view tells why the others "
                     "do not.",
                     nullptr,
                     total)
                          .arg(bumping);
    // Which tag pattern was used and why (configured, or read from the tags).
    m_ui->summary->setText(
            summary + u'\n'
            + tr("Release tags: %1.").arg(inlineMarkdownToPlain(report.tagStyle.explanation())));

    QStringList warnings = report.warnings;
    if (!report.skippedTags.isEmpty())
        warnings.append(
                tr("%n tags look like releases but were skipped, e.g. %1: %2",
                   nullptr,
                   int(report.skippedTags.size()))
                        .arg(report.skippedTags.first().name, report.skippedTags.first().reason));
    m_ui->warnings->setText(warnings.join(u'\n'));
    m_ui->warnings->setVisible(!warnings.isEmpty());
    checkCi(root);
}

void OverviewPage::checkCi(const QString &root)
{
    m_ciState->setStyleSheet(QString());
    m_ciState->setForegroundRole(QPalette::PlaceholderText);
    m_ciState->setText(tr("CI of HEAD: asking the forge…"));
    m_ciState->show();
    m_ci.run(
            this,
            [root](const std::atomic_bool &) {
                auto project = Project::open(root);
                if (!project) {
                    CheckResult failed;
                    failed.status = CheckResult::Status::Fail;
                    failed.message = project.error().toString();
                    return failed;
                }
                PreflightContext context(project->repository());
                return CiGreenCheck().run(context, nullptr);
            },
            [this](const CheckResult &result) { showCi(result); });
}

void OverviewPage::showCi(const CheckResult &result)
{
    m_ciState->setForegroundRole(QPalette::WindowText);
    switch (result.status) {
    case CheckResult::Status::Pass:
        m_ciState->setStyleSheet(QString());
        break;
    case CheckResult::Status::Warn:
        m_ciState->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; }"));
        break;
    case CheckResult::Status::Fail:
        m_ciState->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
        break;
    }
    m_ciState->setText(tr("CI of HEAD: %1").arg(result.message));
}

QString OverviewPage::ciText() const
{
    return m_ciState->isHidden() ? QString() : m_ciState->text();
}

void OverviewPage::showLoading(const QString &root)
{
    clear();
    m_ui->repositoryLabel->setText(QDir(root).dirName());
    m_ui->repositoryLabel->setToolTip(root);
    m_ui->nextDetail->setText(tr("Reading the history…"));
}

QString OverviewPage::badgeText() const
{
    return m_ui->levelBadge->isHidden() ? QString() : m_ui->levelBadge->text();
}

QString OverviewPage::summaryText() const
{
    return m_ui->summary->text();
}

QString OverviewPage::currentVersionText() const
{
    return m_ui->currentVersion->text();
}

QString OverviewPage::nextVersionText() const
{
    return m_ui->nextVersion->text();
}

QString OverviewPage::stepsText() const
{
    return m_ui->steps->text();
}

int OverviewPage::decidingCount() const
{
    return m_ui->deciding->topLevelItemCount();
}

} // namespace rd::gui
