// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpage.h"

#include "configsourcebanner.h"
#include "levelstyle.h"
#include "ui_overviewpage.h"

#include <QDir>
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
    return OverviewPage::tr("tag %1 · %2")
            .arg(tag.name, QLocale().toString(tag.date.date(), QLocale::ShortFormat));
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::OverviewPage)
    , m_configBanner(new ConfigSourceBanner(this))
{
    m_ui->setupUi(this);
    m_ui->layout->insertWidget(1, m_configBanner);
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
        const BumpLevel level = report.next->appliedLevel;
        m_ui->levelBadge->setText(levelText(level));
        m_ui->levelBadge->setStyleSheet(
                QStringLiteral("QLabel { color: white; background: %1; border-radius: 9px; "
                               "padding: 2px 10px; font-weight: bold; }")
                        .arg(levelColor(level).name()));
        m_ui->levelBadge->show();
        m_ui->nextDetail->setText(
                tr("%n commit(s) since the last release", nullptr, int(report.commits.size())));
        QStringList items;
        for (const QString &step : report.next->steps)
            items.append(QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped()));
        m_ui->steps->setText(
                QStringLiteral("<ul style='margin-left:-20px'>%1</ul>").arg(items.join(QString())));
    } else {
        m_ui->nextVersion->setText(tr("none"));
        m_ui->levelBadge->hide();
        m_ui->nextDetail->clear();
        m_ui->steps->setText(report.nextError ? report.nextError->message.toHtmlEscaped()
                                              : QString());
    }

    m_ui->deciding->clear();
    for (qsizetype index : report.deciding) {
        const AnalyzedCommit &commit = report.commits.at(index);
        auto *item = new QTreeWidgetItem(m_ui->deciding,
                                         {commit.id.toShortString(),
                                          commit.header(),
                                          commit.classification.reason});
        item->setData(0, Qt::UserRole, commit.id.toString());
        item->setToolTip(1, commit.message.trimmed());
        item->setToolTip(2, commit.classification.reason);
    }
    // As tall as its rows (up to eight), so the page does not end in an empty box.
    const int rows = std::clamp(int(report.deciding.size()), 1, 8);
    const int rowHeight = std::max(m_ui->deciding->sizeHintForRow(0),
                                   m_ui->deciding->fontMetrics().height() + 6);
    m_ui->deciding->setFixedHeight(m_ui->deciding->header()->sizeHint().height() + rows * rowHeight
                                   + 2 * m_ui->deciding->frameWidth() + 2);
    m_ui->deciding->resizeColumnToContents(0);
    m_ui->deciding->setColumnWidth(1, std::max(260, m_ui->deciding->width() / 2));
    m_ui->decidingTitle->setVisible(!report.deciding.isEmpty());
    m_ui->deciding->setVisible(!report.deciding.isEmpty());

    qsizetype bumping = 0;
    for (const AnalyzedCommit &commit : report.commits)
        bumping += commit.classification.level != BumpLevel::None ? 1 : 0;
    m_ui->summary->setText(
            tr("%1 of %2 commit(s) bump the version; the Commits view tells why each of the "
               "others does not.")
                    .arg(bumping)
                    .arg(report.commits.size()));

    QStringList warnings = report.warnings;
    if (!report.skippedTags.isEmpty())
        warnings.append(
                tr("%n tag(s) look like releases but were skipped, e.g. %1: %2",
                   nullptr,
                   int(report.skippedTags.size()))
                        .arg(report.skippedTags.first().name, report.skippedTags.first().reason));
    m_ui->warnings->setText(warnings.join(u'\n'));
    m_ui->warnings->setVisible(!warnings.isEmpty());
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
