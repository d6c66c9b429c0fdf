// SPDX-License-Identifier: GPL-3.0-or-later
#include "commitspage.h"

#include "commitfilter.h"
#include "committablemodel.h"
#include "inlinemarkdown.h"
#include "levelstyle.h"
#include "localdates.h"
#include "ui_commitspage.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace rd::gui {

namespace {

enum ScopeFilter { AllCommits, BumpingCommits, IgnoredCommits };

// Filters by scope and CommitFilter. A change re-filters with one layout change instead of
// QSortFilterProxyModel's row-by-row removals and insertions, whose cost on a long list grows
// with the square of the rows.
class CommitFilterModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilter(int scope, const QString &text)
    {
        m_scope = scope;
        m_filter = CommitFilter(text);
        invalidate();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (m_scope != AllCommits) {
            const auto level = BumpLevel(index.data(CommitTableModel::LevelRole).toInt());
            if ((m_scope == BumpingCommits) == (level == BumpLevel::None))
                return false;
        }
        return m_filter.isEmpty()
               || m_filter.matches(index.data(CommitTableModel::SearchKeyRole).toString());
    }

private:
    int m_scope = AllCommits;
    CommitFilter m_filter;
};

} // namespace

CommitsPage::CommitsPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::CommitsPage)
    , m_model(new CommitTableModel(this))
    , m_proxy(new CommitFilterModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_ui->table->setModel(m_proxy);
    m_ui->table->setItemDelegateForColumn(CommitTableModel::LevelColumn, new LevelDelegate(this));
    m_ui->table->verticalHeader()->hide();
    m_ui->table->verticalHeader()->setDefaultSectionSize(m_ui->table->fontMetrics().height() + 10);
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // Columns sized to content look at this many rows, not the whole history.
    header->setResizeContentsPrecision(200);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);

    connect(m_ui->filter, &QLineEdit::textChanged, this, &CommitsPage::updateFilter);
    connect(m_ui->scope, &QComboBox::currentIndexChanged, this, &CommitsPage::updateFilter);
    connect(m_ui->table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &CommitsPage::showDetails);
    clear();
}

CommitsPage::~CommitsPage()
{
    m_keys.cancel();
    delete m_ui;
}

void CommitsPage::clear()
{
    m_keys.cancel();
    m_model->setCommits({}, {});
    m_ui->details->clear();
    updateFilter();
}

void CommitsPage::showReport(const NextVersionReport &report)
{
    m_model->setCommits(report.commits, report.deciding);
    // The filter's keys are made on the pool: on a long history that is a few hundred ms.
    m_keys.run(
            this,
            [commits = report.commits](const std::atomic_bool &stop) {
                QStringList keys;
                keys.reserve(commits.size());
                for (const AnalyzedCommit &commit : commits) {
                    if (stop)
                        return QStringList();
                    keys.append(CommitFilter::searchKey(commit));
                }
                return keys;
            },
            [this](QStringList keys) { m_model->setSearchKeys(std::move(keys)); });
    m_fitPending = true;
    if (isVisible())
        fitColumns();
    updateFilter();
    if (m_proxy->rowCount() > 0)
        m_ui->table->selectRow(0);
}

void CommitsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // After the layout has given the table its size.
    if (m_fitPending)
        QTimer::singleShot(0, this, &CommitsPage::fitColumns);
}

void CommitsPage::fitColumns()
{
    // Each column as wide as its text (sampled over the first rows), the reason first: the
    // description gives way down to a readable width, cut texts are elided with a tooltip.
    if (!m_fitPending)
        return;
    m_fitPending = false;
    QHeaderView *header = m_ui->table->horizontalHeader();
    m_ui->table->resizeColumnsToContents();
    header->resizeSection(CommitTableModel::ScopeColumn,
                          std::min(header->sectionSize(CommitTableModel::ScopeColumn), 120));
    const int available = m_ui->table->viewport()->width();
    const int reason = std::min(header->sectionSize(CommitTableModel::ReasonColumn), available / 2);
    int others = 0;
    for (int column = 0; column < CommitTableModel::DescriptionColumn; ++column)
        others += header->sectionSize(column);
    const int description
            = std::clamp(available - others - reason,
                         std::min(240, header->sectionSize(CommitTableModel::DescriptionColumn)),
                         header->sectionSize(CommitTableModel::DescriptionColumn));
    header->resizeSection(CommitTableModel::DescriptionColumn, description);
    header->resizeSection(CommitTableModel::ReasonColumn, reason);
}

void CommitsPage::updateFilter()
{
    static_cast<CommitFilterModel *>(m_proxy)->setFilter(m_ui->scope->currentIndex(),
                                                         m_ui->filter->text());
    m_ui->count->setText(tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void CommitsPage::selectCommit(const QString &id)
{
    m_ui->filter->clear();
    m_ui->scope->setCurrentIndex(AllCommits);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
        const AnalyzedCommit *commit = m_model->commitAt(source.row());
        if (commit && commit->id.toString() == id) {
            m_ui->table->selectRow(row);
            m_ui->table->scrollTo(m_proxy->index(row, 0));
            m_ui->table->setFocus();
            return;
        }
    }
}

void CommitsPage::focusFilter()
{
    m_ui->filter->setFocus();
    m_ui->filter->selectAll();
}

int CommitsPage::visibleRowCount() const
{
    return m_proxy->rowCount();
}

void CommitsPage::showDetails()
{
    const QModelIndex current = m_ui->table->currentIndex();
    const AnalyzedCommit *commit = current.isValid()
                                           ? m_model->commitAt(m_proxy->mapToSource(current).row())
                                           : nullptr;
    if (!commit) {
        m_ui->details->clear();
        return;
    }
    const Classification &verdict = commit->classification;
    QString html = QStringLiteral("<p><b>%1</b> &nbsp;<code>%2</code> &nbsp;%3 · %4</p>")
                           .arg(commit->header().toHtmlEscaped(),
                                commit->id.toString(),
                                commit->author.name.toHtmlEscaped(),
                                shortDateTime(commit->time));
    html += QStringLiteral("<p><span style='color:%1'><b>%2</b></span> — %3</p>")
                    .arg(levelColor(verdict.level).name(),
                         levelText(verdict.level, verdict.breaking),
                         inlineMarkdownToHtml(verdict.reason));
    if (verdict.breaking)
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(tr("Breaking change:"), commit->parsed.breakingNote().toHtmlEscaped());
    if (!verdict.hidden && !verdict.section.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Release notes section: %1").arg(verdict.section.toHtmlEscaped()));
    html += QStringLiteral("<pre>%1</pre>").arg(commit->message.trimmed().toHtmlEscaped());
    m_ui->details->setHtml(html);
}

} // namespace rd::gui
