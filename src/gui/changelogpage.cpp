// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelogpage.h"
#include "packagepicker.h"

#include "inlinemarkdown.h"
#include "levelstyle.h"
#include "markdownpreview.h"
#include "pooldrop.h"
#include "stopprogress.h"
#include "ui_changelogpage.h"

#include "changelog/markdownrenderer.h"
#include "project/project.h"
#include "releasedraft/historynotes.h"

#include <QAbstractTableModel>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPlainTextDocumentLayout>
#include <QTextDocument>
#include <QThread>

namespace rd::gui {

// One row of the notes' entries or of the commits left out, made on the thread pool.
struct NotesRow
{
    QStringList texts;    // per column
    QStringList toolTips; // per column; the whole text where a cell may be elided
    BumpLevel level = BumpLevel::None;
    bool breaking = false;
    QString reason;       // left out: why
    bool heading = false; // the title of a section of the notes, spanning the row
};

// The rows of one of the page's lists. The level column shows the level's word in its colour,
// the commit column is in a fixed-width font.
class NotesRowsModel : public QAbstractTableModel
{
public:
    NotesRowsModel(QStringList headers, int levelColumn, int commitColumn, QObject *parent)
        : QAbstractTableModel(parent)
        , m_headers(std::move(headers))
        , m_levelColumn(levelColumn)
        , m_commitColumn(commitColumn)
        , m_mono(QFontDatabase::systemFont(QFontDatabase::FixedFont))
    {
        m_bold.setBold(true);
    }

    void setRows(QList<NotesRow> rows)
    {
        beginResetModel();
        dropOnPool(std::exchange(m_rows, std::move(rows)));
        m_headings.clear();
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).heading)
                m_headings.append(i);
        }
        endResetModel();
    }
    const NotesRow &row(int index) const { return m_rows.at(index); }
    // The rows that are a section's title, and how many rows are not.
    const QList<int> &headings() const { return m_headings; }
    int entryCount() const { return int(m_rows.size() - m_headings.size()); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_headers.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        const NotesRow &row = m_rows.at(index.row());
        const int column = index.column();
        switch (role) {
        case Qt::DisplayRole:
            if (column == m_levelColumn && !row.heading)
                return levelText(row.level, row.breaking);
            return row.texts.value(column);
        case Qt::ToolTipRole: {
            const QString tip = row.toolTips.value(column);
            return tip.isEmpty() ? QVariant() : tip;
        }
        case Qt::ForegroundRole:
            if (column == m_levelColumn && !row.heading)
                return levelColor(row.level);
            break;
        case Qt::FontRole:
            if (row.heading)
                return m_bold;
            if (column == m_commitColumn)
                return m_mono;
            break;
        case Qt::UserRole:
            return row.reason;
        }
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return m_headers.value(section);
        return {};
    }

private:
    QStringList m_headers;
    int m_levelColumn;
    int m_commitColumn;
    QFont m_mono;
    QFont m_bold;
    QList<NotesRow> m_rows;
    QList<int> m_headings;
};

struct ChangelogPage::Rendered
{
    QString markdown;
    std::shared_ptr<QTextDocument> preview;
    std::shared_ptr<QTextDocument> source;
};

namespace {

// The entries under their section's title (a row spanning the columns), so the entry, the column
// that matters, gets the width a section column took.
enum IncludedColumn { EntryColumn, ChangeColumn, CommitColumn };

// The preview renders the notes up to about this many characters of Markdown: a QTextDocument
// lays itself out on the GUI thread in steps that double up to 200 000 characters, so a
// longer preview would stall the window while it is laid out; the Markdown tab (laid out a
// screen at a time) and Copy Markdown hold the whole notes.
constexpr qsizetype previewLimit = 40000;

// Up to this many entries and left-out commits, the notes are rendered at once (the view
// follows the style box without a visible delay); beyond, on the thread pool.
constexpr qsizetype inlineRenderLimit = 200;

struct LoadedNotes
{
    QStringList packages; // "" (the repository) first
    QString package;
    ChangelogSettings settings;
    ChangelogRelease release;
    QString lastRelease; // tag; empty before the first release
    QString nothingToRelease;
    QList<NotesRow> included;
    QList<NotesRow> leftOut;
};

std::shared_ptr<QTextDocument> newDocument(const QFont &font)
{
    // Deleted on the thread it lives on, whichever thread drops it.
    std::shared_ptr<QTextDocument> document(new QTextDocument,
                                            [](QTextDocument *doc) { doc->deleteLater(); });
    document->setDefaultFont(font);
    return document;
}

// Makes the preview and source documents of `markdown`, on any thread, and hands them to the
// GUI thread. A QTextDocument is reentrant and has no layout until a view asks for one, so
// nothing here measures text: fonts are only resolved when the view lays out what it shows.
void makeDocuments(ChangelogPage::Rendered &rendered,
                   const QFont &font,
                   const QFont &mono,
                   const QString &cutNote)
{
    rendered.preview = newDocument(font);
    QString preview = rendered.markdown;
    if (preview.size() > previewLimit) {
        // Whole lines only: a cut inside a line could leave a link or code span open.
        const qsizetype cut = preview.lastIndexOf(u'\n', previewLimit);
        const auto shown = preview.left(cut).count(u'\n') + 1;
        const auto lines = preview.count(u'\n');
        preview.truncate(cut + 1);
        preview += u'\n' + cutNote.arg(shown).arg(lines) + u'\n';
    }
    setMarkdown(rendered.preview.get(), preview);
    rendered.source = newDocument(mono);
    rendered.source->setDocumentLayout(new QPlainTextDocumentLayout(rendered.source.get()));
    rendered.source->setPlainText(rendered.markdown);
    QThread *gui = QCoreApplication::instance()->thread();
    rendered.preview->moveToThread(gui);
    rendered.source->moveToThread(gui);
}

QList<NotesRow> includedRows(const ChangelogRelease &release, const NextVersionReport &report)
{
    QHash<QString, const Classification *> verdicts; // by commit id
    for (const AnalyzedCommit &commit : report.commits)
        verdicts.insert(commit.id.toString(), &commit.classification);
    QList<NotesRow> rows;
    rows.reserve(release.entryCount() + release.sections.size());
    for (const ChangelogSection &section : release.sections) {
        NotesRow heading;
        heading.heading = true;
        heading.texts = {QStringLiteral("%1 (%2)").arg(section.title).arg(section.entries.size())};
        rows.append(std::move(heading));
        for (const ChangelogEntry &entry : section.entries) {
            NotesRow row;
            const QString description = inlineMarkdownToPlain(entry.description);
            const QString text = entry.scope.isEmpty()
                                         ? description
                                         : entry.scope + QStringLiteral(": ") + description;
            row.texts = {text, QString(), entry.shortCommit()};
            row.toolTips = {entry.body.isEmpty() ? text
                                                 : text + QStringLiteral("\n\n") + entry.body,
                            QString(),
                            entry.commit};
            if (const Classification *verdict = verdicts.value(entry.commit)) {
                row.level = verdict->level;
                row.breaking = verdict->breaking;
            }
            rows.append(std::move(row));
        }
    }
    return rows;
}

QList<NotesRow> leftOutRows(const ChangelogRelease &release)
{
    // Each commit on one line, the reason below it; the whole of both in the tooltip.
    QList<NotesRow> rows;
    rows.reserve(release.leftOut.size());
    for (const LeftOutCommit &commit : release.leftOut) {
        NotesRow row;
        row.reason = inlineMarkdownToPlain(commit.reason);
        row.texts = {
                QStringLiteral("%1  %2\n%3").arg(commit.commit.left(7), commit.header, row.reason)};
        row.toolTips = {
                QStringLiteral("%1\n%2\n\n%3").arg(commit.commit, commit.header, row.reason)};
        rows.append(std::move(row));
    }
    return rows;
}

Result<LoadedNotes> loadNotes(const QString &root,
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
    LoadedNotes loaded;
    loaded.packages = selection->names;
    loaded.package = selection->package.name;

    StopProgress progress(stop);
    auto notes = HistoryNotes::open(*project, selection->package, &progress);
    if (!notes)
        return std::unexpected(notes.error());
    loaded.settings = notes->changelogSettings();
    auto report = notes->history().nextVersion({}, &progress);
    if (!report)
        return std::unexpected(report.error());
    loaded.release = notes->nextReleaseNotes(*report, QDate::currentDate());
    loaded.lastRelease = report->lastRelease ? report->lastRelease->name : QString();
    if (report->nextError)
        loaded.nothingToRelease = report->nextError->message;
    loaded.included = includedRows(loaded.release, *report);
    loaded.leftOut = leftOutRows(loaded.release);
    return loaded;
}

} // namespace

ChangelogPage::ChangelogPage(QWidget *parent)
    : ProjectView(parent)
    , m_ui(new Ui::ChangelogPage)
{
    m_ui->setupUi(this);
    QFont title = m_ui->title->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->title->setFont(title);
    m_ui->subtitle->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *label : {m_ui->includedTitle, m_ui->leftOutTitle}) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    m_ui->source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->commitsSplitter->setStretchFactor(0, 1);
    m_ui->commitsSplitter->setStretchFactor(1, 1);

    m_included = new NotesRowsModel({tr("Entry"), tr("Change"), tr("Commit")},
                                    ChangeColumn,
                                    CommitColumn,
                                    this);
    m_ui->included->setModel(m_included);
    QHeaderView *header = m_ui->included->header();
    header->setStretchLastSection(false);
    header->setResizeContentsPrecision(200); // rows looked at to size a column
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(EntryColumn, QHeaderView::Stretch);
    m_leftOut = new NotesRowsModel({tr("Left out")}, -1, -1, this);
    m_ui->leftOut->setModel(m_leftOut);
    m_ui->leftOut->setSpacing(2);

    connect(m_ui->format, &QComboBox::currentIndexChanged, this, &ChangelogPage::render);
    m_packages = new PackagePicker(m_ui->packageLabel, m_ui->package, this);
    connect(m_packages, &PackagePicker::chosen, this, &ChangelogPage::reload);
    connect(m_ui->copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(markdown());
        Q_EMIT statusMessage(tr("Release notes copied as Markdown."));
    });
    clearProject();
}

ChangelogPage::~ChangelogPage()
{
    m_task.cancel();
    m_render.cancel();
    delete m_ui;
}

void ChangelogPage::setProject(const QString &root)
{
    if (root != m_root)
        m_packages->clear(true);
    m_root = root;
    reload();
}

void ChangelogPage::clearProject()
{
    m_task.cancel();
    m_root.clear();
    m_release.reset();
    m_packages->clear(false);
    m_ui->copy->setEnabled(false);
    m_ui->title->setText(tr("Release notes"));
    m_ui->subtitle->setText(tr("Open a repository to preview the notes of its next release."));
    m_included->setRows({});
    m_leftOut->setRows({});
    render();
}

void ChangelogPage::reload()
{
    if (m_root.isEmpty())
        return;
    m_ui->subtitle->setText(tr("Reading the commits since the last release…"));
    Q_EMIT busyChanged(true);
    m_task.run(
            this,
            [root = m_root, package = m_packages->current()](const std::atomic_bool &stop) {
                return loadNotes(root, package, stop);
            },
            [this](auto delivered) {
                Result<LoadedNotes> loaded = std::move(delivered);
                Q_EMIT busyChanged(false);
                if (!loaded) {
                    m_release.reset();
                    m_included->setRows({});
                    m_leftOut->setRows({});
                    m_ui->subtitle->setText(tr("Could not read the release notes."));
                    render();
                    if (loaded.error().code != rd::errc::cancelled)
                        Q_EMIT failed(loaded.error());
                    return;
                }
                m_packages->show(loaded->packages, loaded->package);
                m_settings = loaded->settings;
                if (m_release)
                    dropOnPool(std::move(*m_release));
                m_release = std::move(loaded->release);
                {
                    const QSignalBlocker blocker(m_ui->format);
                    m_ui->format->setCurrentIndex(
                            m_settings.format == ChangelogFormat::KeepAChangelog ? 1 : 0);
                }

                const ChangelogRelease &release = *m_release;
                m_ui->title->setText(release.version.isEmpty()
                                             ? tr("Unreleased changes")
                                             : tr("Release notes for %1").arg(release.version));
                QString since = loaded->lastRelease.isEmpty() ? tr("%n commits, no release yet",
                                                                   nullptr,
                                                                   int(release.commitCount))
                                                              : tr("%n commits since %1",
                                                                   nullptr,
                                                                   int(release.commitCount))
                                                                        .arg(loaded->lastRelease);
                since += tr(" · %n in the notes", nullptr, int(release.entryCount()))
                         + tr(" · %n left out", nullptr, int(release.leftOut.size()));
                if (!loaded->nothingToRelease.isEmpty())
                    since += QStringLiteral(" · ") + loaded->nothingToRelease;
                m_ui->subtitle->setText(since);
                m_included->setRows(std::move(loaded->included));
                for (const int heading : m_included->headings())
                    m_ui->included->setFirstColumnSpanned(heading, {}, true);
                m_leftOut->setRows(std::move(loaded->leftOut));
                m_ui->includedTitle->setText(tr("In the notes (%1)").arg(release.entryCount()));
                m_ui->leftOutTitle->setText(tr("Left out (%1)").arg(release.leftOut.size()));
                fitColumns();
                render();
                Q_EMIT statusMessage(since);
            });
}

void ChangelogPage::render()
{
    if (!m_release) {
        m_render.cancel();
        Rendered empty;
        makeDocuments(empty, m_ui->preview->font(), m_ui->source->font(), QString());
        showRendered(std::move(empty));
        m_ui->includedTitle->setText(tr("In the notes"));
        m_ui->leftOutTitle->setText(tr("Left out"));
        m_ui->copy->setEnabled(false);
        return;
    }
    const ChangelogFormat format = m_ui->format->currentIndex() == 1
                                           ? ChangelogFormat::KeepAChangelog
                                           : ChangelogFormat::Conventional;
    auto work =
            [release = *m_release,
             settings = m_settings,
             format,
             font = m_ui->preview->font(),
             mono = m_ui->source->font(),
             nothing = tr("*Nothing for the release notes yet: no commit since the last "
                          "release is of a type the notes list. The commits on the right "
                          "say why.*\n"),
             cutNote = tr("*The preview ends here, after line %1 of %2: the Markdown tab "
                          "and Copy Markdown hold the whole notes.*")](const std::atomic_bool &) {
                Rendered rendered;
                rendered.markdown = MarkdownRenderer(format, settings).section(release);
                if (release.isEmpty())
                    rendered.markdown += nothing;
                makeDocuments(rendered, font, mono, cutNote);
                return rendered;
            };
    if (m_release->entryCount() + m_release->leftOut.size() <= inlineRenderLimit) {
        m_render.cancel();
        showRendered(work(std::atomic_bool(false)));
        return;
    }
    m_ui->copy->setEnabled(false);
    m_render.run(this, std::move(work), [this](Rendered rendered) {
        showRendered(std::move(rendered));
    });
}

void ChangelogPage::showRendered(Rendered rendered)
{
    // The new documents replace the old ones in the views before the old ones are released.
    m_markdown = std::move(rendered.markdown);
    m_ui->preview->setDocument(rendered.preview.get());
    m_ui->source->setDocument(rendered.source.get());
    m_previewDocument = std::move(rendered.preview);
    m_sourceDocument = std::move(rendered.source);
    m_ui->copy->setEnabled(m_release.has_value());
}

void ChangelogPage::fitColumns()
{
    // Level and commit as wide as their texts (sampled over the first rows); the entry takes the
    // rest, elided, with the whole entry in its tooltip.
    m_ui->included->resizeColumnToContents(ChangeColumn);
    m_ui->included->resizeColumnToContents(CommitColumn);
}

QString ChangelogPage::markdown() const
{
    return m_markdown;
}

QString ChangelogPage::previewText() const
{
    return m_ui->preview->toPlainText();
}

QString ChangelogPage::titleText() const
{
    return m_ui->title->text();
}

int ChangelogPage::includedCount() const
{
    return m_included->entryCount();
}

QStringList ChangelogPage::includedSections() const
{
    QStringList titles;
    for (const int heading : m_included->headings())
        titles.append(m_included->row(heading).texts.value(EntryColumn));
    return titles;
}

QStringList ChangelogPage::leftOutReasons() const
{
    QStringList reasons;
    for (int i = 0; i < m_leftOut->rowCount(); ++i)
        reasons.append(m_leftOut->row(i).reason);
    return reasons;
}

void ChangelogPage::setFormat(ChangelogFormat format)
{
    m_ui->format->setCurrentIndex(format == ChangelogFormat::KeepAChangelog ? 1 : 0);
}

QStringList ChangelogPage::packages() const
{
    return m_packages->names();
}

void ChangelogPage::selectPackage(const QString &name)
{
    m_packages->select(name);
}

} // namespace rd::gui
