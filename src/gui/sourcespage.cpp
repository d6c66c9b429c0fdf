// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcespage.h"

#include "reconciledialog.h"
#include "sourcesmodel.h"
#include "sourcestatusstyle.h"
#include "ui_sourcespage.h"

#include "project/project.h"
#include "releasedraft/sourceinspection.h"

#include <QHeaderView>
#include <QLocale>

namespace rd::gui {

SourcesPage::SourcesPage(QWidget *parent)
    : ProjectView(parent)
    , m_ui(new Ui::SourcesPage)
    , m_model(new SourcesModel(this))
{
    m_ui->setupUi(this);
    m_ui->table->setModel(m_model);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->horizontalHeader()->setStretchLastSection(false);
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->legendRow->addWidget(createStatusLegend(this));
    m_ui->reconcile->setEnabled(false);
    m_ui->refresh->setEnabled(false);
    connect(m_ui->refresh, &QPushButton::clicked, this, &SourcesPage::reload);
    connect(m_ui->reconcile, &QPushButton::clicked, this, [this] { reconcile(); });
    connect(m_ui->table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &SourcesPage::showDetails);
    clearProject();
}

SourcesPage::~SourcesPage()
{
    m_task.cancel();
    m_registryTask.cancel();
    delete m_ui;
}

void SourcesPage::setProject(const QString &root)
{
    m_root = root;
    reload();
}

void SourcesPage::clearProject()
{
    m_task.cancel();
    m_registryTask.cancel();
    m_root.clear();
    m_model->clear();
    m_ui->summary->setText(tr("Open a repository to see where it declares its version."));
    m_ui->details->clear();
    m_ui->reconcile->setEnabled(false);
    m_ui->refresh->setEnabled(false);
}

void SourcesPage::reload()
{
    if (m_root.isEmpty())
        return;
    m_ui->summary->setText(tr("Looking for version sources…"));
    m_ui->refresh->setEnabled(false);
    Q_EMIT busyChanged(true);
    m_task.run(
            this,
            [root = m_root](const std::atomic_bool &stop) -> Result<SourceReport> {
                // A repository per task: git::Repository is used on one thread at a time.
                auto project = Project::open(root);
                if (!project)
                    return std::unexpected(project.error());
                struct StopFlag : Progress
                {
                    const std::atomic_bool *stop;
                    void report(qint64, qint64, const QString &) override
                    {
                        if (stop->load())
                            cancel();
                    }
                } progress;
                progress.stop = &stop;
                return inspectSources(*project, QString(), &progress);
            },
            [this](auto delivered) {
                const Result<SourceReport> report = std::move(delivered);
                Q_EMIT busyChanged(false);
                m_ui->refresh->setEnabled(true);
                if (!report) {
                    m_model->clear();
                    m_ui->summary->setText(report.error().message);
                    Q_EMIT failed(report.error());
                    Q_EMIT loaded();
                    return;
                }
                showReport(*report);
                Q_EMIT loaded();
            });
}

void SourcesPage::showReport(const SourceReport &report)
{
    m_model->setReport(report);
    m_ui->table->resizeColumnsToContents();
    // The file column takes the room left; the others keep their content's width.
    m_ui->table->horizontalHeader()->setSectionResizeMode(SourcesModel::File, QHeaderView::Stretch);
    // The core's count and sentence, the same the pre-flight gives for these sources.
    const SourceTally tally = report.tally();
    const qsizetype total = tally.sources;
    QString summary = tally.sentence().toHtmlEscaped();
    if (!report.warnings.isEmpty())
        summary += QStringLiteral("<br><small>%1</small>")
                           .arg(report.warnings.join(QStringLiteral("<br>")).toHtmlEscaped());
    m_ui->summary->setText(summary);
    m_summary = summary;
    m_ui->reconcile->setEnabled(
            std::any_of(report.entries.cbegin(),
                        report.entries.cend(),
                        [](const SourceEntry &entry) { return entry.source.isWritable(); }));
    Q_EMIT statusMessage(tr("%n version sources found.", nullptr, int(total)));
    if (total > 0)
        m_ui->table->selectRow(0);
    readRegistries(report);
}

void SourcesPage::readRegistries(const SourceReport &report)
{
    m_registryTask.run(
            this,
            [root = m_root, report](const std::atomic_bool &) -> Result<PublishedReport> {
                auto project = Project::open(root);
                if (!project)
                    return std::unexpected(project.error());
                return PublishedInspection::inspect(project->repository(),
                                                    project->root(),
                                                    project->settings().config,
                                                    report.reference,
                                                    PublishedInspection::upcoming(report));
            },
            [this](Result<PublishedReport> published) {
                showPublished(published);
                Q_EMIT registriesRead();
            });
}

void SourcesPage::showPublished(const Result<PublishedReport> &published)
{
    QStringList lines;
    if (!published) {
        lines.append(tr("Registries not read: %1").arg(published.error().toString()));
    } else {
        for (const PublishedEntry &entry : published->entries) {
            const QString column = entry.target.typeId();
            if (m_model->columnOf(column) < 0)
                m_model->addColumn(column, registryTitle(entry.target.type));
            QString value;
            if (entry.error) {
                value = tr("not read");
                lines.append(entry.error->message);
            } else if (!entry.package->exists || entry.package->latest.isEmpty()) {
                value = tr("not published");
            } else {
                value = entry.package->latest;
                if (entry.package->latestDate.isValid())
                    value += QStringLiteral(" · ")
                             + QLocale().toString(entry.package->latestDate.toLocalTime().date(),
                                                  QLocale::ShortFormat);
            }
            m_model->setExtraValue(PublishedInspection::sourceIdFor(entry.target,
                                                                    m_model->report()),
                                   column,
                                   value);
            for (const PublishedFinding &finding : entry.findings)
                lines.append(finding.message);
        }
        // Detected but not asked: their columns say so, and why nothing was read.
        for (const RegistryTarget &target : published->notAsked) {
            const QString column = target.typeId();
            if (m_model->columnOf(column) < 0)
                m_model->addColumn(column, registryTitle(target.type));
            m_model->setExtraValue(PublishedInspection::sourceIdFor(target, m_model->report()),
                                   column,
                                   tr("not asked"));
        }
        if (!published->notAsked.isEmpty())
            lines.append(tr("%n registries detected from the sources are not asked: ReleaseDesk "
                            "reads registries only when .releasedesk.yml has a registries: "
                            "section (releasedesk-cli status --published asks the detected ones "
                            "once).",
                            nullptr,
                            int(published->notAsked.size())));
    }
    if (m_model->columnCount() > SourcesModel::FixedColumns) {
        m_ui->table->resizeColumnsToContents();
        m_ui->table->horizontalHeader()->setSectionResizeMode(SourcesModel::File,
                                                              QHeaderView::Stretch);
    }
    if (!lines.isEmpty()) {
        QString text = m_summary;
        for (const QString &line : std::as_const(lines))
            text += QStringLiteral("<br><small>• %1</small>").arg(line.toHtmlEscaped());
        m_ui->summary->setText(text);
    }
}

QString SourcesPage::registryTitle(RegistryTarget::Type type)
{
    switch (type) {
    case RegistryTarget::Type::Npm:
        return tr("npm");
    case RegistryTarget::Type::PyPI:
        return tr("PyPI");
    case RegistryTarget::Type::Oci:
        return tr("OCI image");
    case RegistryTarget::Type::Crates:
        return tr("crates");
    case RegistryTarget::Type::GitHubRelease:
        return tr("GitHub release");
    case RegistryTarget::Type::GitLabRelease:
        break;
    }
    return tr("GitLab release");
}

void SourcesPage::showDetails()
{
    const SourceEntry *entry = m_model->entry(m_ui->table->currentIndex().row());
    if (!entry) {
        m_ui->details->clear();
        return;
    }
    const VersionSource &source = entry->source;
    QStringList lines;
    lines.append(QStringLiteral("<b>%1</b> — %2")
                         .arg((source.path.isEmpty() ? tr("git tag") : source.path).toHtmlEscaped(),
                              statusDescription(entry->status).toHtmlEscaped()));
    if (source.version)
        lines.append(tr("As written: <code>%1</code>, normalised: <code>%2</code> (%3).")
                             .arg(source.text.toHtmlEscaped(),
                                  source.version->toString(),
                                  VersionSchemes::name(source.scheme)));
    if (!source.note.isEmpty())
        lines.append(source.note.toHtmlEscaped());
    if (!source.isWritable() && !source.readOnly && !source.dynamic)
        lines.append(tr("Reconcile cannot write this source."));
    m_ui->details->setText(lines.join(QStringLiteral("<br>")));
}

QString SourcesPage::summaryText() const
{
    return m_ui->summary->text();
}

ReconcileDialog *SourcesPage::reconcile()
{
    auto *dialog = new ReconcileDialog(m_model->report(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReconcileDialog::applied, this, [this](const QString &version) {
        Q_EMIT statusMessage(tr("Wrote %1 to the version sources.").arg(version));
        reload();
    });
    dialog->open();
    return dialog;
}

} // namespace rd::gui
