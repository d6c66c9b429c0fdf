// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasespage.h"
#include "packagepicker.h"

#include "levelstyle.h"
#include "markdownpreview.h"
#include "releaselistmodel.h"
#include "stopprogress.h"
#include "ui_releasespage.h"

#include "changelog/markdownrenderer.h"
#include "project/project.h"
#include "releasedraft/historynotes.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace rd::gui {

namespace {

struct LoadedReleases
{
    QStringList packages; // "" (the repository) first
    QString package;
    QString tagPattern;
    QList<ReleaseRow> rows;
    qsizetype skippedTags = 0;
};

Result<LoadedReleases> loadReleases(const QString &root,
                                    const QString &packageName,
                                    const std::atomic_bool &stop)
{
    // A repository per task: git::Repository is used on one thread at a time.
    auto project = Project::open(root);
    if (!project)
        return std::unexpected(project.error());
    auto selection = Package::select(project->settings(), packageName);
    if (!selection)
        return std::unexpected(selection.error());
    LoadedReleases loaded;
    loaded.packages = selection->names;
    loaded.package = selection->package.name;

    StopProgress progress(stop);
    auto notes = HistoryNotes::open(*project, selection->package, &progress);
    if (!notes)
        return std::unexpected(notes.error());
    ReleaseHistory &history = notes->history();
    loaded.tagPattern = history.settings().tagPattern.pattern();
    loaded.skippedTags = history.skippedTags().size();
    const QList<Release> &releases = history.releases();
    loaded.rows.resize(releases.size());
    QList<qsizetype> all(releases.size());
    std::iota(all.begin(), all.end(), 0);
    const MarkdownRenderer renderer(ChangelogFormat::Conventional, notes->changelogSettings());
    auto done = history.analyzeReleases(
            all,
            [&](qsizetype index, QList<AnalyzedCommit> &&commits) {
                const Release &release = releases.at(index);
                ReleaseRow &row = loaded.rows[index];
                row.tag = release.tag;
                row.previousTag = release.previous >= 0 ? releases.at(release.previous).tag.name
                                                        : QString();
                row.preRelease = release.isPreRelease();
                row.summary = ReleaseSummary::of(commits);
                const ChangelogRelease releaseNotes = notes->releaseNotes(index, commits);
                row.notes = renderer.section(releaseNotes);
                if (releaseNotes.isEmpty())
                    row.notes += ReleasesPage::tr("*Nothing for the release notes: none of its %n "
                                                  "commits is of a type the notes list.*\n",
                                                  nullptr,
                                                  int(commits.size()));
            },
            &progress);
    if (!done)
        return std::unexpected(done.error());
    return loaded;
}

// Hides pre-releases on request. A change re-filters with one layout change instead of
// QSortFilterProxyModel's row-by-row removals, whose cost grows with the square of the rows.
class PreReleaseFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setShowPreReleases(bool show)
    {
        if (show == m_show)
            return;
        m_show = show;
        invalidate();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        return m_show
               || !sourceModel()
                           ->index(row, 0, parent)
                           .data(ReleaseListModel::PreReleaseRole)
                           .toBool();
    }

private:
    bool m_show = true;
};

} // namespace

ReleasesPage::ReleasesPage(QWidget *parent)
    : ProjectView(parent)
    , m_ui(new Ui::ReleasesPage)
    , m_model(new ReleaseListModel(this))
    , m_proxy(new PreReleaseFilter(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_ui->table->setModel(m_proxy);
    m_ui->table->setItemDelegateForColumn(ReleaseListModel::LevelColumn, new LevelDelegate(this));
    m_ui->table->verticalHeader()->hide();
    m_ui->table->verticalHeader()->setDefaultSectionSize(m_ui->table->fontMetrics().height() + 10);
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    // Columns sized to content look at this many rows, not all the releases.
    m_ui->table->horizontalHeader()->setResizeContentsPrecision(200);
    m_ui->table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->summary->setForegroundRole(QPalette::PlaceholderText);

    connect(m_ui->showPreReleases, &QCheckBox::toggled, this, &ReleasesPage::updateFilter);
    m_packages = new PackagePicker(m_ui->packageLabel, m_ui->package, this);
    connect(m_packages, &PackagePicker::chosen, this, &ReleasesPage::reload);
    connect(m_ui->table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ReleasesPage::showNotes);
    clearProject();
}

ReleasesPage::~ReleasesPage()
{
    m_task.cancel();
    delete m_ui;
}

void ReleasesPage::setProject(const QString &root)
{
    if (root != m_root)
        m_packages->clear(true);
    m_root = root;
    reload();
}

void ReleasesPage::clearProject()
{
    m_task.cancel();
    m_root.clear();
    m_model->setReleases({});
    m_packages->clear(false);
    m_ui->notes->clear();
    m_ui->summary->setText(tr("Open a repository to see its releases."));
}

void ReleasesPage::reload()
{
    if (m_root.isEmpty())
        return;
    m_ui->summary->setText(tr("Reading the releases…"));
    Q_EMIT busyChanged(true);
    m_task.run(
            this,
            [root = m_root, package = m_packages->current()](const std::atomic_bool &stop) {
                return loadReleases(root, package, stop);
            },
            [this](auto delivered) {
                Result<LoadedReleases> loaded = std::move(delivered);
                Q_EMIT busyChanged(false);
                if (!loaded) {
                    m_model->setReleases({});
                    m_ui->notes->clear();
                    m_ui->summary->setText(tr("Could not read the releases."));
                    if (loaded.error().code != rd::errc::cancelled)
                        Q_EMIT failed(loaded.error());
                    return;
                }
                m_packages->show(loaded->packages, loaded->package);

                qsizetype preReleases = 0;
                for (const ReleaseRow &row : std::as_const(loaded->rows))
                    preReleases += row.preRelease ? 1 : 0;
                const qsizetype count = loaded->rows.size();
                m_model->setReleases(std::move(loaded->rows));
                QString summary = count == 0 ? tr("No release yet: no tag matches “%1”.")
                                                       .arg(loaded->tagPattern)
                                             : tr("%n releases", nullptr, int(count))
                                                       + (preReleases > 0 ? tr(", %n pre-releases",
                                                                               nullptr,
                                                                               int(preReleases))
                                                                          : QString())
                                                       + tr(" · tags “%1”").arg(loaded->tagPattern);
                if (loaded->skippedTags > 0)
                    summary += tr(" · %n tags skipped", nullptr, int(loaded->skippedTags));
                m_ui->summary->setText(summary);
                m_ui->table->resizeColumnsToContents();
                QHeaderView *header = m_ui->table->horizontalHeader();
                for (int column = 0; column < ReleaseListModel::TypesColumn; ++column)
                    header->resizeSection(column, header->sectionSize(column) + 16);
                updateFilter();
                if (m_proxy->rowCount() > 0)
                    m_ui->table->selectRow(0);
                Q_EMIT statusMessage(summary);
            });
}

void ReleasesPage::updateFilter()
{
    static_cast<PreReleaseFilter *>(m_proxy)->setShowPreReleases(
            m_ui->showPreReleases->isChecked());
    if (!m_ui->table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_ui->table->selectRow(0);
    showNotes();
}

void ReleasesPage::showNotes()
{
    const QModelIndex current = m_ui->table->currentIndex();
    const ReleaseRow *release = current.isValid()
                                        ? m_model->releaseAt(m_proxy->mapToSource(current).row())
                                        : nullptr;
    if (!release) {
        m_ui->notes->clear();
        return;
    }
    // The release's heading, then where it comes from, then its notes.
    QString info = tr("Tag `%1`").arg(release->tag.name);
    if (!release->previousTag.isEmpty())
        info += tr(" · %n commits since `%1`", nullptr, int(release->summary.commits))
                        .arg(release->previousTag);
    else
        info += tr(" · the first release, %n commits", nullptr, int(release->summary.commits));
    if (release->preRelease)
        info += tr(" · pre-release");
    QString notes = release->notes;
    const qsizetype headingEnd = notes.indexOf(u'\n');
    notes.insert(headingEnd < 0 ? notes.size() : headingEnd + 1,
                 QStringLiteral("\n") + info + QStringLiteral("\n"));
    showMarkdown(m_ui->notes, notes);
}

int ReleasesPage::visibleRowCount() const
{
    return m_proxy->rowCount();
}

void ReleasesPage::setShowPreReleases(bool show)
{
    m_ui->showPreReleases->setChecked(show);
}

QStringList ReleasesPage::packages() const
{
    return m_packages->names();
}

void ReleasesPage::selectPackage(const QString &name)
{
    m_packages->select(name);
}

bool ReleasesPage::selectRelease(const QString &tag)
{
    const int row = m_model->rowOf(tag);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_ui->table->selectRow(index.row());
    m_ui->table->scrollTo(index);
    return true;
}

QString ReleasesPage::notesText() const
{
    return m_ui->notes->toPlainText();
}

QString ReleasesPage::summaryText() const
{
    return m_ui->summary->text();
}

} // namespace rd::gui
