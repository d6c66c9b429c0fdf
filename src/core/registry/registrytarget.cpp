// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrytarget.h"

#include "config/configvalue.h"
#include "net/httpclient.h"
#include "registry/registrydefaults.h"

#include <QCoreApplication>

namespace rd {

namespace {

struct TypeName
{
    RegistryTarget::Type type;
    QStringView id;
};
constexpr TypeName typeNames[] = {
        {RegistryTarget::Type::Npm, u"npm"},
        {RegistryTarget::Type::PyPI, u"pypi"},
        {RegistryTarget::Type::Oci, u"oci"},
        {RegistryTarget::Type::Crates, u"crates"},
        {RegistryTarget::Type::GitHubRelease, u"github-release"},
        {RegistryTarget::Type::GitLabRelease, u"gitlab-release"},
};

// Loopback registries speak plain http (as docker and skopeo assume for them); others https.
QUrl registryAddress(const QString &host)
{
    QUrl url(QStringLiteral("https://") + host);
    if (net::isLoopback(url))
        url.setScheme(QStringLiteral("http"));
    return url;
}

Result<QUrl> httpAddress(const ConfigValue &value, const QString &text)
{
    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != u"https" && parsed.scheme() != u"http")
        || parsed.host().isEmpty()) {
        const Error error = value.error(
                QCoreApplication::translate("RegistryTarget",
                                            "“%1” is not an http(s) address; write e.g. "
                                            "url: https://registry.example.com")
                        .arg(text));
        return fail(errc::registryConfig, error.message, error.source);
    }
    return parsed;
}

// The publish:, upload_url:, tags: and dist_tag: keys of an entry (see RegistryTarget::publish).
Status publishKeys(const ConfigValue &entry, RegistryTarget &target)
{
    using Type = RegistryTarget::Type;
    const auto bad = [](const ConfigValue &value, const QString &message) {
        const Error error = value.error(message);
        return fail(errc::registryConfig, error.message, error.source);
    };
    const auto onlyFor = [&](const QString &key, const QString &types) -> Status {
        if (entry[key].isDefined())
            return bad(entry[key],
                       QCoreApplication::translate("RegistryTarget",
                                                   "%1: is only for %2 entries; remove it here")
                               .arg(key, types));
        return {};
    };
    const ConfigValue publish = entry[QStringLiteral("publish")];
    const auto flag = publish.isScalar() ? publish.toBool(false) : Result<bool>(false);
    if (publish.isScalar() && flag) {
        // publish: false reads the registry only; publish: true is a release without assets.
        if (*flag && !target.isForgeRelease())
            return bad(publish,
                       QCoreApplication::translate("RegistryTarget",
                                                   "publish: names what to publish here, e.g. "
                                                   "publish: \"dist/*-{version}*\""));
        if (*flag)
            target.publish = QStringList{QString()};
    } else {
        auto items = publish.toStringList();
        if (!items)
            return fail(errc::registryConfig, items.error().message, items.error().source);
        target.publish = *items;
    }
    if (target.type == Type::Crates && target.publishes())
        return bad(publish,
                   QCoreApplication::translate(
                           "RegistryTarget",
                           "ReleaseDesk does not publish crates itself; remove publish: here and "
                           "run `cargo publish` from publish.commands"));
    if (target.type == Type::Oci && target.publish.size() > 1)
        return bad(publish,
                   QCoreApplication::translate(
                           "RegistryTarget",
                           "an oci entry publishes one image CI built, e.g. publish: "
                           "\"sha-{commit}\"; the release tags go under tags:"));

    if (target.type == Type::PyPI) {
        auto upload = entry[QStringLiteral("upload_url")].toString();
        if (!upload)
            return fail(errc::registryConfig, upload.error().message, upload.error().source);
        if (!upload->isEmpty()) {
            auto address = httpAddress(entry[QStringLiteral("upload_url")], *upload);
            if (!address)
                return std::unexpected(address.error());
            target.uploadUrl = *address;
        }
    } else if (auto wrong = onlyFor(QStringLiteral("upload_url"), QStringLiteral("pypi")); !wrong) {
        return wrong;
    }
    if (target.type == Type::Oci) {
        auto tags = entry[QStringLiteral("tags")].toStringList({QStringLiteral("{version}"),
                                                                QStringLiteral("{major}.{minor}"),
                                                                QStringLiteral("{major}"),
                                                                QStringLiteral("latest")});
        if (!tags)
            return fail(errc::registryConfig, tags.error().message, tags.error().source);
        target.tags = *tags;
        if (target.publishes() && !target.tags.contains(QStringLiteral("{version}")))
            return bad(entry[QStringLiteral("tags")],
                       QCoreApplication::translate(
                               "RegistryTarget",
                               "tags: needs \"{version}\", the tag that names the release "
                               "exactly (the others move to each new release)"));
        const ConfigValue wait = entry[QStringLiteral("source_timeout")];
        auto seconds = wait.toInt(target.sourceTimeoutSeconds);
        if (!seconds)
            return fail(errc::registryConfig, seconds.error().message, seconds.error().source);
        if (*seconds < 0 || *seconds > 7200)
            return bad(wait,
                       QCoreApplication::translate("RegistryTarget",
                                                   "source_timeout is how many seconds to wait "
                                                   "for CI to push the image, from 0 to 7200"));
        target.sourceTimeoutSeconds = int(*seconds);
    } else if (auto wrong = onlyFor(QStringLiteral("tags"), QStringLiteral("oci")); !wrong) {
        return wrong;
    } else if (auto wrongWait = onlyFor(QStringLiteral("source_timeout"), QStringLiteral("oci"));
               !wrongWait) {
        return wrongWait;
    }
    if (target.type == Type::Npm) {
        auto distTag = entry[QStringLiteral("dist_tag")].toString();
        if (!distTag)
            return fail(errc::registryConfig, distTag.error().message, distTag.error().source);
        target.distTag = *distTag;
    } else if (auto wrong = onlyFor(QStringLiteral("dist_tag"), QStringLiteral("npm")); !wrong) {
        return wrong;
    }
    return {};
}

} // namespace

QString RegistryTarget::typeId(Type type)
{
    for (const TypeName &name : typeNames) {
        if (name.type == type)
            return name.id.toString();
    }
    return {};
}

std::optional<RegistryTarget::Type> RegistryTarget::typeFromId(QStringView id)
{
    for (const TypeName &name : typeNames) {
        if (name.id == id)
            return name.type;
    }
    return std::nullopt;
}

QString RegistryTarget::describe() const
{
    switch (type) {
    case Type::GitHubRelease:
        return QCoreApplication::translate("RegistryTarget", "GitHub releases");
    case Type::GitLabRelease:
        return QCoreApplication::translate("RegistryTarget", "GitLab releases");
    case Type::Oci:
        return QStringLiteral("OCI %1/%2").arg(url.authority(), package);
    case Type::PyPI:
        return QStringLiteral("PyPI %1").arg(package);
    case Type::Crates:
        return QCoreApplication::translate("RegistryTarget", "crate %1").arg(package);
    case Type::Npm:
        break;
    }
    return QStringLiteral("npm %1").arg(package);
}

bool RegistryTarget::sameAs(const RegistryTarget &other) const
{
    return type == other.type && package == other.package
           && url.adjusted(QUrl::StripTrailingSlash)
                      == other.url.adjusted(QUrl::StripTrailingSlash);
}

Result<RegistryTarget> RegistryTarget::fromImage(const QString &image, const QString &origin)
{
    QString reference = image.trimmed();
    // Drop a digest, then a tag (a ':' after the last '/'; one before it is the port).
    reference = reference.section(u'@', 0, 0);
    const qsizetype slash = reference.lastIndexOf(u'/');
    const qsizetype colon = reference.lastIndexOf(u':');
    if (colon > slash && slash >= 0)
        reference.truncate(colon);
    const QString host = reference.section(u'/', 0, 0);
    const QString path = reference.section(u'/', 1);
    const bool hasHost = slash > 0
                         && (host.contains(u'.') || host.contains(u':') || host == u"localhost");
    if (!hasHost || path.isEmpty() || reference.contains(u' '))
        return fail(errc::registryConfig,
                    QCoreApplication::translate(
                            "RegistryTarget",
                            "The image “%1” does not name its registry. Write it as "
                            "HOST[:PORT]/PATH/NAME (e.g. registry.example.com/team/app).")
                            .arg(image),
                    origin);
    RegistryTarget target;
    target.type = Type::Oci;
    target.package = path.toLower() == path ? path : path.toLower();
    target.url = registryAddress(host);
    target.origin = origin;
    return target;
}

Result<QList<RegistryTarget>> RegistryTarget::fromConfig(const ConfigValue &registries)
{
    QList<RegistryTarget> targets;
    if (!registries.isDefined())
        return targets;
    if (!registries.isSequence())
        return fail(errc::registryConfig,
                    registries
                            .error(QCoreApplication::translate(
                                    "RegistryTarget",
                                    "expected a list of registries, e.g. "
                                    "- { type: npm, package: \"@team/app\" }"))
                            .message,
                    registries.location());
    for (const ConfigValue &entry : registries.items()) {
        const auto bad = [&](const ConfigValue &value, const QString &message) {
            const Error error = value.error(message);
            return fail(errc::registryConfig, error.message, error.source);
        };
        if (!entry.isMap())
            return bad(entry,
                       QCoreApplication::translate(
                               "RegistryTarget",
                               "expected an entry like { type: npm, package: NAME }"));
        const QList<Error> unknown = entry.unknownKeys({QStringLiteral("type"),
                                                        QStringLiteral("package"),
                                                        QStringLiteral("image"),
                                                        QStringLiteral("url"),
                                                        QStringLiteral("publish"),
                                                        QStringLiteral("upload_url"),
                                                        QStringLiteral("tags"),
                                                        QStringLiteral("source_timeout"),
                                                        QStringLiteral("dist_tag")});
        if (!unknown.isEmpty())
            return fail(errc::registryConfig, unknown.first().message, unknown.first().source);
        auto typeText = entry[QStringLiteral("type")].toString();
        auto package = entry[QStringLiteral("package")].toString();
        auto image = entry[QStringLiteral("image")].toString();
        auto url = entry[QStringLiteral("url")].toString();
        for (const auto *value : {&typeText, &package, &image, &url}) {
            if (!*value)
                return fail(errc::registryConfig, value->error().message, value->error().source);
        }
        const auto type = typeFromId(*typeText);
        if (!type)
            return bad(entry[QStringLiteral("type")],
                       QCoreApplication::translate(
                               "RegistryTarget",
                               "unknown registry type “%1”; use npm, pypi, oci, crates, "
                               "github-release or gitlab-release")
                               .arg(*typeText));
        RegistryTarget target;
        target.type = *type;
        target.origin = entry.location();
        if (*type == Type::Oci) {
            if (image->isEmpty())
                return bad(entry,
                           QCoreApplication::translate("RegistryTarget",
                                                       "an oci entry needs image: HOST/PATH/NAME"));
            if (url->isEmpty()) {
                auto fromImage = RegistryTarget::fromImage(*image, entry.location());
                if (!fromImage)
                    return fail(fromImage.error());
                target = *fromImage;
            } else {
                // url: names the registry, so the image may be just its path.
                const bool hasHost = image->section(u'/', 0, 0).contains(u'.')
                                     || image->section(u'/', 0, 0).contains(u':');
                target.package = hasHost ? image->section(u'/', 1) : *image;
                target.package = target.package.section(u'@', 0, 0).section(u':', 0, 0);
            }
        } else if (!target.isForgeRelease()) {
            if (package->isEmpty())
                return bad(entry,
                           QCoreApplication::translate("RegistryTarget",
                                                       "a %1 entry needs package: NAME")
                                   .arg(RegistryTarget::typeId(*type)));
            target.package = *package;
            if (url->isEmpty()) // asking for the default may run the ecosystem's tool
                target.url = RegistryDefaults::url(*type);
        }
        if (!url->isEmpty()) {
            auto parsed = httpAddress(entry[QStringLiteral("url")], *url);
            if (!parsed)
                return std::unexpected(parsed.error());
            target.url = *parsed;
        }
        if (auto published = publishKeys(entry, target); !published)
            return std::unexpected(published.error());
        targets.append(target);
    }
    return targets;
}

} // namespace rd
