// SPDX-License-Identifier: GPL-3.0-or-later
#include "releaselistmodel.h"

#include "committablemodel.h"
#include "levelstyle.h"
#include "localdates.h"
#include "pooldrop.h"

#include <QFont>
#include <QLocale>

namespace rd::gui {

static_assert(int(ReleaseListModel::LevelRole) == int(CommitTableModel::LevelRole),
              "LevelDelegate reads the commit list's level role");

ReleaseListModel::ReleaseListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReleaseListModel::setReleases(QList<ReleaseRow> rows)
{
    beginResetModel();
    dropOnPool(std::exchange(m_rows, std::move(rows)));
    endResetModel();
}

const ReleaseRow *ReleaseListModel::releaseAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ReleaseListModel::rowOf(const QString &tag) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).tag.name == tag)
            return row;
    }
    return -1;
}

int ReleaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReleaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReleaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReleaseRow &release = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VersionColumn:
            return release.tag.version.toString();
        case DateColumn:
            return shortDate(release.tag.date.date());
        case CommitsColumn:
            return release.summary.commits;
        case LevelColumn:
            return levelText(release.summary.level, release.summary.breaking > 0);
        case TypesColumn:
            return release.summary.typesText(5);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case VersionColumn:
            return release.preRelease ? tr("Pre-release, tag %1").arg(release.tag.name)
                                      : tr("Tag %1").arg(release.tag.name);
        case DateColumn:
            return QLocale().toString(release.tag.date, QLocale::LongFormat);
        case CommitsColumn:
            return release.previousTag.isEmpty()
                           ? tr("Every commit up to %1 (the first release)").arg(release.tag.name)
                           : tr("Commits in %1 and not in %2")
                                     .arg(release.tag.name, release.previousTag);
        case TypesColumn:
            return release.summary.typesText();
        }
        break;
    case Qt::FontRole:
        if (release.preRelease || index.column() == VersionColumn) {
            QFont font;
            font.setItalic(release.preRelease);
            font.setBold(index.column() == VersionColumn && !release.preRelease);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (release.preRelease && index.column() != LevelColumn)
            return mutedTextColor();
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CommitsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case LevelRole:
        return int(release.summary.level);
    case PreReleaseRole:
        return release.preRelease;
    case TagRole:
        return release.tag.name;
    }
    return {};
}

QVariant ReleaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case DateColumn:
        return tr("Date");
    case CommitsColumn:
        return tr("Commits");
    case LevelColumn:
        return tr("Change");
    case TypesColumn:
        return tr("Types of commits");
    }
    return {};
}

} // namespace rd::gui
