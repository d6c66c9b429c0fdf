// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/releasesummary.h"
#include "history/releasetag.h"

#include <QAbstractTableModel>
#include <QList>

namespace rd::gui {

// One release of the Releases view: its tag, what it brought, and its notes.
struct ReleaseRow
{
    ReleaseTag tag;
    QString previousTag;
    bool preRelease = false;
    ReleaseSummary summary;
    QString notes; // Markdown
};

// The releases of a history, highest version first.
class ReleaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { VersionColumn, DateColumn, CommitsColumn, LevelColumn, TypesColumn, ColumnCount };
    enum Role {
        // The same role as the commit list's, so the level pill is painted the same way.
        LevelRole = Qt::UserRole + 1, // int(BumpLevel)
        PreReleaseRole = Qt::UserRole + 10,
        TagRole,
    };

    explicit ReleaseListModel(QObject *parent = nullptr);

    void setReleases(QList<ReleaseRow> rows);
    const ReleaseRow *releaseAt(int row) const;
    int rowOf(const QString &tag) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ReleaseRow> m_rows;
};

} // namespace rd::gui
