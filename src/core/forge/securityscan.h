// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QList>
#include <QStringList>

namespace rd {

// A security scanner whose failure is ignored: continue-on-error: true (GitHub Actions, on a
// job or a step) or allow_failure: true (GitLab CI, on a job) where the job or step looks like
// a scanner (its id, name, uses: or script mentions one).
struct SecurityFinding
{
    QString file; // relative: .github/workflows/ci.yml
    int line = 0; // 1-based, the line of the continue-on-error / allow_failure
    QString scanner;
    QString where; // "job audit", "step “Run trivy” of job scan"
    QString message;
    QString location() const { return file + u':' + QString::number(line); }
};

class SecurityScan
{
public:
    // bandit, safety, pip-audit, npm audit, trivy, grype, codeql, semgrep, snyk, gitleaks,
    // trufflehog
    static QStringList defaultScanners();
    // Scans <root>/.github/workflows/*.yml|yaml and <root>/.gitlab-ci.yml. Unreadable YAML is
    // an error naming the file and line.
    static Result<QList<SecurityFinding>> scan(const QString &root,
                                               const QStringList &scanners = defaultScanners());
};

} // namespace rd
