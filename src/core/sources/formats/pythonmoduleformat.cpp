// SPDX-License-Identifier: GPL-3.0-or-later
// Python modules that carry the version: `__version__ = "1.2.3"` at the start of a line in
// __init__.py, _version.py, __version__.py, __about__.py or version.py. A computed
// __version__ (importlib.metadata, a function) is dynamic. A plain assignment needs no parser.
#include "sources/formats/sourceformats.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd::formats {

namespace {

class PythonModuleFormat final : public SourceFormat
{
public:
    QString id() const override { return QStringLiteral("python-module"); }
    bool claims(QStringView fileName, QStringView) const override
    {
        return fileName == u"__init__.py" || fileName == u"_version.py"
               || fileName == u"__version__.py" || fileName == u"__about__.py"
               || fileName == u"version.py";
    }
    QList<VersionSource> read(const QByteArray &bytes, const QString &path) const override
    {
        if (!bytes.contains("__version__"))
            return {}; // most __init__.py files: no need to look further
        const SourceText text(bytes);
        const QString latin1 = text.latin1();
        const QString key = QStringLiteral("__version__");
        static const QRegularExpression
                assignment(QStringLiteral(R"(^__version__\s*(?::\s*[\w.\[\]]+\s*)?=\s*)"),
                           QRegularExpression::MultilineOption);
        QRegularExpressionMatch computed;
        for (auto it = assignment.globalMatch(latin1); it.hasNext();) {
            const auto match = it.next();
            const qsizetype valueStart = match.capturedEnd();
            const qsizetype quote = valueStart < latin1.size()
                                                    && (latin1.at(valueStart) == u'r'
                                                        || latin1.at(valueStart) == u'u')
                                            ? valueStart + 1
                                            : valueStart;
            const SourceText::Range value = text.quotedAt(quote);
            if (value.isValid() && !text.text(value.offset, value.length).contains(u'\\'))
                return {spanSource(text,
                                   path,
                                   key,
                                   VersionScheme::Pep440,
                                   value.offset,
                                   value.length)};
            if (!computed.hasMatch())
                computed = match;
        }
        if (!computed.hasMatch())
            return {};
        const int line = text.lineAt(computed.capturedStart());
        return {dynamicSource(path,
                              key,
                              VersionScheme::Pep440,
                              line,
                              QCoreApplication::translate(
                                      "rd::sources", "Computed when the module is imported: %1")
                                      .arg(text.text(computed.capturedEnd(),
                                                     text.lineEnd(line) - computed.capturedEnd())
                                                   .trimmed()))};
    }
};

} // namespace

const SourceFormat &pythonModule()
{
    static const PythonModuleFormat format;
    return format;
}

} // namespace rd::formats
