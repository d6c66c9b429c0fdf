// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelogpage.h"
#include "packagepicker.h"

#include "levelstyle.h"
#include "markdownpreview.h"
#include "stopprogress.h"
#include "ui_changelogpage.h"

#include "changelog/changelogbuilder.h"
#include "changelog/markdownrenderer.h"
#include "history/releasehistory.h"
#include "project/project.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QListWidgetItem>
#include <QTreeWidgetItem>

namespace rd::gui {

namespace {

struct LoadedNotes
{
    QStringList packages; // "" (the repository) first
    QString package;
    ChangelogSettings settings;
    ChangelogRelease release;
    QString lastRelease; // tag; empty before the first release
    QString nothingToRelease;
    QHash<QString, QPair<BumpLevel, bool>> levels; // by commit id
};

Result<LoadedNotes> loadNotes(const QString &root,
                              const QString &packageName,
                              const std::atomic_bool &stop)
{
    // A repository per task: git::Repository is used on one thread at a time.
    auto project = Project::open(root);
    if (!project)
        return std::unexpected(project.error());
    const ProjectSettings &settings = project->settings();
    auto selection = Package::select(settings, packageName);
    if (!selection)
        return std::unexpected(selection.error());
    LoadedNotes loaded;
    loaded.packages = selection->names;
    loaded.package = selection->package.name;
    const Package &package = selection->package;
    auto changelog = ChangelogSettings::fromConfig(settings.config);
    if (!changelog)
        return std::unexpected(changelog.error());
    loaded.settings = *changelog;
    auto links = RepositoryLinks::fromConfig(settings.config, project->repository());
    if (!links)
        return std::unexpected(links.error());

    StopProgress progress(stop);
    auto history = ReleaseHistory::open(project->repository(), settings, package, &progress);
    if (!history)
        return std::unexpected(history.error());
    auto report = history->nextVersion({}, &progress);
    if (!report)
        return std::unexpected(report.error());
    const ChangelogBuilder builder(history->settings().commitRules, *changelog, *links);
    loaded.release = builder.build(ChangelogReleaseInfo::nextRelease(*report,
                                                                     history->settings().tagPattern,
                                                                     QDate::currentDate()),
                                   report->commits);
    loaded.lastRelease = report->lastRelease ? report->lastRelease->name : QString();
    if (report->nextError)
        loaded.nothingToRelease = report->nextError->message;
    for (const AnalyzedCommit &commit : std::as_const(report->commits))
        loaded.levels.insert(commit.id.toString(),
                             {commit.classification.level, commit.classification.breaking});
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
    m_ui->leftOut->setSpacing(2);
    m_ui->included->header()->setStretchLastSection(false);
    m_ui->included->header()->setSectionResizeMode(2, QHeaderView::Stretch);

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
                    m_ui->subtitle->setText(tr("Could not read the release notes."));
                    render();
                    if (loaded.error().code != rd::errc::cancelled)
                        Q_EMIT failed(loaded.error());
                    return;
                }
                m_packages->show(loaded->packages, loaded->package);
                m_settings = loaded->settings;
                m_release = loaded->release;
                m_levels = loaded->levels;
                {
                    const QSignalBlocker blocker(m_ui->format);
                    m_ui->format->setCurrentIndex(
                            m_settings.format == ChangelogFormat::KeepAChangelog ? 1 : 0);
                }

                const ChangelogRelease &release = *m_release;
                m_ui->title->setText(release.version.isEmpty()
                                             ? tr("Unreleased changes")
                                             : tr("Release notes for %1").arg(release.version));
                QString since = loaded->lastRelease.isEmpty() ? tr("%n commit(s), no release yet",
                                                                   nullptr,
                                                                   int(release.commitCount))
                                                              : tr("%n commit(s) since %1",
                                                                   nullptr,
                                                                   int(release.commitCount))
                                                                        .arg(loaded->lastRelease);
                since += tr(" · %n in the notes", nullptr, int(release.entryCount()))
                         + tr(" · %n left out", nullptr, int(release.leftOut.size()));
                if (!loaded->nothingToRelease.isEmpty())
                    since += QStringLiteral(" · ") + loaded->nothingToRelease;
                m_ui->subtitle->setText(since);
                render();
                Q_EMIT statusMessage(since);
            });
}

void ChangelogPage::render()
{
    m_ui->included->clear();
    m_ui->leftOut->clear();
    if (!m_release) {
        m_ui->preview->clear();
        m_ui->source->clear();
        m_ui->includedTitle->setText(tr("In the notes"));
        m_ui->leftOutTitle->setText(tr("Left out"));
        m_ui->copy->setEnabled(false);
        return;
    }
    const ChangelogRelease &release = *m_release;
    const ChangelogFormat format = m_ui->format->currentIndex() == 1
                                           ? ChangelogFormat::KeepAChangelog
                                           : ChangelogFormat::Conventional;
    const MarkdownRenderer renderer(format, m_settings);
    QString text = renderer.section(release);
    if (release.isEmpty())
        text += tr("*Nothing for the release notes yet: no commit since the last release is "
                   "of a type the notes list. The commits on the right say why.*\n");
    m_ui->source->setPlainText(text);
    showMarkdown(m_ui->preview, text);
    m_ui->copy->setEnabled(true);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const ChangelogSection &section : release.sections) {
        for (const ChangelogEntry &entry : section.entries) {
            const auto [level, breaking] = m_levels.value(entry.commit, {BumpLevel::None, false});
            auto *item = new QTreeWidgetItem(m_ui->included,
                                             {section.title,
                                              levelText(level, breaking),
                                              entry.scope.isEmpty()
                                                      ? entry.description
                                                      : entry.scope + QStringLiteral(": ")
                                                                + entry.description,
                                              entry.shortCommit()});
            item->setForeground(1, levelColor(level));
            item->setFont(3, mono);
            item->setToolTip(2, entry.body.isEmpty() ? entry.description : entry.body);
            item->setToolTip(3, entry.commit);
        }
    }
    // Each commit on one line, the reason below it: the reason is what this list is for, so it
    // wraps instead of being cut.
    for (const LeftOutCommit &commit : release.leftOut) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2\n%3")
                                                 .arg(commit.commit.left(7),
                                                      commit.header,
                                                      commit.reason),
                                         m_ui->leftOut);
        item->setData(Qt::UserRole, commit.reason);
        item->setToolTip(commit.commit);
    }
    m_ui->includedTitle->setText(tr("In the notes (%1)").arg(release.entryCount()));
    m_ui->leftOutTitle->setText(tr("Left out (%1)").arg(release.leftOut.size()));
    for (int column = 0; column < 2; ++column)
        m_ui->included->resizeColumnToContents(column);
    m_ui->included->resizeColumnToContents(3);
}

QString ChangelogPage::markdown() const
{
    return m_ui->source->toPlainText();
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
    return m_ui->included->topLevelItemCount();
}

QStringList ChangelogPage::leftOutReasons() const
{
    QStringList reasons;
    for (int i = 0; i < m_ui->leftOut->count(); ++i)
        reasons.append(m_ui->leftOut->item(i)->data(Qt::UserRole).toString());
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
