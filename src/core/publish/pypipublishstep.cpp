// SPDX-License-Identifier: GPL-3.0-or-later
#include "pypipublishstep.h"

#include "net/httpclient.h"
#include "publish/npmpublishstep.h" // the publish errc codes
#include "publish/publishsupport.h"
#include "publish/registrytoken.h"
#include "registry/pythondistribution.h"
#include "registry/registrydefaults.h"
#include "registry/registryreader.h"
#include "release/stepcontext.h"
#include "semver/pep440.h"
#include "util/progress.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

namespace rd {

using publish::log;
using publish::mayHaveLanded;

namespace {

QString hexDigest(const QByteArray &bytes, QCryptographicHash::Algorithm algorithm)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, algorithm).toHex());
}

bool sameVersion(const QString &a, const QString &b)
{
    auto left = Pep440Version::parse(a);
    auto right = Pep440Version::parse(b);
    return left && right ? *left == *right : a == b;
}

// twine's single fields (sent as "" when absent) and repeated ones, by core metadata key.
struct FieldName
{
    QStringView form;
    QStringView key;
    bool repeated;
};
constexpr FieldName metadataFields[] = {
        {u"metadata_version", u"Metadata-Version", false},
        {u"summary", u"Summary", false},
        {u"home_page", u"Home-page", false},
        {u"author", u"Author", false},
        {u"author_email", u"Author-email", false},
        {u"maintainer", u"Maintainer", false},
        {u"maintainer_email", u"Maintainer-email", false},
        {u"license", u"License", false},
        {u"description", u"Description", false},
        {u"keywords", u"Keywords", false},
        {u"platform", u"Platform", true},
        {u"classifiers", u"Classifier", true},
        {u"download_url", u"Download-URL", false},
        {u"supported_platform", u"Supported-Platform", true},
        {u"comment", u"", false},
        {u"provides", u"Provides", true},
        {u"requires", u"Requires", true},
        {u"obsoletes", u"Obsoletes", true},
        {u"project_urls", u"Project-URL", true},
        {u"provides_dist", u"Provides-Dist", true},
        {u"obsoletes_dist", u"Obsoletes-Dist", true},
        {u"requires_dist", u"Requires-Dist", true},
        {u"requires_external", u"Requires-External", true},
        {u"requires_python", u"Requires-Python", false},
        {u"provides_extras", u"Provides-Extra", true},
        {u"description_content_type", u"Description-Content-Type", false},
        {u"dynamic", u"Dynamic", true},
};

} // namespace

PypiPublishStep::PypiPublishStep(Data data)
    : m_data(std::move(data))
{}

QUrl PypiPublishStep::effectiveUploadUrl(const QUrl &configured)
{
    if (!configured.isEmpty())
        return configured;
    const QUrl environment(qEnvironmentVariable("TWINE_REPOSITORY_URL"));
    return environment.isEmpty() ? RegistryDefaults::twineUploadUrl() : environment;
}

Result<std::unique_ptr<PypiPublishStep>> PypiPublishStep::plan(
        const RegistryTarget &target,
        const QUrl &uploadUrl,
        const QStringList &files,
        const std::optional<Version> &expected)
{
    if (target.type != RegistryTarget::Type::PyPI)
        return fail(errc::badPlan,
                    QCoreApplication::translate(
                            "rd::publish",
                            "%1 is not a PyPI target: the PyPI publish step uploads Python "
                            "distributions only.")
                            .arg(target.describe()),
                    target.origin);
    if (!target.url.isValid() || target.url.host().isEmpty())
        return fail(errc::registryNoAddress,
                    QCoreApplication::translate(
                            "rd::publish",
                            "No index address for %1: set url: in its registries: entry of "
                            ".releasedesk.yml.")
                            .arg(target.describe()),
                    target.origin);
    Data data;
    data.index = target.url;
    data.uploadUrl = effectiveUploadUrl(uploadUrl);
    if (!data.uploadUrl.isValid() || data.uploadUrl.host().isEmpty())
        return fail(
                errc::registryNoAddress,
                QCoreApplication::translate(
                        "rd::publish",
                        "No upload address for %1: set upload_url: in its registries: entry (or "
                        "TWINE_REPOSITORY_URL).")
                        .arg(target.describe()),
                target.origin);
    if (files.isEmpty())
        return fail(errc::publishArtifact,
                    QCoreApplication::translate(
                            "rd::publish",
                            "No distribution files to upload for %1: build the wheel and sdist "
                            "first (python3 -m build).")
                            .arg(target.describe()),
                    target.origin);
    std::optional<Pep440Version> wanted;
    if (expected) {
        auto converted = Pep440Version::fromSemVer(*expected);
        if (!converted)
            return std::unexpected(converted.error());
        wanted = *converted;
    }
    QSet<QString> names;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(errc::publishArtifact,
                        QCoreApplication::translate(
                                "rd::publish",
                                "Cannot read the distribution file: %1. Build it first (python3 -m "
                                "build).")
                                .arg(file.errorString()),
                        path);
        const QByteArray bytes = file.readAll();
        const QString fileName = QFileInfo(path).fileName();
        auto dist = PythonDistribution::read(bytes, fileName, path);
        if (!dist)
            return std::unexpected(dist.error());
        if (PythonDistribution::normalisedName(dist->name())
            != PythonDistribution::normalisedName(target.package))
            return fail(errc::publishArtifact,
                        QCoreApplication::translate(
                                "rd::publish",
                                "%1 holds the project %2, not %3: upload it with its own target.")
                                .arg(fileName, dist->name(), target.package),
                        path);
        auto version = Pep440Version::parse(dist->version());
        if (!version)
            return fail(errc::publishArtifact,
                        QCoreApplication::translate(
                                "rd::publish",
                                "%1 has the version \"%2\", which is not a PEP 440 version.")
                                .arg(fileName, dist->version()),
                        path);
        if (!wanted)
            wanted = *version;
        if (!(*version == *wanted))
            return fail(errc::publishArtifact,
                        QCoreApplication::translate(
                                "rd::publish",
                                "%1 holds %2 %3, but the release is %4: build it again from the "
                                "release commit.")
                                .arg(fileName, dist->name(), dist->version(), wanted->toString()),
                        path);
        if (names.contains(fileName))
            return fail(errc::publishArtifact,
                        QCoreApplication::translate(
                                "rd::publish",
                                "%1 is given twice: an index takes each file name once.")
                                .arg(fileName),
                        path);
        names.insert(fileName);
        if (data.package.isEmpty()) {
            data.package = dist->name();
            data.version = dist->version();
        }
        data.files.append(File{QFileInfo(path).absoluteFilePath(),
                               fileName,
                               dist->fileType(),
                               hexDigest(bytes, QCryptographicHash::Sha256),
                               hexDigest(bytes, QCryptographicHash::Blake2b_256),
                               hexDigest(bytes, QCryptographicHash::Md5)});
    }
    return std::make_unique<PypiPublishStep>(std::move(data));
}

Result<std::unique_ptr<ReleaseStep>> PypiPublishStep::fromJson(const QJsonObject &json)
{
    Data data;
    data.index = QUrl(json.value(QLatin1String("index")).toString());
    data.uploadUrl = QUrl(json.value(QLatin1String("upload-url")).toString());
    data.package = json.value(QLatin1String("package")).toString();
    data.version = json.value(QLatin1String("version")).toString();
    data.verifyTimeoutMs = json.value(QLatin1String("verify-timeout-ms")).toInt(60000);
    for (const QJsonValue &value : json.value(QLatin1String("files")).toArray()) {
        const QJsonObject file = value.toObject();
        data.files.append(File{file.value(QLatin1String("path")).toString(),
                               file.value(QLatin1String("filename")).toString(),
                               file.value(QLatin1String("filetype")).toString(),
                               file.value(QLatin1String("sha256")).toString(),
                               file.value(QLatin1String("blake2_256")).toString(),
                               file.value(QLatin1String("md5")).toString()});
        if (data.files.last().path.isEmpty() || data.files.last().sha256.isEmpty())
            data.files.clear();
    }
    if (!data.index.isValid() || !data.uploadUrl.isValid() || data.package.isEmpty()
        || data.version.isEmpty() || data.files.isEmpty())
        return fail(errc::badPlan,
                    QCoreApplication::translate(
                            "rd::publish",
                            "A PyPI publish step lacks its index, upload address, package, "
                            "version or files."));
    return std::unique_ptr<ReleaseStep>(std::make_unique<PypiPublishStep>(std::move(data)));
}

QJsonObject PypiPublishStep::toJson() const
{
    QJsonArray files;
    for (const File &file : m_data.files)
        files.append(QJsonObject{{QStringLiteral("path"), file.path},
                                 {QStringLiteral("filename"), file.fileName},
                                 {QStringLiteral("filetype"), file.fileType},
                                 {QStringLiteral("sha256"), file.sha256},
                                 {QStringLiteral("blake2_256"), file.blake2_256},
                                 {QStringLiteral("md5"), file.md5}});
    return QJsonObject{{QStringLiteral("index"), m_data.index.toString()},
                       {QStringLiteral("upload-url"), m_data.uploadUrl.toString()},
                       {QStringLiteral("package"), m_data.package},
                       {QStringLiteral("version"), m_data.version},
                       {QStringLiteral("files"), files},
                       {QStringLiteral("verify-timeout-ms"), m_data.verifyTimeoutMs}};
}

QString PypiPublishStep::title() const
{
    return QCoreApplication::translate("rd::publish", "Publish %1 %2 to PyPI")
            .arg(m_data.package, m_data.version);
}

QString PypiPublishStep::details() const
{
    QStringList lines{QCoreApplication::translate("rd::publish", "Index: %1")
                              .arg(net::displayUrl(m_data.index)),
                      QCoreApplication::translate("rd::publish", "Upload to: %1")
                              .arg(net::displayUrl(m_data.uploadUrl))};
    for (const File &file : m_data.files)
        lines.append(QCoreApplication::translate("rd::publish", "%1 (sha256 %2)")
                             .arg(file.fileName, file.sha256));
    return lines.join(u'\n');
}

QList<QPair<QString, QString>> PypiPublishStep::formFields(const PythonDistribution &dist,
                                                           const File &file)
{
    const PythonMetadata &metadata = dist.metadata();
    // twine sends the name as setuptools' safe_name: other runs than letters, digits and '.'
    // become '-'.
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9.]+"));
    QList<QPair<QString, QString>> fields{{QStringLiteral("name"),
                                           dist.name().replace(unsafe, QStringLiteral("-"))},
                                          {QStringLiteral("version"), dist.version()},
                                          {QStringLiteral("filetype"), dist.fileType()},
                                          {QStringLiteral("pyversion"), dist.pythonVersion()}};
    for (const FieldName &field : metadataFields) {
        if (field.repeated) {
            for (const QString &value : metadata.values(field.key))
                fields.append({field.form.toString(), value});
        } else if (field.key == u"Description") {
            fields.append({field.form.toString(), metadata.description()});
        } else {
            fields.append({field.form.toString(),
                           field.key.isEmpty() ? QString() : metadata.value(field.key)});
        }
    }
    fields.append({QStringLiteral("sha256_digest"), file.sha256});
    fields.append({QStringLiteral("md5_digest"), file.md5});
    fields.append({QStringLiteral("blake2_256_digest"), file.blake2_256});
    fields.append({QStringLiteral(":action"), QStringLiteral("file_upload")});
    fields.append({QStringLiteral("protocol_version"), QStringLiteral("1")});
    return fields;
}

QByteArray PypiPublishStep::multipartBody(const QList<QPair<QString, QString>> &fields,
                                          const QString &fileName,
                                          const QByteArray &content,
                                          const QByteArray &boundary)
{
    // Names and file names are quoted strings: a quote or line break in them is escaped.
    const auto quoted = [](const QString &text) -> QByteArray {
        QByteArray bytes = text.toUtf8();
        bytes.replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A");
        return '"' + bytes + '"';
    };
    QByteArray body;
    for (const auto &[name, value] : fields) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=" + quoted(name)
                + "\r\n\r\n" + value.toUtf8() + "\r\n";
    }
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"content\"; filename="
            + quoted(fileName) + "\r\nContent-Type: application/octet-stream\r\n\r\n" + content
            + "\r\n--" + boundary + "--\r\n";
    return body;
}

QUrl PypiPublishStep::jsonUrl() const
{
    return RegistryReader::under(m_data.index,
                                 QStringLiteral("/pypi/%1/json")
                                         .arg(QString::fromLatin1(
                                                 QUrl::toPercentEncoding(m_data.package))));
}

Result<QHash<QString, PypiPublishStep::Published>> PypiPublishStep::published() const
{
    net::HttpClient client;
    net::HttpRequest request = net::HttpRequest::get(jsonUrl());
    request.passStatuses = {404};
    auto response = client.send(request);
    if (!response)
        return std::unexpected(response.error());
    QHash<QString, Published> found;
    if (response->status == 404)
        return found; // the project is not on the index yet
    const QJsonDocument project = QJsonDocument::fromJson(response->body);
    if (!project.isObject())
        return fail(errc::netJson,
                    QCoreApplication::translate("rd::publish",
                                                "The index's answer for %1 is not a JSON project.")
                            .arg(m_data.package),
                    net::displayUrl(jsonUrl()));
    // releases[version] lists a version's files; an index that leaves releases out (a
    // version's own JSON) has them in urls, the files of info.version.
    QList<QJsonArray> lists;
    const QJsonObject releases = project.object().value(QLatin1String("releases")).toObject();
    for (auto it = releases.constBegin(); it != releases.constEnd(); ++it) {
        if (sameVersion(it.key(), m_data.version))
            lists.append(it.value().toArray());
    }
    const QString latest = project.object()
                                   .value(QLatin1String("info"))
                                   .toObject()
                                   .value(QLatin1String("version"))
                                   .toString();
    if (sameVersion(latest, m_data.version))
        lists.append(project.object().value(QLatin1String("urls")).toArray());
    for (const QJsonArray &list : lists) {
        for (const QJsonValue &value : list) {
            const QJsonObject entry = value.toObject();
            found.insert(entry.value(QLatin1String("filename")).toString(),
                         {entry.value(QLatin1String("digests"))
                                  .toObject()
                                  .value(QLatin1String("sha256"))
                                  .toString()
                                  .toLower(),
                          entry.value(QLatin1String("url")).toString()});
        }
    }
    for (const File &file : m_data.files) {
        const auto it = found.constFind(file.fileName);
        if (it != found.constEnd() && it->sha256 != file.sha256)
            return fail(
                    errc::publishConflict,
                    QCoreApplication::translate(
                            "rd::publish",
                            "%1 is already on %2 with other content (sha256 %3); this release's "
                            "file is sha256 %4. A file is never overwritten: release the next "
                            "version instead.")
                            .arg(file.fileName,
                                 net::displayUrl(m_data.index),
                                 it->sha256,
                                 file.sha256),
                    net::displayUrl(jsonUrl()));
    }
    return found;
}

Result<std::optional<QJsonObject>> PypiPublishStep::checkDone(StepContext &) const
{
    auto found = published();
    if (!found)
        return std::unexpected(found.error());
    QJsonArray files;
    for (const File &file : m_data.files) {
        const auto it = found->constFind(file.fileName);
        if (it == found->constEnd())
            return std::optional<QJsonObject>();
        files.append(QJsonObject{{QStringLiteral("filename"), file.fileName},
                                 {QStringLiteral("sha256"), file.sha256},
                                 {QStringLiteral("url"), it->url}});
    }
    return std::optional<QJsonObject>(QJsonObject{{QStringLiteral("package"), m_data.package},
                                                  {QStringLiteral("version"), m_data.version},
                                                  {QStringLiteral("files"), files}});
}

Result<QByteArray> PypiPublishStep::readFile(const File &file) const
{
    QFile input(file.path);
    if (!input.open(QIODevice::ReadOnly))
        return fail(errc::publishArtifact,
                    QCoreApplication::translate("rd::publish",
                                                "Cannot read the distribution file: %1.")
                            .arg(input.errorString()),
                    file.path);
    QByteArray bytes = input.readAll();
    const QString now = hexDigest(bytes, QCryptographicHash::Sha256);
    if (now != file.sha256)
        return fail(errc::publishArtifact,
                    QCoreApplication::translate(
                            "rd::publish",
                            "%1 changed since the release was planned (sha256 now %2, planned %3): "
                            "abort the release and plan it again.")
                            .arg(file.fileName, now, file.sha256),
                    file.path);
    return bytes;
}

Status PypiPublishStep::upload(StepContext &context,
                               const File &file,
                               const QString &token,
                               const QString &from)
{
    auto bytes = readFile(file);
    if (!bytes)
        return std::unexpected(bytes.error());
    auto dist = PythonDistribution::read(*bytes, file.fileName, file.path);
    if (!dist)
        return std::unexpected(dist.error());
    const QString index = net::displayUrl(m_data.uploadUrl);
    QByteArray boundary = QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    boundary.prepend("releasedesk-");
    net::HttpRequest request;
    request.method = "POST";
    request.url = m_data.uploadUrl;
    request.contentType = "multipart/form-data; boundary=" + boundary;
    request.body = multipartBody(formFields(*dist, file), file.fileName, *bytes, boundary);
    request.authScheme = "Basic";
    request.token = QString::fromLatin1(QByteArray("__token__:" + token.toUtf8()).toBase64());
    request.passStatuses = {400};
    log(context,
        QCoreApplication::translate("rd::publish", "Uploading %1 to %2 (token from %3)")
                .arg(file.fileName, index, from));
    net::HttpClient client;
    auto sent = client.send(request);
    // Whether the index has the file now: a conflict is an error, a missing file nullopt.
    const auto recheck = [&]() -> Result<bool> {
        auto found = published();
        if (!found)
            return std::unexpected(found.error());
        return found->contains(file.fileName);
    };
    if (!sent) {
        const Error &error = sent.error();
        if (error.is(errc::netUnauthorized))
            return fail(
                    error.code,
                    QCoreApplication::translate(
                            "rd::publish",
                            "%1 refused the token from %2 (HTTP 401): create a new API token and "
                            "store it in the system keychain (%3, the token on stdin) or set it "
                            "in TWINE_PASSWORD or PYPI_TOKEN.")
                            .arg(index, from, RegistryToken::storeCommand(m_data.uploadUrl)),
                    file.fileName);
        if (error.is(errc::netForbidden))
            return fail(
                    error.code,
                    QCoreApplication::translate(
                            "rd::publish",
                            "%1 does not let the token from %2 upload %3 (HTTP 403): use a token "
                            "scoped to the project, or check that it is still valid.")
                            .arg(index, from, m_data.package),
                    file.fileName);
        if (!mayHaveLanded(error))
            return std::unexpected(error);
        log(context,
            QCoreApplication::translate(
                    "rd::publish",
                    "The upload of %1 failed (%2); asking the index whether it arrived.")
                    .arg(file.fileName, error.message));
        auto there = recheck();
        if (!there)
            return std::unexpected(there.error());
        return *there ? Status() : Status(std::unexpected(error));
    }
    if (sent->status == 400) {
        const QString reason = QString::fromUtf8(sent->body).trimmed().section(u'\n', 0, 0);
        if (reason.contains(QLatin1String("File already exists"), Qt::CaseInsensitive)) {
            // The index has that file name: identical is done, other content a conflict.
            auto there = recheck();
            if (!there)
                return std::unexpected(there.error());
            if (*there) {
                log(context,
                    QCoreApplication::translate("rd::publish",
                                                "%1 was already on the index with the same sha256.")
                            .arg(file.fileName));
                return {};
            }
        }
        return fail(errc::netHttp,
                    QCoreApplication::translate("rd::publish", "%1 refused %2 (HTTP 400): %3")
                            .arg(index, file.fileName, reason),
                    file.fileName);
    }
    return {};
}

Result<QJsonObject> PypiPublishStep::execute(StepContext &context)
{
    // The keychain's entry for the upload address, then twine's variables; always sent as the
    // user __token__, as API tokens are.
    const RegistryToken credential = RegistryToken::find(RegistryToken::Kind::PyPI,
                                                         m_data.uploadUrl,
                                                         QString());
    const QString token = credential.secret;
    const QString from = credential.source;
    if (token.isEmpty())
        return fail(errc::publishNoToken,
                    QCoreApplication::translate(
                            "rd::publish",
                            "No PyPI token for %1: store an API token in the system keychain (%2, "
                            "the token on stdin) or set TWINE_PASSWORD or PYPI_TOKEN to one (it is "
                            "sent as the user __token__).")
                                    .arg(net::displayUrl(m_data.uploadUrl),
                                         RegistryToken::storeCommand(m_data.uploadUrl))
                            + credential.notesText(),
                    m_data.package);
    auto found = published();
    if (!found)
        return std::unexpected(found.error()); // e.g. other content under a file name
    for (const File &file : m_data.files) {
        if (found->contains(file.fileName)) {
            log(context,
                QCoreApplication::translate("rd::publish",
                                            "%1 is already on the index; not uploaded again.")
                        .arg(file.fileName));
            continue;
        }
        if (auto uploaded = upload(context, file, token, from); !uploaded)
            return std::unexpected(uploaded.error());
    }
    // Verify: read the JSON API until it lists every file with its sha256.
    auto verified = publish::verify(
            m_data.verifyTimeoutMs,
            [&] { return checkDone(context); },
            [&] {
                return Error{
                        errc::publishNotVerified.toString(),
                        QCoreApplication::translate(
                                "rd::publish",
                                "%1 accepted the files of %2 %3 but does not list them all after "
                                "%4 s: check the index, then resume the release.")
                                .arg(net::displayUrl(m_data.index), m_data.package, m_data.version)
                                .arg(m_data.verifyTimeoutMs / 1000),
                        net::displayUrl(jsonUrl())};
            });
    if (verified)
        log(context,
            QCoreApplication::translate("rd::publish",
                                        "Verified: %1 lists %2 %3 with %4 files and their sha256.")
                    .arg(net::displayUrl(m_data.index), m_data.package, m_data.version)
                    .arg(m_data.files.size()));
    return verified;
}

Status PypiPublishStep::undoLocal(StepContext &, const QJsonObject &)
{
    return {}; // nothing in this clone
}

Result<QStringList> PypiPublishStep::remoteEffects(StepContext &, const QJsonObject &) const
{
    auto found = published();
    if (!found)
        return std::unexpected(found.error());
    QStringList effects;
    for (const File &file : m_data.files) {
        if (found->contains(file.fileName))
            effects.append(QStringLiteral("PyPI %1").arg(file.fileName));
    }
    return effects;
}

Status PypiPublishStep::undoRemote(StepContext &context, const QJsonObject &)
{
    log(context,
        QCoreApplication::translate("rd::publish",
                                    "The files of %1 %2 stay on %3: an index never takes a file "
                                    "name twice, so they are "
                                    "not deleted. Release the next version with the fix.")
                .arg(m_data.package, m_data.version, net::displayUrl(m_data.index)));
    return {};
}

} // namespace rd
