// SPDX-License-Identifier: GPL-3.0-or-later
#include "securityscan.h"

#include "forge/workflowfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace rd {

namespace {

QString text(const YAML::Node &node)
{
    if (!node)
        return {};
    if (node.IsScalar())
        return QString::fromStdString(node.Scalar());
    if (node.IsSequence()) {
        QStringList parts;
        for (const YAML::Node &item : node)
            parts.append(text(item));
        return parts.join(u'\n');
    }
    return {};
}

bool isTrue(const YAML::Node &node)
{
    return node && node.IsScalar() && QString::fromStdString(node.Scalar()).toLower() == u"true";
}

// The first scanner named in any of `texts` (case-insensitive), or empty.
QString scannerIn(const QStringList &texts, const QStringList &scanners)
{
    for (const QString &scanner : scanners) {
        for (const QString &t : texts) {
            if (t.contains(scanner, Qt::CaseInsensitive))
                return scanner;
        }
    }
    return {};
}

class Scanner
{
public:
    Scanner(QString file, QStringList scanners)
        : m_file(std::move(file))
        , m_scanners(std::move(scanners))
    {}

    void github(const YAML::Node &document)
    {
        const YAML::Node jobs = document["jobs"];
        if (!jobs || !jobs.IsMap())
            return;
        for (const auto &entry : jobs) {
            const QString id = QString::fromStdString(entry.first.Scalar());
            const YAML::Node job = entry.second;
            if (!job.IsMap())
                continue;
            const QString jobName = text(job["name"]);
            QStringList stepTexts;
            const YAML::Node steps = job["steps"];
            if (steps && steps.IsSequence()) {
                for (const YAML::Node &step : steps) {
                    if (!step.IsMap())
                        continue;
                    const QString stepName = text(step["name"]);
                    const QStringList texts{stepName,
                                            text(step["uses"]),
                                            text(step["run"]),
                                            text(step["id"])};
                    stepTexts += texts;
                    const QString scanner = scannerIn(texts, m_scanners);
                    if (!scanner.isEmpty() && isTrue(step["continue-on-error"]))
                        add(step["continue-on-error"],
                            scanner,
                            QCoreApplication::translate("rd::forge", "step “%1” of job %2")
                                    .arg(stepName.isEmpty() ? scanner : stepName, id),
                            QStringLiteral("continue-on-error: true"));
                }
            }
            QString scanner = scannerIn({id, jobName}, m_scanners);
            if (scanner.isEmpty())
                scanner = scannerIn(stepTexts, m_scanners);
            if (!scanner.isEmpty() && isTrue(job["continue-on-error"]))
                add(job["continue-on-error"],
                    scanner,
                    QCoreApplication::translate("rd::forge", "job %1").arg(id),
                    QStringLiteral("continue-on-error: true"));
        }
    }

    void gitlab(const YAML::Node &document)
    {
        if (!document.IsMap())
            return;
        for (const auto &entry : document) {
            const QString id = QString::fromStdString(entry.first.Scalar());
            const YAML::Node job = entry.second;
            if (!job.IsMap() || !job["allow_failure"])
                continue;
            const QStringList texts{id,
                                    text(job["script"]),
                                    text(job["image"]),
                                    text(job["extends"])};
            const QString scanner = scannerIn(texts, m_scanners);
            const YAML::Node allow = job["allow_failure"];
            // allow_failure: true, or allow_failure: {exit_codes: ...} which still lets it fail.
            if (!scanner.isEmpty() && (isTrue(allow) || allow.IsMap()))
                add(allow,
                    scanner,
                    QCoreApplication::translate("rd::forge", "job %1").arg(id),
                    QStringLiteral("allow_failure: true"));
        }
    }

    QList<SecurityFinding> findings;

private:
    void add(const YAML::Node &node,
             const QString &scanner,
             const QString &where,
             const QString &setting)
    {
        SecurityFinding finding;
        finding.file = m_file;
        finding.line = node.Mark().line + 1;
        finding.scanner = scanner;
        finding.where = where;
        finding.message = QCoreApplication::translate(
                                  "rd::forge",
                                  "%1: %2 runs %3 with %4, so a finding never fails CI. "
                                  "Remove %4, or gate on its result.")
                                  .arg(finding.location(), where, scanner, setting);
        findings.append(finding);
    }

    QString m_file;
    QStringList m_scanners;
};

} // namespace

QStringList SecurityScan::defaultScanners()
{
    return {QStringLiteral("bandit"),
            QStringLiteral("safety"),
            QStringLiteral("pip-audit"),
            QStringLiteral("npm audit"),
            QStringLiteral("trivy"),
            QStringLiteral("grype"),
            QStringLiteral("codeql"),
            QStringLiteral("semgrep"),
            QStringLiteral("snyk"),
            QStringLiteral("gitleaks"),
            QStringLiteral("trufflehog")};
}

Result<QList<SecurityFinding>> SecurityScan::scan(const QString &root, const QStringList &scanners)
{
    QList<SecurityFinding> findings;
    const QDir workflows(root + u'/' + WorkflowFile::folder);
    for (const QString &name :
         workflows.entryList({QStringLiteral("*.yml"), QStringLiteral("*.yaml")},
                             QDir::Files,
                             QDir::Name)) {
        const QString file = WorkflowFile::folder + u'/' + name;
        auto document = loadCiYaml(root, file);
        if (!document)
            return fail(document.error());
        Scanner scanner(file, scanners);
        scanner.github(*document);
        findings += scanner.findings;
    }
    const QString gitlabFile = QStringLiteral(".gitlab-ci.yml");
    if (QFile::exists(root + u'/' + gitlabFile)) {
        auto document = loadCiYaml(root, gitlabFile);
        if (!document)
            return fail(document.error());
        Scanner scanner(gitlabFile, scanners);
        scanner.gitlab(*document);
        findings += scanner.findings;
    }
    return findings;
}

} // namespace rd
