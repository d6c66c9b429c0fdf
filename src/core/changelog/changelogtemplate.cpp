// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelogtemplate.h"

#include "changelog/changelogjson.h"
#include "changelog/changelogsettings.h"
#include "util/fileio.h"

#include <QCoreApplication>
#include <QDir>

#include <QJsonArray>

#include <kainjow/mustache.hpp>

namespace rd {

namespace mustache = kainjow::mustache;

struct ChangelogTemplate::Parsed
{
    std::string text;
};

namespace {

mustache::data toData(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        mustache::data object(mustache::data::type::object);
        const QJsonObject json = value.toObject();
        for (auto it = json.begin(); it != json.end(); ++it)
            object.set(it.key().toStdString(), toData(it.value()));
        return object;
    }
    case QJsonValue::Array: {
        mustache::data list(mustache::data::type::list);
        for (const QJsonValue &item : value.toArray())
            list.push_back(toData(item));
        return list;
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        if (text.isEmpty())
            return mustache::data(false); // so that {{#x}} means "x is set"
        return mustache::data(text.toStdString());
    }
    case QJsonValue::Bool:
        return mustache::data(value.toBool());
    case QJsonValue::Double:
        return mustache::data(QString::number(value.toDouble()).toStdString());
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return mustache::data(false);
}

} // namespace

Result<ChangelogTemplate> ChangelogTemplate::parse(const QString &text, const QString &sourceName)
{
    auto parsed = std::make_shared<Parsed>();
    parsed->text = text.toStdString();
    try {
        const mustache::mustache check(parsed->text);
        if (!check.is_valid())
            return fail(errc::badTemplate,
                        QCoreApplication::translate(
                                "rd::changelog",
                                "The changelog template cannot be used: %1. Fix the "
                                "template (Mustache syntax).")
                                .arg(QString::fromStdString(check.error_message())),
                        sourceName);
    } catch (const std::exception &e) {
        return fail(errc::badTemplate,
                    QCoreApplication::translate("rd::changelog",
                                                "The changelog template cannot be read: %1.")
                            .arg(QString::fromLocal8Bit(e.what())),
                    sourceName);
    }
    ChangelogTemplate result;
    result.m_parsed = std::move(parsed);
    result.m_sourceName = sourceName;
    return result;
}

Result<ChangelogTemplate> ChangelogTemplate::load(const QString &path)
{
    auto bytes = readFile(path);
    if (!bytes)
        return std::unexpected(bytes.error());
    return parse(QString::fromUtf8(*bytes), path);
}

Result<std::optional<ChangelogTemplate>> ChangelogTemplate::configured(
        const ChangelogSettings &settings, const QString &root)
{
    if (settings.templateFile.isEmpty())
        return std::optional<ChangelogTemplate>();
    auto loaded = load(QDir(root).filePath(settings.templateFile));
    if (!loaded)
        return std::unexpected(loaded.error());
    return std::optional<ChangelogTemplate>(std::move(*loaded));
}

QJsonObject ChangelogTemplate::context(const QString &package, const QString &repositoryUrl)
{
    return QJsonObject{{QStringLiteral("package"), package},
                       {QStringLiteral("repositoryUrl"), repositoryUrl}};
}

Result<QString> ChangelogTemplate::renderRelease(const ChangelogRelease &release,
                                                 QJsonObject context) const
{
    context.insert(QStringLiteral("releases"), QJsonArray{toJson(release)});
    return render(context);
}

Result<QString> ChangelogTemplate::render(const QJsonObject &context) const
{
    if (!m_parsed)
        return fail(errc::badTemplate,
                    QCoreApplication::translate("rd::changelog", "No template was loaded."));
    try {
        mustache::mustache view(m_parsed->text);
        view.set_custom_escape([](const std::string &text) { return text; });
        const std::string output = view.render(toData(context));
        if (!view.is_valid())
            return fail(errc::badTemplate,
                        QCoreApplication::translate("rd::changelog",
                                                    "The changelog template failed: %1.")
                                .arg(QString::fromStdString(view.error_message())),
                        m_sourceName);
        return QString::fromStdString(output);
    } catch (const std::exception &e) {
        return fail(errc::badTemplate,
                    QCoreApplication::translate("rd::changelog",
                                                "The changelog template failed: %1.")
                            .arg(QString::fromLocal8Bit(e.what())),
                    m_sourceName);
    }
}

} // namespace rd
