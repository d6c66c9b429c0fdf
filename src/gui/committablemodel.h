// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/analyzedcommit.h"

#include <QAbstractTableModel>
#include <QList>

namespace rd::gui {

// The commits of an analysis, one row each, newest first.
class CommitTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        LevelColumn,
        TypeColumn,
        ScopeColumn,
        DescriptionColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role {
        LevelRole = Qt::UserRole + 1, // int(BumpLevel)
        DecidingRole,                 // bool: this commit decided the release's level
        SearchKeyRole,                // QString: the words a filter finds (CommitFilter)
    };

    explicit CommitTableModel(QObject *parent = nullptr);

    void setCommits(QList<AnalyzedCommit> commits, const QList<qsizetype> &deciding);
    const AnalyzedCommit *commitAt(int row) const;
    const QList<AnalyzedCommit> &commits() const { return m_commits; }
    // CommitFilter::searchKey() of each commit, made elsewhere (off the GUI thread); ignored
    // unless it is one key per commit. Without them a key is made when asked for.
    void setSearchKeys(QStringList keys);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<AnalyzedCommit> m_commits;
    QList<bool> m_deciding;
    QStringList m_keys;
};

} // namespace rd::gui
