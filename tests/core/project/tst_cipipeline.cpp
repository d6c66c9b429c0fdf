// SPDX-License-Identifier: GPL-3.0-or-later
// The CI pipeline a project configures: found in the files every service reads, and none when
// nothing would run (the Done page then promises no pipeline).
#include "project/cipipeline.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCiPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noneInAPlainProject();
    void emptyWorkflowsFolderIsNone();
    void githubWorkflow();
    void gitlab();
};

void TestCiPipeline::noneInAPlainProject()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath(QStringLiteral("package.json")), "{}\n"));
    QVERIFY(write(dir.filePath(QStringLiteral(".github/CODEOWNERS")), "* @me\n"));
    QVERIFY(findCiPipeline(dir.path()).service.isEmpty());
}

void TestCiPipeline::emptyWorkflowsFolderIsNone()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral(".github/workflows")));
    QVERIFY(write(dir.filePath(QStringLiteral(".github/workflows/README.md")), "none yet\n"));
    QVERIFY(findCiPipeline(dir.path()).service.isEmpty());
}

void TestCiPipeline::githubWorkflow()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath(QStringLiteral(".github/workflows/release.yaml")), "on: push\n"));
    const CiPipeline pipeline = findCiPipeline(dir.path());
    QCOMPARE(pipeline.service, QStringLiteral("GitHub Actions"));
    QCOMPARE(pipeline.file, QStringLiteral(".github/workflows"));
}

void TestCiPipeline::gitlab()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath(QStringLiteral(".gitlab-ci.yml")), "build:\n  script: make\n"));
    QCOMPARE(findCiPipeline(dir.path()).file, QStringLiteral(".gitlab-ci.yml"));
}

QTEST_GUILESS_MAIN(TestCiPipeline)
#include "tst_cipipeline.moc"
