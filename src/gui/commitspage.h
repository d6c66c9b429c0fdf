// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "latesttask.h"

#include "history/nextversionreport.h"

#include <QWidget>

class QSortFilterProxyModel;

namespace Ui {
class CommitsPage;
}

namespace rd::gui {

class CommitTableModel;

// Every commit since the last release with its bump level and the reason, filterable, with the
// full message and verdict of the selected one below.
class CommitsPage : public QWidget
{
    Q_OBJECT

public:
    explicit CommitsPage(QWidget *parent = nullptr);
    ~CommitsPage() override;

    void showReport(const NextVersionReport &report);
    void clear();
    // Selects the commit with this full id (from the overview's deciding list).
    void selectCommit(const QString &id);
    void focusFilter();

    CommitTableModel *model() const { return m_model; }
    int visibleRowCount() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fitColumns();
    void updateFilter();
    void showDetails();

    Ui::CommitsPage *m_ui;
    CommitTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    LatestTask m_keys;
    bool m_fitPending = false;
};

} // namespace rd::gui
