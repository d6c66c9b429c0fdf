// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconciledialog.h"

#include "ui_reconciledialog.h"
#include "versiondiffview.h"

#include <QPushButton>

namespace rd::gui {

ReconcileDialog::ReconcileDialog(const SourceReport &report, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::ReconcileDialog)
    , m_report(report)
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Apply)->setText(tr("Write Versions"));
    m_ui->buttons->button(QDialogButtonBox::Apply)->setEnabled(false);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({220, 640});
    // The diff takes the height; the summary below keeps to its lines.
    m_ui->layout->setStretchFactor(m_ui->splitter, 1);
    m_ui->problems->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    // Offer the reference first, then every other version the sources name.
    QStringList candidates;
    if (report.reference)
        candidates.append(report.reference->toString());
    for (const SourceEntry &entry : report.entries) {
        if (entry.source.version && !candidates.contains(entry.source.version->toString()))
            candidates.append(entry.source.version->toString());
    }
    m_ui->version->addItems(candidates);

    connect(m_ui->version, &QComboBox::currentTextChanged, this, &ReconcileDialog::replan);
    connect(m_ui->files, &QListWidget::currentRowChanged, this, &ReconcileDialog::showFile);
    connect(m_ui->sideBySide, &QRadioButton::toggled, this, [this](bool on) {
        m_ui->diff->setMode(on ? VersionDiffView::Mode::SideBySide
                               : VersionDiffView::Mode::Unified);
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons->button(QDialogButtonBox::Apply),
            &QPushButton::clicked,
            this,
            &ReconcileDialog::apply);
    replan();
}

ReconcileDialog::~ReconcileDialog()
{
    m_task.cancel();
    delete m_ui;
}

void ReconcileDialog::setVersionText(const QString &text)
{
    m_ui->version->setCurrentText(text);
    replan();
}

QString ReconcileDialog::versionText() const
{
    return m_ui->version->currentText().trimmed();
}

VersionDiffView *ReconcileDialog::diffView() const
{
    return m_ui->diff;
}

QListWidget *ReconcileDialog::fileList() const
{
    return m_ui->files;
}

QPushButton *ReconcileDialog::applyButton() const
{
    return m_ui->buttons->button(QDialogButtonBox::Apply);
}

QString ReconcileDialog::problemText() const
{
    return m_ui->problems->text();
}

void ReconcileDialog::replan()
{
    m_plan.reset();
    m_ui->files->clear();
    m_ui->diff->clear();
    applyButton()->setEnabled(false);
    QString text = versionText();
    if (text.startsWith(u'v') || text.startsWith(u'V'))
        text.remove(0, 1);
    auto version = Version::parse(text);
    if (!version) {
        m_task.cancel();
        m_ui->problems->setText(version.error().message);
        m_ui->problems->setVisible(true);
        Q_EMIT planned();
        return;
    }
    m_ui->problems->setText(tr("Planning…"));
    QList<VersionSource> sources;
    for (const SourceEntry &entry : std::as_const(m_report.entries))
        sources.append(entry.source);
    const QString root = m_report.root;
    m_task.run(
            this,
            [root, sources, version = *version](const std::atomic_bool &) {
                return VersionPlan::make(root, sources, version);
            },
            [this](auto delivered) {
                Result<VersionPlan> plan = std::move(delivered);
                if (!plan) {
                    m_ui->problems->setText(plan.error().toString());
                    Q_EMIT planned();
                    return;
                }
                m_plan = std::move(*plan);
                showPlan();
            });
}

void ReconcileDialog::showPlan()
{
    const VersionPlan &plan = *m_plan;
    for (const FileEdit &edit : plan.edits) {
        auto *item = new QListWidgetItem(edit.path, m_ui->files);
        item->setToolTip(edit.sourceIds.join(u'\n'));
    }
    QStringList lines;
    for (const SkippedSource &skip : plan.skipped) {
        if (skip.source.readOnly)
            continue; // the changelog and the tag are never written: no news
        lines.append((skip.blocking ? tr("Cannot write: %1") : tr("Skipped: %1"))
                             .arg(skip.reason.toString()));
    }
    if (plan.edits.isEmpty() && !plan.isBlocked())
        lines.prepend(tr("Every writable source already says %1.").arg(plan.version.toString()));
    else
        lines.prepend(tr("%n files change.", nullptr, int(plan.edits.size())));
    m_ui->problems->setText(lines.join(u'\n'));
    m_ui->problems->setStyleSheet(plan.isBlocked() ? QStringLiteral("color: #b71c1c;") : QString());
    applyButton()->setEnabled(!plan.isBlocked() && !plan.edits.isEmpty());
    if (!plan.edits.isEmpty())
        m_ui->files->setCurrentRow(0);
    Q_EMIT planned();
}

void ReconcileDialog::showFile(int row)
{
    if (!m_plan || row < 0 || row >= m_plan->edits.size()) {
        m_ui->diff->clear();
        return;
    }
    m_ui->diff->setEdit(m_plan->edits.at(row));
}

void ReconcileDialog::apply()
{
    if (!m_plan)
        return;
    applyButton()->setEnabled(false);
    m_ui->version->setEnabled(false);
    const VersionPlan plan = *m_plan;
    m_task.run(
            this,
            [plan](const std::atomic_bool &) { return plan.apply(); },
            [this, version = plan.version.toString()](auto delivered) {
                const Status written = std::move(delivered);
                m_ui->version->setEnabled(true);
                if (!written) {
                    m_ui->problems->setText(written.error().toString());
                    Q_EMIT failed(written.error());
                    replan();
                    return;
                }
                Q_EMIT applied(version);
                accept();
            });
}

} // namespace rd::gui
