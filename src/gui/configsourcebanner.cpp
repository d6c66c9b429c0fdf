// SPDX-License-Identifier: GPL-3.0-or-later
#include "configsourcebanner.h"

#include "config/configlisting.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rd::gui {

namespace {

QTreeWidget *provenanceTree(const ProjectConfig &config, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(QStringLiteral("provenance"));
    tree->setColumnCount(3);
    // The origin before the value: a reason can be long, the origin stays in view.
    tree->setHeaderLabels({ConfigSourceBanner::tr("Setting"),
                           ConfigSourceBanner::tr("From"),
                           ConfigSourceBanner::tr("Value")});
    tree->setRootIsDecorated(true);
    auto *settings = new QTreeWidgetItem(tree, {ConfigSourceBanner::tr("Effective settings")});
    for (const ConfigLeaf &leaf : configLeaves(config.root()))
        new QTreeWidgetItem(settings, {leaf.keyPath, leaf.location, leaf.value});
    for (const ConfigImport &import : config.imports()) {
        if (import.notImported.isEmpty() && import.warnings.isEmpty())
            continue;
        auto *skipped = new QTreeWidgetItem(tree,
                                            {ConfigSourceBanner::tr("Not imported from %1")
                                                     .arg(import.tool)});
        for (const QString &warning : import.warnings)
            new QTreeWidgetItem(skipped, {ConfigSourceBanner::tr("warning"), QString(), warning});
        for (const ImportNote &note : import.notImported) {
            auto *item = new QTreeWidgetItem(skipped, {note.key, note.origin, note.reason});
            item->setToolTip(2, note.reason);
        }
    }
    tree->expandAll();
    for (int column = 0; column < 2; ++column)
        tree->resizeColumnToContents(column);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

ConfigSourceBanner::ConfigSourceBanner(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_details(new QPushButton(tr("Details…"), this))
{
    setObjectName(QStringLiteral("configSourceBanner"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_details);
    connect(m_details, &QPushButton::clicked, this, [this] { openDetails()->show(); });
    hide();
}

void ConfigSourceBanner::showConfig(const ProjectConfig &config)
{
    m_config = config;
    QStringList parts;
    for (const ConfigImport &import : config.imports())
        parts.append(tr("%1's configuration (%2)")
                             .arg(import.tool, import.files.join(QStringLiteral(", "))));
    m_label->setText(parts.isEmpty() ? QString() : tr("Using %1").arg(parts.join(tr(" and "))));
    int skipped = 0;
    for (const ConfigImport &import : config.imports())
        skipped += int(import.notImported.size());
    m_label->setToolTip(config.isFromFile()
                                ? tr("%1 is read too; its keys win over imported ones.")
                                          .arg(ProjectConfig::fileName)
                                : tr("%n settings could not be imported; Details lists them "
                                     "with the reason.",
                                     nullptr,
                                     skipped));
    setVisible(!parts.isEmpty());
}

QString ConfigSourceBanner::text() const
{
    return m_label->text();
}

QWidget *ConfigSourceBanner::openDetails()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Where the settings come from"));
    auto *layout = new QVBoxLayout(dialog);
    auto *intro = new QLabel(tr("Each setting with the file and line it was read from. Keys "
                                "of %1 win over imported ones; `releasedesk-cli config --write` "
                                "writes them into one %1.")
                                     .arg(ProjectConfig::fileName),
                             dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(provenanceTree(m_config, dialog), 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(760, 480);
    return dialog;
}

} // namespace rd::gui
