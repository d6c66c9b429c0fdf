// SPDX-License-Identifier: GPL-3.0-or-later
// pom.xml: the project's own <version>, a direct child of <project>: never the <parent>'s, a
// dependency's or a plugin's. A CI-friendly ${revision}-style version is followed to its
// property in the same file. A module without a <version> inherits the parent's and declares
// nothing of its own.
#include "sources/formats/sourceformats.h"
#include "sources/xmlsource.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd::formats {

namespace {

class PomFormat final : public SourceFormat
{
public:
    QString id() const override { return QStringLiteral("pom.xml"); }
    bool claims(QStringView fileName, QStringView) const override { return fileName == u"pom.xml"; }
    QList<VersionSource> read(const QByteArray &bytes, const QString &path) const override
    {
        const QString key = QStringLiteral("project.version");
        const SourceText text(bytes);
        auto xml = XmlFile::parse(text);
        if (!xml)
            return {brokenSource(path, key, VersionScheme::Maven, 0, xml.error().message)};
        const QString project = QStringLiteral("project");
        const XmlFile::Element *version = xml->find({project, QStringLiteral("version")});
        if (!version)
            return {};
        static const QRegularExpression property(QStringLiteral(R"(^\$\{([A-Za-z0-9_.-]+)\}$)"));
        const auto match = property.match(version->text);
        if (!match.hasMatch())
            return {XmlSource::make(*this, text, *version, path, key, VersionScheme::Maven)};
        const QString name = match.captured(1);
        const XmlFile::Element *defined = xml->find({project, QStringLiteral("properties"), name});
        if (!defined || defined->text.contains(u'$'))
            return {dynamicSource(
                    path,
                    key,
                    VersionScheme::Maven,
                    version->line,
                    QCoreApplication::translate("rd::sources",
                                                "The version is ${%1}, set outside this file "
                                                "(for example mvn -D%1=...).")
                            .arg(name))};
        VersionSource source = XmlSource::make(*this,
                                               text,
                                               *defined,
                                               path,
                                               QStringLiteral("project.properties.") + name,
                                               VersionScheme::Maven);
        source.note
                = QCoreApplication::translate("rd::sources",
                                              "<version> is ${%1}; the property holds the value.")
                          .arg(name)
                  + (source.note.isEmpty() ? QString() : u' ' + source.note);
        return {source};
    }
};

} // namespace

const SourceFormat &pom()
{
    static const PomFormat format;
    return format;
}

} // namespace rd::formats
