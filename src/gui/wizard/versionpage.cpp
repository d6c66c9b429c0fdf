// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionpage.h"
#include "ui_versionpage.h"

#include "inlinemarkdown.h"
#include "levelstyle.h"
#include "releasesession.h"

#include "releasedraft/releasedraft.h"

namespace rd::gui {

VersionPage::VersionPage(ReleaseSession *session, QWidget *parent)
    : GatedPage(parent)
    , m_ui(new Ui::VersionPage)
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->deciding->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->deciding->header()->setStretchLastSection(true);
    QFont big = m_ui->nextVersion->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_ui->nextVersion->setFont(big);

    for (QAbstractButton *button : {static_cast<QAbstractButton *>(m_ui->computedChoice),
                                    static_cast<QAbstractButton *>(m_ui->majorChoice),
                                    static_cast<QAbstractButton *>(m_ui->minorChoice),
                                    static_cast<QAbstractButton *>(m_ui->patchChoice),
                                    static_cast<QAbstractButton *>(m_ui->customChoice),
                                    static_cast<QAbstractButton *>(m_ui->preRelease)})
        connect(button, &QAbstractButton::toggled, this, &VersionPage::updateVersion);
    connect(m_ui->customChoice, &QAbstractButton::toggled, m_ui->customVersion, [this](bool on) {
        m_ui->customVersion->setEnabled(on);
        if (on)
            m_ui->customVersion->setFocus();
    });
    connect(m_ui->preRelease, &QAbstractButton::toggled, m_ui->channel, &QWidget::setEnabled);
    connect(m_ui->customVersion, &QLineEdit::textChanged, this, &VersionPage::updateVersion);
    connect(m_ui->channel, &QComboBox::currentTextChanged, this, &VersionPage::updateVersion);
}

VersionPage::~VersionPage()
{
    delete m_ui;
}

VersionChoice VersionPage::choice() const
{
    VersionChoice choice;
    if (m_ui->majorChoice->isChecked() || m_ui->minorChoice->isChecked()
        || m_ui->patchChoice->isChecked()) {
        choice.kind = VersionChoice::Kind::Bump;
        choice.level = m_ui->majorChoice->isChecked()   ? BumpLevel::Major
                       : m_ui->minorChoice->isChecked() ? BumpLevel::Minor
                                                        : BumpLevel::Patch;
    }
    if (m_ui->preRelease->isChecked())
        choice.channel = m_ui->channel->currentText().trimmed();
    return choice;
}

void VersionPage::showDraft()
{
    const ReleaseDraft *draft = m_session->draft();
    const NextVersionReport &report = draft->report();
    const QString since = report.lastRelease
                                  ? tr("The last release is <b>%1</b> (tag %2); %n commits "
                                       "since.",
                                       nullptr,
                                       int(report.commits.size()))
                                            .arg(report.lastRelease->version.toString(),
                                                 report.lastRelease->name.toHtmlEscaped())
                                  : tr("There is no release yet: this is the first one (%n "
                                       "commits).",
                                       nullptr,
                                       int(report.commits.size()));
    m_ui->currentVersion->setText(since);
    const Version base = report.lastRelease ? report.lastRelease->version : Version();
    if (base.major() == 0)
        m_ui->zeroMajor->setText(
                draft->settings().zeroMajor.breakingBumpsMajor
                        ? tr("0.x policy: a breaking change bumps the major number "
                             "(zero-major.breaking-bumps-major is on).")
                        : tr("0.x policy: a breaking change bumps the minor number while the "
                             "version is below 1.0.0 (set zero-major.breaking-bumps-major in "
                             ".releasedesk.yml to change it)."));
    m_ui->deciding->clear();
    for (qsizetype index : report.deciding) {
        const AnalyzedCommit &commit = report.commits.at(index);
        auto *item = new QTreeWidgetItem(m_ui->deciding,
                                         {commit.id.toString().left(7),
                                          levelText(commit.classification.level,
                                                    commit.classification.breaking),
                                          commit.header(),
                                          inlineMarkdownToPlain(commit.classification.reason)});
        item->setForeground(1, levelColor(commit.classification.level));
        item->setToolTip(2, commit.message.trimmed());
        item->setToolTip(3, inlineMarkdownToPlain(commit.classification.reason));
    }
    updateVersion();
}

void VersionPage::updateVersion()
{
    const ReleaseDraft *draft = m_session->draft();
    if (!draft)
        return;
    Result<NextVersion> next = fail(errc::invalidChoice, tr("Type a version."));
    if (m_ui->customChoice->isChecked()) {
        auto custom = VersionChoice::fromOptions(m_ui->customVersion->text(), {}, {});
        if (m_ui->customVersion->text().trimmed().isEmpty())
            next = fail(errc::invalidChoice, tr("Type the version to release."));
        else if (custom)
            next = draft->resolve(*custom);
        else
            next = std::unexpected(custom.error());
    } else {
        next = draft->resolve(choice());
    }
    auto computed = draft->resolve({});
    m_ui->computedChoice->setText(
            computed ? tr("&Computed from the commits: %1").arg(computed->version.toString())
                     : tr("&Computed from the commits: nothing to release"));
    if (next) {
        m_version = next->version;
        m_ui->nextVersion->setText(
                tr("%1  (tag %2)").arg(next->version.toString(), draft->tagName(next->version)));
        QStringList lines;
        for (const QString &step : next->steps)
            lines.append(QStringLiteral("• ") + inlineMarkdownToHtml(step));
        m_ui->reasons->setText(lines.join(QStringLiteral("<br>")));
        m_ui->reasons->setStyleSheet({});
    } else {
        m_version.reset();
        m_ui->nextVersion->setText(tr("No version"));
        m_ui->reasons->setText(inlineMarkdownToHtml(next.error().message));
        m_ui->reasons->setStyleSheet(QStringLiteral("color: #b3261e;"));
    }
    setComplete(m_version.has_value());
}

} // namespace rd::gui
