// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/versionplan.h"

#include <QWidget>

class QPlainTextEdit;
class QStackedWidget;

namespace rd::gui {

// Shows one planned file edit as a diff: unified (- and + lines) or side by side (old file left,
// new right), 3 lines of context, line numbers, and inside the changed lines the changed bytes
// highlighted (the splices say exactly which).
class VersionDiffView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Unified, SideBySide };

    explicit VersionDiffView(QWidget *parent = nullptr);

    void setEdit(const FileEdit &edit);
    void clear();
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    // The text now shown (unified: the whole diff; side by side: left and right panes), for
    // tests and accessibility.
    QString unifiedText() const;
    QString leftText() const;
    QString rightText() const;
    // Number of highlighted character runs (changed bytes) in the current mode.
    int highlightCount() const { return m_highlights; }

private:
    void render();

    FileEdit m_edit;
    Mode m_mode = Mode::Unified;
    int m_highlights = 0;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_unified;
    QPlainTextEdit *m_left;
    QPlainTextEdit *m_right;
};

} // namespace rd::gui
