// SPDX-License-Identifier: GPL-3.0-or-later
#include "forge/securityscan.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using rd::SecurityScan;

namespace {

void write(const QString &root, const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(root + u'/' + path).path());
    QFile file(root + u'/' + path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

class TestSecurityScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsSilencedScannersWithFileAndLine();
    void configurableScannerList();
    void brokenYaml();
};

void TestSecurityScan::findsSilencedScannersWithFileAndLine()
{
    QTemporaryDir root;
    write(root.path(),
          QStringLiteral(".github/workflows/ci.yml"),
          "name: CI\n"                                     // 1
          "on: push\n"                                     // 2
          "jobs:\n"                                        // 3
          "  scan:\n"                                      // 4
          "    runs-on: ubuntu-latest\n"                   // 5
          "    steps:\n"                                   // 6
          "      - uses: actions/checkout@v4\n"            // 7
          "      - name: Container scan\n"                 // 8
          "        uses: aquasecurity/trivy-action@0.20\n" // 9
          "        continue-on-error: true\n"              // 10
          "      - name: Lint\n"                           // 11
          "        run: ruff check .\n"                    // 12
          "        continue-on-error: true\n"              // 13
          "      - run: npm audit --audit-level=high\n"    // 14
          "        continue-on-error: false\n"             // 15
          "  bandit:\n"                                    // 16
          "    continue-on-error: true\n"                  // 17
          "    runs-on: ubuntu-latest\n"                   // 18
          "    steps: [{run: bandit -r src}]\n");          // 19
    write(root.path(),
          QStringLiteral(".gitlab-ci.yml"),
          "stages: [test]\n"                               // 1
          "semgrep:\n"                                     // 2
          "  image: returntocorp/semgrep\n"                // 3
          "  script: semgrep ci\n"                         // 4
          "  allow_failure: true\n"                        // 5
          "unit:\n"                                        // 6
          "  script: make test\n"                          // 7
          "  allow_failure: true\n"                        // 8
          "audit:\n"                                       // 9
          "  script: [pip install pip-audit, pip-audit]\n" // 10
          "  allow_failure:\n"                             // 11
          "    exit_codes: [1]\n");                        // 12
    auto findings = SecurityScan::scan(root.path());
    QVERIFY2(findings.has_value(), findings ? "" : qPrintable(findings.error().toString()));
    QStringList locations;
    for (const rd::SecurityFinding &finding : std::as_const(*findings))
        locations.append(finding.location() + u' ' + finding.scanner);
    QCOMPARE(locations,
             (QStringList{QStringLiteral(".github/workflows/ci.yml:10 trivy"),
                          QStringLiteral(".github/workflows/ci.yml:17 bandit"),
                          QStringLiteral(".gitlab-ci.yml:5 semgrep"),
                          QStringLiteral(".gitlab-ci.yml:12 pip-audit")}));
    QCOMPARE(findings->at(0).message,
             QStringLiteral(".github/workflows/ci.yml:10: step “Container scan” of job scan runs "
                            "trivy with continue-on-error: true, so a finding never fails CI. "
                            "Remove continue-on-error: true, or gate on its result."));
    QCOMPARE(findings->at(1).where, QStringLiteral("job bandit"));
}

void TestSecurityScan::configurableScannerList()
{
    QTemporaryDir root;
    write(root.path(),
          QStringLiteral(".github/workflows/x.yaml"),
          "on: push\njobs:\n  licenses:\n    continue-on-error: true\n    steps: [{run: "
          "osv-scanner .}]\n");
    QVERIFY(SecurityScan::scan(root.path())->isEmpty());
    auto findings = SecurityScan::scan(root.path(), {QStringLiteral("osv-scanner")});
    QCOMPARE(findings->size(), 1);
    QCOMPARE(findings->first().location(), QStringLiteral(".github/workflows/x.yaml:4"));
}

void TestSecurityScan::brokenYaml()
{
    QTemporaryDir root;
    write(root.path(), QStringLiteral(".gitlab-ci.yml"), "a: [\n");
    auto findings = SecurityScan::scan(root.path());
    QVERIFY(!findings);
    QVERIFY2(findings.error().source.startsWith(u".gitlab-ci.yml:"),
             qPrintable(findings.error().source));
}

QTEST_GUILESS_MAIN(TestSecurityScan)
#include "tst_securityscan.moc"
