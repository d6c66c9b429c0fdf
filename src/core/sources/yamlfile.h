// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/sourcetext.h"
#include "util/error.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace YAML {
class Node;
}

namespace rd {

// A YAML file parsed by yaml-cpp, with scalars located in the bytes through yaml-cpp's marks
// (line and byte column; its byte position leaves out a BOM, so lines and columns are used).
class YamlFile
{
public:
    // Error (errc::parse) with the line yaml-cpp reports. Never throws.
    static Result<YamlFile> parse(const SourceText &text);

    struct Scalar
    {
        QString value; // as yaml-cpp reads it
        int line = 0;
        SourceText::Range content; // the bytes of the value (inside quotes when quoted)
        bool exact = false;        // the content bytes are exactly `value`
    };

    // The scalar at a key path of nested mappings; nullopt when absent or not a scalar.
    std::optional<Scalar> scalar(const QStringList &path) const;

private:
    explicit YamlFile(const SourceText &text);
    const SourceText *m_text;
    std::shared_ptr<YAML::Node> m_root;
};

} // namespace rd
