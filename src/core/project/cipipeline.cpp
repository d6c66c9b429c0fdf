// SPDX-License-Identifier: GPL-3.0-or-later
#include "cipipeline.h"

#include <QDir>
#include <QFileInfo>

namespace rd {

CiPipeline findCiPipeline(const QString &root)
{
    const QDir dir(root);
    // A workflows folder counts only with a workflow in it.
    const QDir workflows(dir.filePath(QStringLiteral(".github/workflows")));
    if (!workflows.entryList({QStringLiteral("*.yml"), QStringLiteral("*.yaml")}, QDir::Files)
                 .isEmpty())
        return {QStringLiteral("GitHub Actions"), QStringLiteral(".github/workflows")};
    struct Known
    {
        const char16_t *file;
        const char16_t *service;
    };
    static constexpr Known known[] = {
            {u".gitlab-ci.yml", u"GitLab CI/CD"},
            {u".circleci/config.yml", u"CircleCI"},
            {u"Jenkinsfile", u"Jenkins"},
            {u".travis.yml", u"Travis CI"},
            {u"azure-pipelines.yml", u"Azure Pipelines"},
            {u"bitbucket-pipelines.yml", u"Bitbucket Pipelines"},
            {u".woodpecker.yml", u"Woodpecker CI"},
            {u".drone.yml", u"Drone CI"},
    };
    for (const Known &entry : known) {
        const QString file = QString::fromUtf16(entry.file);
        if (QFileInfo(dir.filePath(file)).isFile())
            return {QString::fromUtf16(entry.service), file};
    }
    return {};
}

} // namespace rd
