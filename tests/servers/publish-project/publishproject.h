// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programrun.h"

#include <QString>
#include <QUrl>

namespace rd::test {

class ScratchRepository;

// The registries a test publishes to, from the fixtures' state folders (RELEASEDESK_TEST_*),
// with their credentials put in the environment the CLI and the wizard read.
struct PublishServers
{
    QString npmUrl;
    QString npmrc; // verdaccio's npmrc, for npm view
    QString pypiUrl;
    QString ociHost; // 127.0.0.1:PORT
    QString ociCredentials;
    QString ociTools; // make-image.py
    QUrl forgeUrl;

    // Empty `problem` when every server is running.
    static PublishServers fromEnvironment(const QUrl &forgeUrl, QString *problem);
    // NPM_TOKEN, PYPI_TOKEN, RELEASEDESK_OCI_USERNAME/PASSWORD and GITHUB_TOKEN; the keychain
    // kept out (no session bus). HOME and the git identity are the test's own.
    void exportCredentials(const QString &home) const;

    // What the real skopeo reads under repository:tag: its digest, empty when there is none.
    QString ociDigest(const QString &repository, const QString &tag) const;
    // CI's image: a small image written by make-image.py and copied in by the real skopeo as
    // repository:tag. Its digest, empty on failure.
    QString pushImage(const QString &workDir, const QString &repository, const QString &tag) const;
    // The uploads the PyPI double received for `name` (POSTs to its upload API).
    int pypiUploads(const QString &name) const;
    // The files `pip download` fetched of name==version (into `dest`), empty on failure.
    QStringList pipDownload(const QString &name, const QString &version, const QString &dest) const;
};

// Debian's python3, with the setuptools and wheel scripts/deps installs (another python3 may
// come first on PATH).
inline constexpr const char *debianPython = "/usr/bin/python3";

// A project at 0.1.0 (or `baseVersion`) with a feat commit after its tag, publishing to all four: the npm tarball
// npm pack makes, the wheel and sdist setuptools builds (setup.py reads package.json's
// version), the image CI pushes as sha-{commit} (waited for `ociWaitSeconds`), and the GitHub
// release of the tag with the sdist attached.
struct PublishProject
{
    QString id;
    QString npmName;      // @rdtest/all-<id>
    QString pyName;       // rdall<id>
    QString image;        // rdtest/all-<id>
    QString forgeProject; // octo/all-<id>

    // `baseVersion` is package.json's; `tagBase` tags it v<baseVersion> (false where the
    // repository has that release tag already).
    static PublishProject write(ScratchRepository &scratch,
                                const PublishServers &servers,
                                int ociWaitSeconds,
                                const QString &baseVersion = QStringLiteral("0.1.0"),
                                bool tagBase = true);
    QString tarball(const QString &version) const; // the npm pack file name
};

} // namespace rd::test
