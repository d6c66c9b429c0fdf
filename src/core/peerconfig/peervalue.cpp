// SPDX-License-Identifier: GPL-3.0-or-later
#include "peervalue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <toml++/toml.h>

namespace rd {

QString PeerValue::origin() const
{
    return m_line > 0 ? m_file + u':' + QString::number(m_line) : m_file;
}

bool PeerValue::toBool(bool fallback) const
{
    if (!isScalar())
        return fallback;
    const QString t = m_text.trimmed().toLower();
    if (t == u"true" || t == u"yes" || t == u"on" || t == u"1")
        return true;
    if (t == u"false" || t == u"no" || t == u"off" || t == u"0")
        return false;
    return fallback;
}

QStringList PeerValue::toStringList() const
{
    if (isScalar())
        return {m_text};
    QStringList result;
    for (const PeerValue &item : m_items) {
        if (item.isScalar())
            result.append(item.text());
    }
    return result;
}

PeerValue PeerValue::operator[](const QString &key) const
{
    for (const auto &[name, value] : m_members) {
        if (name == key)
            return value;
    }
    PeerValue missing;
    missing.m_file = m_file;
    return missing;
}

PeerValue PeerValue::at(const QStringList &path) const
{
    PeerValue value = *this;
    for (const QString &key : path)
        value = value[key];
    return value;
}

PeerValue PeerValue::scalar(QString text, QString file, int line)
{
    PeerValue value;
    value.m_kind = Kind::Scalar;
    value.m_text = std::move(text);
    value.m_file = std::move(file);
    value.m_line = line;
    return value;
}

PeerValue PeerValue::list(QList<PeerValue> items, QString file, int line)
{
    PeerValue value;
    value.m_kind = Kind::List;
    value.m_items = std::move(items);
    value.m_file = std::move(file);
    value.m_line = line;
    return value;
}

PeerValue PeerValue::map(QList<QPair<QString, PeerValue>> members, QString file, int line)
{
    PeerValue value;
    value.m_kind = Kind::Map;
    value.m_members = std::move(members);
    value.m_file = std::move(file);
    value.m_line = line;
    return value;
}

namespace {

constexpr int maxDepth = 64; // deeper documents are not configurations; stops stack overflows

std::unexpected<Error> invalid(const QString &file, const QString &what, int line = 0)
{
    return fail(errc::peerConfig,
                QCoreApplication::translate(
                        "rd::peerconfig",
                        "This file cannot be read (%1). Fix it, or remove it so that "
                        "ReleaseDesk stops importing it.")
                        .arg(what),
                line > 0 ? file + u':' + QString::number(line) : file);
}

Result<PeerValue> fromYaml(const YAML::Node &node, const QString &file, int depth)
{
    if (depth > maxDepth)
        return invalid(file, QCoreApplication::translate("rd::peerconfig", "nested too deeply"));
    const int line = node.Mark().is_null() ? 0 : node.Mark().line + 1;
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return PeerValue::scalar(QString::fromStdString(node.Scalar()), file, line);
    case YAML::NodeType::Sequence: {
        QList<PeerValue> items;
        for (const YAML::Node &item : node) {
            auto value = fromYaml(item, file, depth + 1);
            if (!value)
                return value;
            items.append(*value);
        }
        return PeerValue::list(items, file, line);
    }
    case YAML::NodeType::Map: {
        QList<QPair<QString, PeerValue>> members;
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (!it->first.IsScalar())
                continue;
            auto value = fromYaml(it->second, file, depth + 1);
            if (!value)
                return value;
            // A key with no value (`key:`) is on the key's line.
            if (value->line() == 0 && !it->first.Mark().is_null())
                value = PeerValue::scalar(value->text(), file, it->first.Mark().line + 1);
            members.append({QString::fromStdString(it->first.Scalar()), *value});
        }
        return PeerValue::map(members, file, line);
    }
    default:
        return PeerValue::scalar(QString(), file, line);
    }
}

PeerValue fromJson(const QJsonValue &json, const QString &file)
{
    if (json.isObject()) {
        QList<QPair<QString, PeerValue>> members;
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            members.append({it.key(), fromJson(it.value(), file)});
        return PeerValue::map(members, file, 0);
    }
    if (json.isArray()) {
        QList<PeerValue> items;
        for (const QJsonValue &item : json.toArray())
            items.append(fromJson(item, file));
        return PeerValue::list(items, file, 0);
    }
    if (json.isBool())
        return PeerValue::scalar(json.toBool() ? QStringLiteral("true") : QStringLiteral("false"),
                                 file,
                                 0);
    if (json.isDouble())
        return PeerValue::scalar(QString::number(json.toDouble()), file, 0);
    return PeerValue::scalar(json.toString(), file, 0);
}

Result<PeerValue> fromToml(const toml::node &node, const QString &file, int depth)
{
    if (depth > maxDepth)
        return invalid(file, QCoreApplication::translate("rd::peerconfig", "nested too deeply"));
    const int line = int(node.source().begin.line);
    if (const toml::table *table = node.as_table()) {
        QList<QPair<QString, PeerValue>> members;
        for (const auto &[key, child] : *table) {
            auto value = fromToml(child, file, depth + 1);
            if (!value)
                return value;
            members.append(
                    {QString::fromUtf8(key.str().data(), qsizetype(key.str().size())), *value});
        }
        return PeerValue::map(members, file, line);
    }
    if (const toml::array *array = node.as_array()) {
        QList<PeerValue> items;
        for (const toml::node &child : *array) {
            auto value = fromToml(child, file, depth + 1);
            if (!value)
                return value;
            items.append(*value);
        }
        return PeerValue::list(items, file, line);
    }
    if (const auto *text = node.as_string())
        return PeerValue::scalar(QString::fromStdString(text->get()), file, line);
    if (const auto *flag = node.as_boolean())
        return PeerValue::scalar(flag->get() ? QStringLiteral("true") : QStringLiteral("false"),
                                 file,
                                 line);
    if (const auto *number = node.as_integer())
        return PeerValue::scalar(QString::number(number->get()), file, line);
    if (const auto *number = node.as_floating_point())
        return PeerValue::scalar(QString::number(number->get()), file, line);
    return PeerValue::scalar(QString(), file, line); // dates and times: not settings we read
}

} // namespace

Result<PeerValue> parsePeerYaml(const QByteArray &text, const QString &file)
{
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        return invalid(file,
                       QCoreApplication::translate("rd::peerconfig", "invalid YAML: %1")
                               .arg(QString::fromStdString(e.msg)),
                       e.mark.is_null() ? 0 : e.mark.line + 1);
    }
    if (!root.IsDefined() || root.IsNull())
        return PeerValue::map({}, file, 0);
    return fromYaml(root, file, 0);
}

Result<PeerValue> parsePeerJson(const QByteArray &text, const QString &file)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(text.left(error.offset).count('\n')) + 1;
        return invalid(file,
                       QCoreApplication::translate("rd::peerconfig", "invalid JSON: %1")
                               .arg(error.errorString()),
                       line);
    }
    // JSON is YAML's flow style: yaml-cpp gives the lines QJsonDocument does not. Should it
    // disagree on a valid JSON file, the values are still read, without lines.
    if (auto withLines = parsePeerYaml(text, file); withLines)
        return withLines;
    return document.isObject() ? fromJson(document.object(), file)
                               : fromJson(document.array(), file);
}

Result<PeerValue> parsePeerToml(const QByteArray &text, const QString &file)
{
    try {
        const toml::table table = toml::parse(
                std::string_view(text.constData(), size_t(text.size())));
        return fromToml(table, file, 0);
    } catch (const toml::parse_error &e) {
        return invalid(file,
                       QCoreApplication::translate("rd::peerconfig", "invalid TOML: %1")
                               .arg(QString::fromUtf8(e.description().data(),
                                                      qsizetype(e.description().size()))),
                       int(e.source().begin.line));
    }
}

Result<PeerValue> parsePeerIni(const QByteArray &text, const QString &file)
{
    QList<QPair<QString, PeerValue>> sections;
    QList<QPair<QString, PeerValue>> keys;
    QString section;
    int sectionLine = 0;
    QString key;
    QString value;
    int keyLine = 0;
    const auto flushKey = [&] {
        if (!key.isEmpty())
            keys.append({key, PeerValue::scalar(value.trimmed(), file, keyLine)});
        key.clear();
        value.clear();
    };
    const auto flushSection = [&] {
        flushKey();
        if (!section.isEmpty())
            sections.append({section, PeerValue::map(keys, file, sectionLine)});
        keys.clear();
    };
    static const QRegularExpression header(QStringLiteral("^\\[([^\\]]+)\\]\\s*$"));
    static const QRegularExpression assignment(
            QStringLiteral("^([^=:\\s][^=:]*?)\\s*[=:]\\s?(.*)$"));
    const QStringList lines = QString::fromUtf8(text).split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u'#') || trimmed.startsWith(u';'))
            continue;
        if (trimmed.isEmpty()) {
            if (!key.isEmpty())
                value += u'\n';
            continue;
        }
        if (line.front().isSpace()) {
            if (key.isEmpty())
                return invalid(file,
                               QCoreApplication::translate("rd::peerconfig",
                                                           "an indented line belongs to no key"),
                               i + 1);
            value += u'\n' + trimmed;
            continue;
        }
        if (const auto match = header.match(trimmed); match.hasMatch()) {
            flushSection();
            section = match.captured(1).trimmed();
            sectionLine = i + 1;
            continue;
        }
        const auto match = assignment.match(line);
        if (!match.hasMatch() || section.isEmpty())
            return invalid(
                    file,
                    QCoreApplication::translate("rd::peerconfig",
                                                "expected [section] or key = value, found \"%1\"")
                            .arg(trimmed.left(60)),
                    i + 1);
        flushKey();
        key = match.captured(1).trimmed();
        value = match.captured(2);
        keyLine = i + 1;
    }
    flushSection();
    return PeerValue::map(sections, file, 0);
}

Result<PeerValue> parsePeerFile(const QByteArray &text, const QString &file)
{
    if (file.endsWith(QStringLiteral(".json")))
        return parsePeerJson(text, file);
    if (file.endsWith(QStringLiteral(".toml")))
        return parsePeerToml(text, file);
    if (file.endsWith(QStringLiteral(".cfg")))
        return parsePeerIni(text, file);
    return parsePeerYaml(text, file);
}

} // namespace rd
