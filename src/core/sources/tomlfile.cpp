// SPDX-License-Identifier: GPL-3.0-or-later
#include "tomlfile.h"

#include <QCoreApplication>
#include <toml++/toml.h>

namespace rd {

namespace {

const toml::node *nodeAt(const toml::table &table, const QStringList &path)
{
    const toml::node *node = &table;
    for (const QString &key : path) {
        const toml::table *current = node ? node->as_table() : nullptr;
        if (!current)
            return nullptr;
        const QByteArray utf8 = key.toUtf8();
        node = current->get(std::string_view(utf8.constData(), size_t(utf8.size())));
    }
    return node;
}

} // namespace

TomlFile::TomlFile(const SourceText &text)
    : m_text(&text)
{}

Result<TomlFile> TomlFile::parse(const SourceText &text)
{
    TomlFile file(text);
    const QByteArray &bytes = text.bytes();
    try {
        toml::table table = toml::parse(std::string_view(bytes.constData() + text.bomLength(),
                                                         size_t(bytes.size() - text.bomLength())));
        file.m_table = std::make_shared<toml::table>(std::move(table));
    } catch (const toml::parse_error &e) {
        return fail(errc::parse,
                    QCoreApplication::translate("rd::sources", "Invalid TOML at line %1: %2.")
                            .arg(e.source().begin.line)
                            .arg(QString::fromUtf8(e.description().data(),
                                                   qsizetype(e.description().size()))));
    } catch (const std::exception &e) {
        return fail(errc::parse,
                    QCoreApplication::translate("rd::sources", "Invalid TOML: %1.")
                            .arg(QString::fromUtf8(e.what())));
    }
    return file;
}

std::optional<TomlFile::StringValue> TomlFile::string(const QStringList &path) const
{
    const toml::node *node = nodeAt(*m_table, path);
    const auto *string = node ? node->as_string() : nullptr;
    if (!string)
        return std::nullopt;
    StringValue result;
    const std::string &value = string->get();
    result.value = QString::fromUtf8(value.data(), qsizetype(value.size()));
    const toml::source_region &region = node->source();
    result.line = int(region.begin.line);
    const qsizetype start = m_text->offsetAtCodePointColumn(int(region.begin.line),
                                                            int(region.begin.column));
    const QByteArray &bytes = m_text->bytes();
    const bool triple = start >= 0 && start + 2 < bytes.size()
                        && (bytes.mid(start, 3) == "\"\"\"" || bytes.mid(start, 3) == "'''");
    if (start >= 0 && !triple) {
        result.content = m_text->quotedAt(start);
        result.exact = result.content.isValid()
                       && m_text->text(result.content.offset, result.content.length)
                                  == result.value;
    }
    return result;
}

bool TomlFile::contains(const QStringList &path) const
{
    return nodeAt(*m_table, path) != nullptr;
}

int TomlFile::line(const QStringList &path) const
{
    const toml::node *node = nodeAt(*m_table, path);
    return node ? int(node->source().begin.line) : 0;
}

std::optional<bool> TomlFile::boolean(const QStringList &path) const
{
    const toml::node *node = nodeAt(*m_table, path);
    const auto *value = node ? node->as_boolean() : nullptr;
    return value ? std::optional<bool>(value->get()) : std::nullopt;
}

bool TomlFile::arrayContains(const QStringList &path, const QString &item) const
{
    const toml::node *node = nodeAt(*m_table, path);
    const toml::array *array = node ? node->as_array() : nullptr;
    if (!array)
        return false;
    const QByteArray utf8 = item.toUtf8();
    for (const toml::node &element : *array) {
        const auto *string = element.as_string();
        if (string && string->get() == std::string_view(utf8.constData(), size_t(utf8.size())))
            return true;
    }
    return false;
}

} // namespace rd
