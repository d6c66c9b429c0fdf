// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/sourcereport.h"

#include <QAbstractTableModel>

namespace rd::gui {

// The grid of version sources: one row per source, fixed columns (file, key, value, scheme,
// role, status) and then one column per extra column added (registries: PyPI, npm, OCI...),
// whose values come from SourceEntry::extra. A cell that disagrees with the reference gets its
// status's background colour; the reference row is bold.
class SourcesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { File, Key, Value, Scheme, Role, Status, FixedColumns };
    enum DataRole { StatusRole = Qt::UserRole + 1, SourceIdRole };

    explicit SourcesModel(QObject *parent = nullptr);

    void setReport(const SourceReport &report);
    void clear();
    const SourceReport &report() const { return m_report; }
    const SourceEntry *entry(int row) const;
    // The row of the source with this id (VersionSource::id()); -1 when there is none.
    int rowOf(const QString &sourceId) const;

    // A column after the fixed ones, e.g. addColumn("pypi", tr("PyPI")). Values are set per
    // source id; a value that is not the reference version is coloured as a mismatch.
    void addColumn(const QString &id, const QString &title);
    void setExtraValue(const QString &sourceId, const QString &columnId, const QString &value);
    int columnOf(const QString &columnId) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct ExtraColumn
    {
        QString id;
        QString title;
    };
    SourceStatus extraStatus(const SourceEntry &entry, const QString &value) const;

    SourceReport m_report;
    QList<ExtraColumn> m_columns;
};

} // namespace rd::gui
