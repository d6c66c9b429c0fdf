// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/runevent.h"
#include "store/runhistory.h"

#include <QListWidget>

namespace rd::store {
class Store;
}

namespace rd::gui {

// The Activity list: what the watches saw happen, newest first, a line an event with its
// outcome's dot; double-clicking one opens its run in the browser.
class ActivityList : public QListWidget
{
    Q_OBJECT

public:
    explicit ActivityList(QWidget *parent = nullptr);

    // The latest state changes the store recorded (from earlier sessions too): read() them on
    // any thread, showChanges() them here.
    static Result<QList<store::StateChange>> read(const store::Store &store, int limit = 50);
    void showChanges(const Result<QList<store::StateChange>> &changes);

public Q_SLOTS:
    void addEvent(const rd::notify::RunEvent &event);
};

} // namespace rd::gui
