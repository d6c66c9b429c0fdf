// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd::gui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 32, 40, 32);
    layout->setSpacing(14);

    auto *title = new QLabel(tr("Welcome to ReleaseDesk"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("Open a git repository to see its current version, the next "
                                "version its Conventional Commits call for, and why — commit by "
                                "commit."),
                             this);
    intro->setWordWrap(true);
    auto *open = new QPushButton(tr("Open Repository…"), this);
    open->setDefault(true);
    open->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *recentTitle = new QLabel(tr("Recent repositories"), this);
    QFont bold = recentTitle->font();
    bold.setBold(true);
    recentTitle->setFont(bold);
    m_recent->setAccessibleName(tr("Recent repositories"));

    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(open);
    layout->addSpacing(12);
    layout->addWidget(recentTitle);
    layout->addWidget(m_recent, 1);

    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentActivated(item->data(Qt::UserRole).toString());
    });
}

void WelcomePage::setRecent(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(QDir(path).dirName(),
                                                                       QDir::toNativeSeparators(
                                                                               path)),
                                         m_recent);
        item->setData(Qt::UserRole, path);
    }
    if (paths.isEmpty()) {
        auto *item = new QListWidgetItem(tr("None yet"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace rd::gui
