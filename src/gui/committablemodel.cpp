// SPDX-License-Identifier: GPL-3.0-or-later
#include "committablemodel.h"

#include "commitfilter.h"
#include "inlinemarkdown.h"
#include "levelstyle.h"
#include "pooldrop.h"

#include <QFont>

namespace rd::gui {

CommitTableModel::CommitTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CommitTableModel::setCommits(QList<AnalyzedCommit> commits, const QList<qsizetype> &deciding)
{
    beginResetModel();
    dropOnPool(std::exchange(m_commits, std::move(commits)));
    dropOnPool(std::exchange(m_keys, {}));
    m_deciding = QList<bool>(m_commits.size(), false);
    for (qsizetype index : deciding)
        m_deciding[index] = true;
    endResetModel();
}

void CommitTableModel::setSearchKeys(QStringList keys)
{
    if (keys.size() == m_commits.size())
        m_keys = std::move(keys);
}

const AnalyzedCommit *CommitTableModel::commitAt(int row) const
{
    return row >= 0 && row < m_commits.size() ? &m_commits.at(row) : nullptr;
}

int CommitTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_commits.size());
}

int CommitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommitTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_commits.size())
        return {};
    const AnalyzedCommit &commit = m_commits.at(index.row());
    const Classification &verdict = commit.classification;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return commit.id.toShortString();
        case LevelColumn:
            return levelText(verdict.level, verdict.breaking);
        case TypeColumn:
            return commit.parsed.type.isEmpty()
                           ? QString()
                           : commit.parsed.type.toLower()
                                     + (commit.parsed.breakingMarker ? QStringLiteral("!")
                                                                     : QString());
        case ScopeColumn:
            return commit.parsed.scope;
        case DescriptionColumn:
            return commit.parsed.description.isEmpty() ? commit.header()
                                                       : commit.parsed.description;
        case ReasonColumn:
            return inlineMarkdownToPlain(verdict.reason);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn || index.column() == LevelColumn)
            return inlineMarkdownToPlain(verdict.reason);
        if (index.column() == DescriptionColumn)
            return commit.message.trimmed();
        if (index.column() == IdColumn)
            return commit.id.toString();
        break;
    case Qt::FontRole:
        if (index.column() == IdColumn) {
            QFont font(QStringLiteral("monospace"));
            font.setStyleHint(QFont::Monospace);
            return font;
        }
        if (m_deciding.value(index.row())) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (verdict.level == BumpLevel::None && index.column() != LevelColumn)
            return mutedTextColor();
        break;
    case LevelRole:
        return int(verdict.level);
    case DecidingRole:
        return m_deciding.value(index.row());
    case SearchKeyRole:
        return index.row() < m_keys.size() ? m_keys.at(index.row())
                                           : CommitFilter::searchKey(commit);
    }
    return {};
}

QVariant CommitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Commit");
    case LevelColumn:
        return tr("Bump");
    case TypeColumn:
        return tr("Type");
    case ScopeColumn:
        return tr("Scope");
    case DescriptionColumn:
        return tr("Description");
    case ReasonColumn:
        return tr("Why");
    }
    return {};
}

} // namespace rd::gui
