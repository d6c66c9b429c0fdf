// SPDX-License-Identifier: GPL-3.0-or-later
#include "versiondiffview.h"

#include "sources/unifieddiff.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextCursor>

namespace rd::gui {

namespace {

constexpr int context = 3;

// Character positions of the changed byte ranges of a line, as shown (a CRLF line without its
// '\r').
QList<QPair<int, int>> charRanges(const UnifiedDiff::Line &line)
{
    QList<QPair<int, int>> result;
    for (const auto &[offset, length] : line.changed) {
        const int from = int(QString::fromUtf8(line.bytes.left(offset)).size());
        const int to = int(QString::fromUtf8(line.bytes.left(offset + length)).size());
        result.append({from, to - from});
    }
    return result;
}

QString shownText(const UnifiedDiff::Line &line)
{
    QByteArray bytes = line.bytes;
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

QTextCharFormat background(const QColor &color)
{
    QTextCharFormat format;
    format.setBackground(color);
    return format;
}

// Appends one line with a gutter ("  12 - ") and its highlights; returns the runs highlighted.
int appendLine(QPlainTextEdit *edit,
               const QString &gutter,
               const UnifiedDiff::Line *line,
               const QColor &lineColor,
               const QColor &changeColor)
{
    QTextCursor cursor(edit->document());
    cursor.movePosition(QTextCursor::End);
    if (!edit->document()->isEmpty())
        cursor.insertBlock();
    QTextBlockFormat block;
    if (lineColor.isValid())
        block.setBackground(lineColor);
    cursor.setBlockFormat(block);
    QTextCharFormat gutterFormat;
    gutterFormat.setForeground(QColor(0x80, 0x80, 0x80));
    cursor.insertText(gutter, gutterFormat);
    if (!line)
        return 0;
    const QString text = shownText(*line);
    const int base = cursor.position();
    cursor.insertText(text, QTextCharFormat());
    int runs = 0;
    for (const auto &[from, length] : charRanges(*line)) {
        const int end = std::min(from + length, int(text.size()));
        if (end <= from)
            continue;
        QTextCursor mark(edit->document());
        mark.setPosition(base + from);
        mark.setPosition(base + end, QTextCursor::KeepAnchor);
        mark.mergeCharFormat(background(changeColor));
        ++runs;
    }
    return runs;
}

QString gutter(int number, char sign)
{
    return QStringLiteral("%1 %2 ")
            .arg(number > 0 ? QString::number(number) : QString(), 5)
            .arg(QLatin1Char(sign));
}

// The unified view numbers each line in both files: old, new (blank on the side it is not on).
QString unifiedGutter(const UnifiedDiff::Line &line, char sign)
{
    return QStringLiteral("%1 ").arg(line.beforeNumber > 0 ? QString::number(line.beforeNumber)
                                                           : QString(),
                                     5)
           + gutter(line.afterNumber, sign);
}

} // namespace

VersionDiffView::VersionDiffView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_unified(new QPlainTextEdit(this))
    , m_left(new QPlainTextEdit(this))
    , m_right(new QPlainTextEdit(this))
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *edit : {m_unified, m_left, m_right}) {
        edit->setReadOnly(true);
        edit->setFont(mono);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_unified->setAccessibleName(tr("Unified diff"));
    m_left->setAccessibleName(tr("File before"));
    m_right->setAccessibleName(tr("File after"));
    auto *sideBySide = new QWidget(this);
    auto *pair = new QHBoxLayout(sideBySide);
    pair->setContentsMargins(0, 0, 0, 0);
    pair->addWidget(m_left);
    pair->addWidget(m_right);
    // The two panes scroll together, so old and new lines stay side by side.
    connect(m_left->verticalScrollBar(),
            &QScrollBar::valueChanged,
            m_right->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_right->verticalScrollBar(),
            &QScrollBar::valueChanged,
            m_left->verticalScrollBar(),
            &QScrollBar::setValue);
    m_stack->addWidget(m_unified);
    m_stack->addWidget(sideBySide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void VersionDiffView::setEdit(const FileEdit &edit)
{
    m_edit = edit;
    render();
}

void VersionDiffView::clear()
{
    m_edit = FileEdit{};
    render();
}

void VersionDiffView::setMode(Mode mode)
{
    m_mode = mode;
    m_stack->setCurrentIndex(mode == Mode::Unified ? 0 : 1);
    render();
}

QString VersionDiffView::unifiedText() const
{
    return m_unified->toPlainText();
}

QString VersionDiffView::leftText() const
{
    return m_left->toPlainText();
}

QString VersionDiffView::rightText() const
{
    return m_right->toPlainText();
}

void VersionDiffView::render()
{
    m_unified->clear();
    m_left->clear();
    m_right->clear();
    m_highlights = 0;
    if (m_edit.splices.isEmpty())
        return;
    const QColor removedLine(0xfd, 0xec, 0xec);
    const QColor removedBytes(0xf5, 0xa3, 0xa3);
    const QColor addedLine(0xe6, 0xf6, 0xe6);
    const QColor addedBytes(0x8f, 0xd6, 0x8f);
    const QColor hunkLine(0xee, 0xf2, 0xf8);
    using Kind = UnifiedDiff::Line::Kind;

    // One line in a pane: its gutter (unified: both numbers; a side: that side's), its sign,
    // its colours.
    const auto append = [&](QPlainTextEdit *edit, const UnifiedDiff::Line &line, bool left) {
        const char sign = line.kind == Kind::Context ? ' ' : line.kind == Kind::Removed ? '-' : '+';
        const QString numbers = edit == m_unified
                                        ? unifiedGutter(line, sign)
                                        : gutter(left ? line.beforeNumber : line.afterNumber, sign);
        if (line.kind == Kind::Context)
            return appendLine(edit, numbers, &line, {}, {});
        const bool removed = line.kind == Kind::Removed;
        return appendLine(edit,
                          numbers,
                          &line,
                          removed ? removedLine : addedLine,
                          removed ? removedBytes : addedBytes);
    };

    const UnifiedDiff diff = UnifiedDiff::compute(m_edit.before, m_edit.splices, context);
    int unifiedRuns = 0;
    int sideRuns = 0;
    for (const UnifiedDiff::Hunk &hunk : diff.hunks()) {
        const QString header = QString::fromUtf8(hunk.header());
        for (QPlainTextEdit *edit : {m_unified, m_left, m_right})
            appendLine(edit, header, nullptr, hunkLine, {});
        for (const UnifiedDiff::Line &line : hunk.lines)
            unifiedRuns += append(m_unified, line, line.kind != Kind::Added);
        for (const UnifiedDiff::Row &row : hunk.rows()) {
            if (row.left)
                sideRuns += append(m_left, *row.left, true);
            else
                appendLine(m_left, QString(), nullptr, {}, {});
            if (row.right)
                sideRuns += append(m_right, *row.right, false);
            else
                appendLine(m_right, QString(), nullptr, {}, {});
        }
    }
    m_highlights = m_mode == Mode::Unified ? unifiedRuns : sideRuns;
    for (QPlainTextEdit *edit : {m_unified, m_left, m_right})
        edit->moveCursor(QTextCursor::Start);
}

} // namespace rd::gui
