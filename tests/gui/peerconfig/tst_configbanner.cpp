// SPDX-License-Identifier: GPL-3.0-or-later
// The Next Release view names the release tool whose configuration it uses, and its details
// list where every setting came from.
#include "configsourcebanner.h"
#include "overviewpage.h"
#include "peerconfig/peerconfigs.h"
#include "screenshot.h"

#include <QLabel>
#include <QLayout>
#include <QTest>
#include <QTreeWidget>

using namespace rd;
using namespace rd::gui;

namespace {

ProjectConfig load(const char *name)
{
    auto config = loadEffectiveConfig(
            QStringLiteral(RELEASEDESK_SOURCE_DIR "/tests/core/peerconfig/data/")
            + QString::fromUtf8(name));
    if (!config)
        qFatal("%s", qPrintable(config.error().toString()));
    return *config;
}

// Every row of the tree as "key | value | origin".
QStringList rows(const QTreeWidget *tree)
{
    QStringList result;
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(tree)); *it; ++it)
        result.append((*it)->text(0) + QStringLiteral(" | ") + (*it)->text(1)
                      + QStringLiteral(" | ") + (*it)->text(2));
    return result;
}

} // namespace

class TestConfigBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hiddenWithoutImports();
    void namesTheToolAndFile();
    void detailsListProvenance();
};

void TestConfigBanner::hiddenWithoutImports()
{
    OverviewPage page;
    page.resize(900, 600);
    page.show();
    page.configBanner()->showConfig(ProjectConfig());
    QVERIFY(!page.configBanner()->isVisible());
}

void TestConfigBanner::namesTheToolAndFile()
{
    OverviewPage page;
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.configBanner()->showConfig(load("semantic-release-json"));
    page.layout()->activate();
    QVERIFY(page.configBanner()->isVisible());
    QCOMPARE(page.configBanner()->text(),
             QStringLiteral("Using semantic-release's configuration (.releaserc.json)"));
    // It sits above the versions, not clipped.
    const auto *label = page.configBanner()->findChild<QLabel *>();
    QVERIFY(label);
    QTRY_VERIFY(label->width() > 0);
    QVERIFY(label->height() >= label->heightForWidth(label->width()));
    QVERIFY(!rd::test::saveScreenshot(&page, QStringLiteral("overview-config-banner")).isEmpty());
}

void TestConfigBanner::detailsListProvenance()
{
    ConfigSourceBanner banner;
    banner.showConfig(load("semantic-release-json"));
    QWidget *dialog = banner.openDetails();
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("provenance"));
    QVERIFY(tree);
    const QStringList all = rows(tree);
    QVERIFY2(all.contains(QStringLiteral("tag-pattern | .releaserc.json:9 | {version}")),
             qPrintable(all.join(u'\n')));
    QVERIFY(all.contains(QStringLiteral("types.refactor.bump | .releaserc.json:17 | patch")));
    QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const QString &row) {
        return row.startsWith(QStringLiteral("branches[4].channel | .releaserc.json:7 | "));
    }));
    QVERIFY(!rd::test::saveScreenshot(dialog, QStringLiteral("config-provenance")).isEmpty());
    dialog->close();
}

QTEST_MAIN(TestConfigBanner)
#include "tst_configbanner.moc"
