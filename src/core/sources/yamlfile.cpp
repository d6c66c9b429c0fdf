// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlfile.h"

#include <QCoreApplication>
#include <algorithm>
#include <yaml-cpp/yaml.h>

namespace rd {

YamlFile::YamlFile(const SourceText &text)
    : m_text(&text)
{}

Result<YamlFile> YamlFile::parse(const SourceText &text)
{
    YamlFile file(text);
    try {
        file.m_root = std::make_shared<YAML::Node>(YAML::Load(text.bytes().toStdString()));
    } catch (const YAML::Exception &e) {
        return fail(errc::parse,
                    QCoreApplication::translate("rd::sources", "Invalid YAML at line %1: %2.")
                            .arg(e.mark.is_null() ? 0 : e.mark.line + 1)
                            .arg(QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        return fail(errc::parse,
                    QCoreApplication::translate("rd::sources", "Invalid YAML: %1.")
                            .arg(QString::fromUtf8(e.what())));
    }
    return file;
}

std::optional<YamlFile::Scalar> YamlFile::scalar(const QStringList &path) const
{
    try {
        YAML::Node node = *m_root;
        for (const QString &key : path) {
            if (!node.IsMap())
                return std::nullopt;
            // Look the key up without operator[] on a const copy creating anything.
            YAML::Node child;
            bool found = false;
            for (auto it = node.begin(); it != node.end(); ++it) {
                if (it->first.IsScalar() && it->first.Scalar() == key.toStdString()) {
                    child = it->second; // the last one wins, as in most YAML readers
                    found = true;
                }
            }
            if (!found)
                return std::nullopt;
            node.reset(child);
        }
        if (!node.IsScalar())
            return std::nullopt;
        Scalar scalar;
        scalar.value = QString::fromStdString(node.Scalar());
        const YAML::Mark mark = node.Mark();
        scalar.line = mark.line + 1;
        const qsizetype start = m_text->offsetAtByteColumn(mark.line + 1, mark.column);
        if (start < 0)
            return scalar;
        const char first = start < m_text->size() ? m_text->bytes().at(start) : '\0';
        if (first == '"' || first == '\'')
            scalar.content = m_text->quotedAt(start);
        else if (first != '|' && first != '>' && first != '&' && first != '!' && first != '*')
            scalar.content = m_text->plainAt(start);
        // A control character (C0 but tab, DEL, C1) is no YAML (yaml-cpp reads it all the same): such a value is
        // never a version, and writing over it can join it to its key ("appVersion:\x04 1.2"
        // would become "appVersion:7.8.9", no longer a key), so it is left for a hand edit.
        const bool control = std::any_of(scalar.value.cbegin(), scalar.value.cend(), [](QChar c) {
            return (c.unicode() < 0x20 && c != u'\t')
                   || (c.unicode() >= 0x7f && c.unicode() < 0xa0);
        });
        scalar.exact = !control && scalar.content.isValid()
                       && m_text->text(scalar.content.offset, scalar.content.length)
                                  == scalar.value;
        return scalar;
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

} // namespace rd
