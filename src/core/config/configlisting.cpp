// SPDX-License-Identifier: GPL-3.0-or-later
#include "configlisting.h"

namespace rd {

namespace {

bool isScalarList(const ConfigValue &value)
{
    if (!value.isSequence())
        return false;
    for (const ConfigValue &item : value.items()) {
        if (!item.isScalar())
            return false;
    }
    return true;
}

void collect(const ConfigValue &value, QList<ConfigLeaf> &leaves)
{
    if (value.isMap()) {
        for (const auto &[key, child] : value.entries())
            collect(child, leaves);
    } else if (isScalarList(value)) {
        QStringList texts;
        for (const ConfigValue &item : value.items())
            texts.append(item.toString().value_or(QString()));
        leaves.append({value.keyPath(),
                       u'[' + texts.join(QStringLiteral(", ")) + u']',
                       value.location(),
                       value.isImported()});
    } else if (value.isSequence()) {
        for (const ConfigValue &item : value.items())
            collect(item, leaves);
    } else if (value.isScalar()) {
        leaves.append({value.keyPath(),
                       value.toString().value_or(QString()),
                       value.location(),
                       value.isImported()});
    }
}

// `annotate`: false inside a list, whose origin is written once after it.
void emit(YAML::Emitter &out, const ConfigValue &value, bool annotate = true)
{
    if (value.isMap()) {
        out << YAML::BeginMap;
        for (const auto &[key, child] : value.entries()) {
            out << YAML::Key << key.toStdString() << YAML::Value;
            emit(out, child);
        }
        out << YAML::EndMap;
    } else if (value.isSequence()) {
        out << (isScalarList(value) ? YAML::Flow : YAML::Block) << YAML::BeginSeq;
        for (const ConfigValue &item : value.items())
            emit(out, item, !isScalarList(value));
        out << YAML::EndSeq;
    } else {
        out << value.toString().value_or(QString()).toStdString();
    }
    // The origin of an imported scalar or list, once, beside it.
    if (annotate && (value.isScalar() || isScalarList(value)) && value.isImported())
        out << YAML::Comment(value.location().toStdString());
}

} // namespace

QList<ConfigLeaf> configLeaves(const ConfigValue &root)
{
    QList<ConfigLeaf> leaves;
    collect(root, leaves);
    return leaves;
}

QByteArray configToYaml(const ConfigValue &root)
{
    YAML::Emitter out;
    out.SetIndent(2);
    emit(out, root);
    QByteArray text(out.c_str(), qsizetype(out.size()));
    if (!text.endsWith('\n'))
        text.append('\n');
    return text;
}

} // namespace rd
