// SPDX-License-Identifier: GPL-3.0-or-later
#include "forge/workflowfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using rd::Inputs;
using rd::WorkflowFile;

namespace {

void write(const QString &root, const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(root + u'/' + path).path());
    QFile file(root + u'/' + path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

const QByteArray deploy = R"(name: Deploy
on:
  workflow_dispatch:
    inputs:
      environment:
        description: Where to deploy
        type: choice
        options: [staging, production]
        required: true
      version:
        type: string
        required: true
      dry-run:
        type: boolean
        default: false
      replicas:
        type: number
        default: 2
  push:
    tags: ["v*"]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps: [{run: echo}]
)";

} // namespace

class TestWorkflowFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsDeclaredInputs();
    void triggerSpellings();
    void findByFileOrName();
    void checkInputs_data();
    void checkInputs();
    void brokenYamlNamesTheLine();
};

void TestWorkflowFile::readsDeclaredInputs()
{
    QTemporaryDir root;
    write(root.path(), QStringLiteral(".github/workflows/deploy.yml"), deploy);
    auto workflow = WorkflowFile::read(root.path(), QStringLiteral(".github/workflows/deploy.yml"));
    QVERIFY(workflow);
    QCOMPARE(workflow->name, QStringLiteral("Deploy"));
    QVERIFY(workflow->dispatchable);
    QCOMPARE(workflow->inputs.size(), 4);
    const rd::WorkflowInput &environment = workflow->inputs[0];
    QCOMPARE(environment.name, QStringLiteral("environment"));
    QCOMPARE(environment.type, QStringLiteral("choice"));
    QCOMPARE(environment.options,
             (QStringList{QStringLiteral("staging"), QStringLiteral("production")}));
    QVERIFY(environment.required);
    QCOMPARE(environment.description, QStringLiteral("Where to deploy"));
    QCOMPARE(workflow->inputs[2].type, QStringLiteral("boolean"));
    QCOMPARE(workflow->inputs[2].defaultValue, QStringLiteral("false"));
    QVERIFY(!workflow->inputs[2].required);
    QCOMPARE(workflow->inputs[3].defaultValue, QStringLiteral("2"));
}

void TestWorkflowFile::triggerSpellings()
{
    QTemporaryDir root;
    write(root.path(), QStringLiteral("a.yml"), "on: workflow_dispatch\njobs: {}\n");
    write(root.path(), QStringLiteral("b.yml"), "on: [push, workflow_dispatch]\n");
    write(root.path(), QStringLiteral("c.yml"), "on:\n  push:\n    branches: [main]\n");
    write(root.path(), QStringLiteral("d.yml"), "\"on\":\n  workflow_dispatch:\n");
    QVERIFY(WorkflowFile::read(root.path(), QStringLiteral("a.yml"))->dispatchable);
    QVERIFY(WorkflowFile::read(root.path(), QStringLiteral("b.yml"))->dispatchable);
    QVERIFY(!WorkflowFile::read(root.path(), QStringLiteral("c.yml"))->dispatchable);
    QVERIFY(WorkflowFile::read(root.path(), QStringLiteral("d.yml"))->dispatchable);
}

void TestWorkflowFile::findByFileOrName()
{
    QTemporaryDir root;
    write(root.path(), QStringLiteral(".github/workflows/deploy.yml"), deploy);
    write(root.path(), QStringLiteral(".github/workflows/ci.yaml"), "name: CI\non: push\n");
    QCOMPARE(WorkflowFile::find(root.path(), QStringLiteral("deploy.yml"))->name,
             QStringLiteral("Deploy"));
    QCOMPARE(WorkflowFile::find(root.path(), QStringLiteral("CI"))->fileName(),
             QStringLiteral("ci.yaml"));
    auto missing = WorkflowFile::find(root.path(), QStringLiteral("release.yml"));
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(u"ci.yaml, deploy.yml"),
             qPrintable(missing.error().message));
}

void TestWorkflowFile::checkInputs_data()
{
    QTest::addColumn<Inputs>("given");
    QTest::addColumn<QString>("error"); // empty: accepted as given
    const auto in = [](const char *k, const char *v) {
        return QPair<QString, QString>(QString::fromUtf8(k), QString::fromUtf8(v));
    };
    QTest::newRow("required given")
            << Inputs{in("environment", "staging"), in("version", "1.2.0")} << QString();
    QTest::newRow("all") << Inputs{in("environment", "production"),
                                   in("version", "2"),
                                   in("dry-run", "true"),
                                   in("replicas", "3")}
                         << QString();
    QTest::newRow("undeclared")
            << Inputs{in("environment", "staging"), in("version", "1"), in("bogus", "1")}
            << QStringLiteral("Input \"bogus\" is not declared by deploy.yml. Its inputs are: "
                              "environment, version, dry-run, replicas.");
    QTest::newRow("missing required")
            << Inputs{in("environment", "staging")}
            << QStringLiteral("Input \"version\" is required by deploy.yml");
    QTest::newRow("bad choice") << Inputs{in("environment", "moon"), in("version", "1")}
                                << QStringLiteral("allows only: staging, production");
    QTest::newRow("bad boolean") << Inputs{in("environment", "staging"),
                                           in("version", "1"),
                                           in("dry-run", "yes")}
                                 << QStringLiteral("give true or false");
    QTest::newRow("bad number") << Inputs{in("environment", "staging"),
                                          in("version", "1"),
                                          in("replicas", "many")}
                                << QStringLiteral("is a number");
    QTest::newRow("twice") << Inputs{in("environment", "staging"),
                                     in("version", "1"),
                                     in("version", "2")}
                           << QStringLiteral("given twice");
}

void TestWorkflowFile::checkInputs()
{
    QFETCH(Inputs, given);
    QFETCH(QString, error);
    QTemporaryDir root;
    write(root.path(), QStringLiteral(".github/workflows/deploy.yml"), deploy);
    auto workflow = WorkflowFile::read(root.path(), QStringLiteral(".github/workflows/deploy.yml"));
    auto checked = workflow->checkInputs(given);
    if (error.isEmpty()) {
        QVERIFY2(checked.has_value(), checked ? "" : qPrintable(checked.error().toString()));
        QCOMPARE(*checked, given);
    } else {
        QVERIFY(!checked);
        QVERIFY2(checked.error().message.contains(error), qPrintable(checked.error().message));
    }
}

void TestWorkflowFile::brokenYamlNamesTheLine()
{
    QTemporaryDir root;
    write(root.path(), QStringLiteral("w.yml"), "on:\n  push:\n    branches: [main\n");
    auto workflow = WorkflowFile::read(root.path(), QStringLiteral("w.yml"));
    QVERIFY(!workflow);
    QVERIFY2(workflow.error().source.startsWith(u"w.yml:"), qPrintable(workflow.error().source));
}

QTEST_GUILESS_MAIN(TestWorkflowFile)
#include "tst_workflowfile.moc"
