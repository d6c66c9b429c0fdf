// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcesmodel.h"

#include "sourcestatusstyle.h"

#include <QFont>

namespace rd::gui {

SourcesModel::SourcesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SourcesModel::setReport(const SourceReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

void SourcesModel::clear()
{
    setReport({});
}

const SourceEntry *SourcesModel::entry(int row) const
{
    return row >= 0 && row < m_report.entries.size() ? &m_report.entries.at(row) : nullptr;
}

void SourcesModel::addColumn(const QString &id, const QString &title)
{
    if (columnOf(id) >= 0)
        return;
    const int column = FixedColumns + int(m_columns.size());
    beginInsertColumns({}, column, column);
    m_columns.append(ExtraColumn{id, title});
    endInsertColumns();
}

void SourcesModel::setExtraValue(const QString &sourceId,
                                 const QString &columnId,
                                 const QString &value)
{
    const int column = columnOf(columnId);
    for (int row = 0; row < m_report.entries.size(); ++row) {
        if (m_report.entries.at(row).source.id() != sourceId)
            continue;
        m_report.entries[row].extra.insert(columnId, value);
        if (column >= 0)
            Q_EMIT dataChanged(index(row, column), index(row, column));
    }
}

int SourcesModel::rowOf(const QString &sourceId) const
{
    for (int row = 0; row < m_report.entries.size(); ++row) {
        if (m_report.entries.at(row).source.id() == sourceId)
            return row;
    }
    return -1;
}

int SourcesModel::columnOf(const QString &columnId) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).id == columnId)
            return FixedColumns + i;
    }
    return -1;
}

int SourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.entries.size());
}

int SourcesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumns + int(m_columns.size());
}

SourceStatus SourcesModel::extraStatus(const SourceEntry &entry, const QString &value) const
{
    if (!m_report.reference)
        return SourceStatus::Agrees;
    // A registry's cell is "1.4.0 · 5/2/26": the version is its first word.
    auto version = VersionSchemes::normalize(entry.source.scheme, value.section(u' ', 0, 0));
    if (!version)
        return SourceStatus::Unparseable;
    const int order = version->compare(*m_report.reference);
    return order == 0  ? SourceStatus::Agrees
           : order < 0 ? SourceStatus::Behind
                       : SourceStatus::Ahead;
}

QVariant SourcesModel::data(const QModelIndex &index, int role) const
{
    const SourceEntry *current = entry(index.row());
    if (!current || !index.isValid())
        return {};
    const VersionSource &source = current->source;
    const int column = index.column();
    if (column >= FixedColumns) {
        const ExtraColumn &extra = m_columns.at(column - FixedColumns);
        const QString value = current->extra.value(extra.id);
        if (role == Qt::DisplayRole)
            return value;
        if (role == Qt::BackgroundRole && !value.isEmpty()) {
            const QColor color = statusBackground(extraStatus(*current, value));
            return color.isValid() ? QVariant(color) : QVariant();
        }
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case File:
            if (source.role == SourceRole::Tag)
                return tr("git tag");
            return source.line > 0 ? QStringLiteral("%1:%2").arg(source.path).arg(source.line)
                                   : source.path;
        case Key:
            return displayKey(source.key);
        case Value:
            return source.text.isEmpty() ? QStringLiteral("—") : source.text;
        case Scheme:
            return VersionSchemes::name(source.scheme);
        case Role:
            return displayRole(source.role);
        case Status:
            return current->isReference ? tr("reference") : statusText(current->status);
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = statusDescription(current->status);
        if (source.version)
            tip += u'\n' + tr("Normalised: %1").arg(source.version->toString());
        if (!source.note.isEmpty())
            tip += u'\n' + source.note;
        return tip;
    }
    case Qt::BackgroundRole:
        // Only the cells that disagree are coloured, so the eye goes straight to them.
        if ((column == Value || column == Status) && !current->isReference) {
            const QColor color = statusBackground(current->status);
            return color.isValid() ? QVariant(color) : QVariant();
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Status && !current->isReference)
            return statusColor(current->status);
        return {};
    case Qt::FontRole:
        if (current->isReference || (column == Value && current->status != SourceStatus::Agrees)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case StatusRole:
        return int(current->status);
    case SourceIdRole:
        return source.id();
    }
    return {};
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File:
        return tr("File");
    case Key:
        return tr("Key");
    case Value:
        return tr("Value");
    case Scheme:
        return tr("Scheme");
    case Role:
        return tr("Role");
    case Status:
        return tr("Status");
    }
    if (section >= FixedColumns && section - FixedColumns < m_columns.size())
        return m_columns.at(section - FixedColumns).title;
    return {};
}

} // namespace rd::gui
