// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrydetection.h"

#include "config/configvalue.h"
#include "registry/registrydefaults.h"
#include "sources/sourcetext.h"
#include "sources/tomlfile.h"
#include "util/fileio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace rd {

namespace {

class Detector
{
public:
    explicit Detector(QString root)
        : m_root(std::move(root))
    {}

    QList<RegistryTarget> targets;
    QStringList notes;

    void add(RegistryTarget::Type type, const QString &package, const QString &origin)
    {
        RegistryTarget target;
        target.type = type;
        target.package = package;
        target.url = RegistryDefaults::url(type);
        target.origin = origin;
        targets.append(target);
    }

    // The file's bytes; nullopt when it does not exist, a note when it cannot be read.
    std::optional<QByteArray> read(const QString &name)
    {
        const QString path = m_root + u'/' + name;
        if (!QFileInfo::exists(path))
            return std::nullopt;
        auto bytes = readFile(path);
        if (!bytes) {
            notes.append(QCoreApplication::translate("RegistryDetection", "%1: not read (%2)")
                                 .arg(name, bytes.error().message));
            return std::nullopt;
        }
        return *bytes;
    }

    void packageJson()
    {
        const auto bytes = read(QStringLiteral("package.json"));
        if (!bytes)
            return;
        const QJsonObject object = QJsonDocument::fromJson(*bytes).object();
        const QString name = object.value(u"name").toString();
        if (object.value(u"private").toBool())
            return; // private packages are never published
        if (name.isEmpty()) {
            notes.append(QCoreApplication::translate(
                    "RegistryDetection", "package.json has no \"name\": not checked on npm"));
            return;
        }
        add(RegistryTarget::Type::Npm, name, QStringLiteral("package.json"));
    }

    void python()
    {
        if (const auto bytes = read(QStringLiteral("pyproject.toml"))) {
            const SourceText text(*bytes);
            auto toml = TomlFile::parse(text);
            if (!toml) {
                notes.append(QCoreApplication::translate("RegistryDetection",
                                                         "pyproject.toml: not read (%1)")
                                     .arg(toml.error().message));
            } else {
                for (const QStringList &path :
                     {QStringList{QStringLiteral("project"), QStringLiteral("name")},
                      QStringList{QStringLiteral("tool"),
                                  QStringLiteral("poetry"),
                                  QStringLiteral("name")}}) {
                    if (const auto name = toml->string(path)) {
                        add(RegistryTarget::Type::PyPI,
                            name->value,
                            QStringLiteral("pyproject.toml:%1").arg(name->line));
                        return;
                    }
                }
            }
        }
        const auto cfg = read(QStringLiteral("setup.cfg"));
        if (!cfg)
            return;
        // [metadata] name = ...
        bool inMetadata = false;
        int line = 0;
        for (const QString &text : QString::fromUtf8(*cfg).split(u'\n')) {
            ++line;
            const QString trimmed = text.trimmed();
            if (trimmed.startsWith(u'[')) {
                inMetadata = trimmed == u"[metadata]";
                continue;
            }
            static const QRegularExpression nameLine(QStringLiteral(R"(^name\s*[=:]\s*(\S+)\s*$)"));
            const auto match = nameLine.match(trimmed);
            if (inMetadata && match.hasMatch()) {
                add(RegistryTarget::Type::PyPI,
                    match.captured(1),
                    QStringLiteral("setup.cfg:%1").arg(line));
                return;
            }
        }
    }

    void cargo()
    {
        const auto bytes = read(QStringLiteral("Cargo.toml"));
        if (!bytes)
            return;
        const SourceText text(*bytes);
        auto toml = TomlFile::parse(text);
        if (!toml) {
            notes.append(
                    QCoreApplication::translate("RegistryDetection", "Cargo.toml: not read (%1)")
                            .arg(toml.error().message));
            return;
        }
        const auto name = toml->string({QStringLiteral("package"), QStringLiteral("name")});
        if (!name)
            return; // a workspace root without a package of its own
        if (toml->boolean({QStringLiteral("package"), QStringLiteral("publish")}) == false)
            return;
        add(RegistryTarget::Type::Crates,
            name->value,
            QStringLiteral("Cargo.toml:%1").arg(name->line));
    }

    void chart(bool ociConfigured)
    {
        bool found = false;
        for (const QString &dir : {QStringLiteral("chart"), QStringLiteral("charts"), QString()}) {
            const QString base = dir.isEmpty() ? QString() : dir + u'/';
            const QStringList charts = dir.isEmpty() ? QStringList{QString()} : subfolders(dir);
            for (const QString &chartDir : charts) {
                const QString prefix = base + (chartDir.isEmpty() ? QString() : chartDir + u'/');
                if (!QFileInfo::exists(m_root + u'/' + prefix + u"Chart.yaml"))
                    continue;
                const auto values = read(prefix + u"values.yaml");
                if (!values)
                    continue;
                found = chartImage(prefix + u"values.yaml", *values) || found;
            }
        }
        if (!found && !ociConfigured && QFileInfo::exists(m_root + u"/Dockerfile"))
            notes.append(QCoreApplication::translate(
                    "RegistryDetection",
                    "Dockerfile: the image it becomes is not named anywhere; add "
                    "{ type: oci, image: HOST/PATH/NAME } to registries: in "
                    ".releasedesk.yml to check it"));
    }

private:
    QStringList subfolders(const QString &dir) const;
    bool chartImage(const QString &name, const QByteArray &bytes)
    {
        try {
            const YAML::Node root = YAML::Load(bytes.toStdString());
            const YAML::Node image = root["image"];
            if (!image || !image.IsMap() || !image["repository"] || !image["repository"].IsScalar())
                return false;
            QString reference = QString::fromStdString(image["repository"].Scalar());
            if (image["registry"] && image["registry"].IsScalar())
                reference = QString::fromStdString(image["registry"].Scalar()) + u'/' + reference;
            const QString origin = QStringLiteral("%1:%2").arg(name).arg(
                    image["repository"].Mark().line + 1);
            auto target = RegistryTarget::fromImage(reference, origin);
            if (!target) {
                notes.append(target.error().toString());
                return false;
            }
            targets.append(*target);
            return true;
        } catch (const YAML::Exception &error) {
            notes.append(QCoreApplication::translate("RegistryDetection", "%1: not read (%2)")
                                 .arg(name, QString::fromStdString(error.msg)));
            return false;
        }
    }

    QString m_root;
};

QStringList Detector::subfolders(const QString &dir) const
{
    QStringList names;
    const QFileInfo info(m_root + u'/' + dir);
    if (!info.isDir())
        return names;
    for (const QFileInfo &entry :
         QDir(info.filePath()).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        names.append(entry.fileName());
    return names;
}

} // namespace

Result<RegistryDetection> RegistryDetection::detect(const QString &root,
                                                    const ConfigValue &registries)
{
    auto configured = RegistryTarget::fromConfig(registries);
    if (!configured)
        return fail(configured.error());
    RegistryDetection detection;
    detection.configured = registries.isDefined();
    detection.targets = *configured;
    const bool ociConfigured = std::any_of(configured->begin(),
                                           configured->end(),
                                           [](const auto &t) {
                                               return t.type == RegistryTarget::Type::Oci;
                                           });
    Detector detector(root);
    detector.packageJson();
    detector.python();
    detector.cargo();
    detector.chart(ociConfigured);
    for (const RegistryTarget &found : std::as_const(detector.targets)) {
        const bool known = std::any_of(detection.targets.begin(),
                                       detection.targets.end(),
                                       [&](const RegistryTarget &target) {
                                           return target.type == found.type
                                                  && target.package == found.package;
                                       });
        if (!known)
            detection.targets.append(found);
    }
    detection.notes = detector.notes;
    return detection;
}

} // namespace rd
