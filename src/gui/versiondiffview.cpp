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

struct Line
{
    int number = 0;
    QByteArray bytes;
    QList<QPair<qsizetype, qsizetype>> changed; // byte ranges inside the line
};

// The lines of a file with their start offsets.
QList<qsizetype> lineStarts(const QByteArray &bytes)
{
    QList<qsizetype> starts{0};
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n' && i + 1 < bytes.size())
            starts.append(i + 1);
    }
    return starts;
}

Line lineAt(const QByteArray &bytes,
            const QList<qsizetype> &starts,
            int number,
            const QList<QPair<qsizetype, qsizetype>> &ranges)
{
    Line line;
    line.number = number;
    const qsizetype start = starts.at(number - 1);
    qsizetype end = number < starts.size() ? starts.at(number) - 1 : bytes.size();
    if (end > start && end <= bytes.size() && end - 1 >= start && bytes.at(end - 1) == '\r')
        --end; // show a CRLF line without its '\r'
    if (number == starts.size() && end == bytes.size() && bytes.endsWith('\n'))
        end = bytes.size() - 1;
    line.bytes = bytes.mid(start, end - start);
    for (const auto &[offset, length] : ranges) {
        const qsizetype from = std::max(offset, start);
        const qsizetype to = std::min(offset + std::max<qsizetype>(length, 0), end);
        if (from < to)
            line.changed.append({from - start, to - from});
    }
    return line;
}

// Character positions of byte ranges in a decoded line.
QList<QPair<int, int>> charRanges(const Line &line)
{
    QList<QPair<int, int>> result;
    for (const auto &[offset, length] : line.changed) {
        const int from = int(QString::fromUtf8(line.bytes.left(offset)).size());
        const int to = int(QString::fromUtf8(line.bytes.left(offset + length)).size());
        result.append({from, to - from});
    }
    return result;
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
               const Line *line,
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
    const QString text = QString::fromUtf8(line->bytes);
    const int base = cursor.position();
    cursor.insertText(text, QTextCharFormat());
    int runs = 0;
    for (const auto &[from, length] : charRanges(*line)) {
        if (length <= 0)
            continue;
        QTextCursor mark(edit->document());
        mark.setPosition(base + from);
        mark.setPosition(base + from + length, QTextCursor::KeepAnchor);
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

    // Byte ranges of the splices in both files.
    QList<QPair<qsizetype, qsizetype>> beforeRanges;
    QList<QPair<qsizetype, qsizetype>> afterRanges;
    qsizetype delta = 0;
    for (const Splice &splice : std::as_const(m_edit.splices)) {
        beforeRanges.append({splice.offset, splice.length});
        afterRanges.append({splice.offset + delta, splice.replacement.size()});
        delta += splice.replacement.size() - splice.length;
    }
    const QList<qsizetype> beforeStarts = lineStarts(m_edit.before);
    const QList<qsizetype> afterStarts = lineStarts(m_edit.after);
    const int beforeLines = int(beforeStarts.size());
    const QList<UnifiedDiff::Change> changes = UnifiedDiff::changes(m_edit.before, m_edit.splices);

    const auto beforeLine = [&](int number) {
        return lineAt(m_edit.before, beforeStarts, number, beforeRanges);
    };
    const auto afterLine = [&](int number) {
        return lineAt(m_edit.after, afterStarts, number, afterRanges);
    };
    const auto contextLine = [&](int beforeNumber, int afterNumber) {
        const Line line = beforeLine(beforeNumber);
        appendLine(m_unified, gutter(beforeNumber, ' '), &line, {}, {});
        appendLine(m_left, gutter(beforeNumber, ' '), &line, {}, {});
        const Line right = afterLine(afterNumber);
        appendLine(m_right, gutter(afterNumber, ' '), &right, {}, {});
    };

    qsizetype index = 0;
    int unifiedRuns = 0;
    int sideRuns = 0;
    while (index < changes.size()) {
        qsizetype last = index;
        while (last + 1 < changes.size()
               && changes.at(last + 1).beforeFirst - changes.at(last).beforeLast <= 2 * context + 1)
            ++last;
        const int start = std::max(1, changes.at(index).beforeFirst - context);
        const int end = std::min(beforeLines, changes.at(last).beforeLast + context);
        const int shift = changes.at(index).afterFirst - changes.at(index).beforeFirst;
        const QString header = QStringLiteral("@@ line %1 @@").arg(changes.at(index).beforeFirst);
        for (QPlainTextEdit *edit : {m_unified, m_left, m_right})
            appendLine(edit, header, nullptr, hunkLine, {});
        int line = start;
        int offset = shift; // after-line = before-line + offset outside changes
        for (qsizetype c = index; c <= last; ++c) {
            const UnifiedDiff::Change &change = changes.at(c);
            for (; line < change.beforeFirst; ++line)
                contextLine(line, line + offset);
            const int removed = change.beforeLast - change.beforeFirst + 1;
            const int added = change.afterLast - change.afterFirst + 1;
            for (int i = 0; i < removed; ++i) {
                const Line old = beforeLine(change.beforeFirst + i);
                unifiedRuns += appendLine(m_unified,
                                          gutter(old.number, '-'),
                                          &old,
                                          removedLine,
                                          removedBytes);
            }
            for (int i = 0; i < added; ++i) {
                const Line now = afterLine(change.afterFirst + i);
                unifiedRuns += appendLine(m_unified,
                                          gutter(now.number, '+'),
                                          &now,
                                          addedLine,
                                          addedBytes);
            }
            for (int i = 0; i < std::max(removed, added); ++i) {
                if (i < removed) {
                    const Line old = beforeLine(change.beforeFirst + i);
                    sideRuns += appendLine(m_left,
                                           gutter(old.number, '-'),
                                           &old,
                                           removedLine,
                                           removedBytes);
                } else {
                    appendLine(m_left, QString(), nullptr, {}, {});
                }
                if (i < added) {
                    const Line now = afterLine(change.afterFirst + i);
                    sideRuns += appendLine(m_right,
                                           gutter(now.number, '+'),
                                           &now,
                                           addedLine,
                                           addedBytes);
                } else {
                    appendLine(m_right, QString(), nullptr, {}, {});
                }
            }
            line = change.beforeLast + 1;
            offset = change.afterLast - change.beforeLast;
        }
        for (; line <= end; ++line)
            contextLine(line, line + offset);
        index = last + 1;
    }
    m_highlights = m_mode == Mode::Unified ? unifiedRuns : sideRuns;
    for (QPlainTextEdit *edit : {m_unified, m_left, m_right})
        edit->moveCursor(QTextCursor::Start);
}

} // namespace rd::gui
