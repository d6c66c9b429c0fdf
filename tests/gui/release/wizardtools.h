// SPDX-License-Identifier: GPL-3.0-or-later
// What the release wizard tests read off the wizard.
#pragma once

#include "gatedpage.h"
#include "releasewizard.h"

#include <QStringList>
#include <QTreeWidget>

namespace rd::test {

inline bool pageComplete(gui::ReleaseWizard &wizard, int id)
{
    return static_cast<gui::GatedPage *>(wizard.page(id))->isComplete();
}

// The texts of one column of a tree's top-level items, top to bottom.
inline QStringList columnTexts(QTreeWidget *tree, int column)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        texts.append(tree->topLevelItem(i)->text(column));
    return texts;
}

} // namespace rd::test
