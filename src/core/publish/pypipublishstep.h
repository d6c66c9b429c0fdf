// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/registrytarget.h"
#include "release/releasestep.h"
#include "semver/version.h"

#include <QUrl>

#include <memory>

namespace rd {

class PythonDistribution;

// Uploads wheels and sdists to a PyPI-style index the way twine does (multipart/form-data POST
// of the core metadata and the file to the upload API, user "__token__"). Name, version and
// the other metadata come from each file's own METADATA/PKG-INFO; its sha256, blake2b-256 and
// md5 are fixed when the release is planned. Idempotent per file: the JSON API is asked first;
// a file already there with the same sha256 is done, the same file name with another sha256
// stops the release naming both digests (a file is never overwritten, never deleted). A 400
// "File already exists", a 5xx, a timeout or a dropped connection is checked against the JSON
// API again. Afterwards the JSON API is read until it lists every file with its sha256.
class PypiPublishStep : public ReleaseStep
{
public:
    static constexpr QStringView kindName = u"publish-pypi";

    struct File
    {
        QString path;     // absolute
        QString fileName; // "app-1.4.0-py3-none-any.whl"
        QString fileType; // "bdist_wheel" or "sdist"
        QString sha256;   // hex, as the JSON API's digests.sha256
        QString blake2_256;
        QString md5;
    };

    struct Data
    {
        QUrl index;      // the JSON API's base: <index>/pypi/<name>/json
        QUrl uploadUrl;  // "http://127.0.0.1:PORT/legacy/"
        QString package; // the name as the metadata spells it
        QString version; // as the metadata spells it ("1.4.0rc1")
        QList<File> files;
        int verifyTimeoutMs = 60000;
    };

    explicit PypiPublishStep(Data data);
    // target.type == PyPI; target.package the project name; target.url the index base (JSON API
    // at <url>/pypi/<name>/json, as RegistryReader reads it). uploadUrl: where files are
    // uploaded (twine's --repository-url); empty → TWINE_REPOSITORY_URL, else the default the
    // installed twine uses, else an error saying to set upload_url. Every file's metadata must
    // name target.package (PEP 503) and `expected` (PEP 440, when given; else all one version).
    static Result<std::unique_ptr<PypiPublishStep>> plan(const RegistryTarget &target,
                                                         const QUrl &uploadUrl,
                                                         const QStringList &files,
                                                         const std::optional<Version> &expected);
    static Result<std::unique_ptr<ReleaseStep>> fromJson(const QJsonObject &json);
    // Where files go when the entry's upload_url: is `configured`: it, else
    // TWINE_REPOSITORY_URL, else the installed twine's default (empty when none is known).
    static QUrl effectiveUploadUrl(const QUrl &configured);

    // The form fields twine sends for `dist` (its core metadata under the upload API's names,
    // absent single fields as "", repeated fields once per value), then the digests, ":action"
    // and "protocol_version"; the file itself goes in the "content" part.
    static QList<QPair<QString, QString>> formFields(const PythonDistribution &dist,
                                                     const File &file);
    // multipart/form-data of `fields` and the file as "content"; `boundary` is the separator.
    static QByteArray multipartBody(const QList<QPair<QString, QString>> &fields,
                                    const QString &fileName,
                                    const QByteArray &content,
                                    const QByteArray &boundary);

    const Data &data() const { return m_data; }
    QString kind() const override { return kindName.toString(); }
    QString id() const override { return kind() + u':' + m_data.package; }
    QString title() const override;
    QString details() const override;
    QJsonObject toJson() const override;
    bool changesRemote() const override { return true; }

    // Result: {"package", "version", "files": [{"filename", "sha256", "url"}]}.
    Result<std::optional<QJsonObject>> checkDone(StepContext &context) const override;
    Result<QJsonObject> execute(StepContext &context) override;
    Status undoLocal(StepContext &context, const QJsonObject &result) override;
    Result<QStringList> remoteEffects(StepContext &context,
                                      const QJsonObject &result) const override;
    // Logs that the files stay: an index never takes a file name twice.
    Status undoRemote(StepContext &context, const QJsonObject &result) override;

private:
    struct Published
    {
        QString sha256;
        QString url;
    };
    QUrl jsonUrl() const;
    // The files the index lists for this version, by file name; error publishConflict when
    // one of ours is there with another sha256.
    Result<QHash<QString, Published>> published() const;
    Result<QByteArray> readFile(const File &file) const;
    Status upload(StepContext &context,
                  const File &file,
                  const QString &token,
                  const QString &from);
    Data m_data;
};

} // namespace rd
