// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzztargets.h"

#include "config/configlisting.h"
#include "config/projectconfig.h"
#include "peerconfig/peerimport.h"

namespace rd::fuzz {

QString peerconfig(const uint8_t *data, size_t size)
{
    if (size < 1)
        return {};
    static const QStringList files = {QStringLiteral(".releaserc.json"),
                                      QStringLiteral(".releaserc.yml"),
                                      QStringLiteral("cliff.toml"),
                                      QStringLiteral("setup.cfg")};
    const QString file = files.at(data[0] % files.size());
    const int tool = (data[0] / files.size()) % 6;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    auto parsed = parsePeerFile(bytes, file);
    if (!parsed)
        return parsed.error().source.startsWith(file)
                       ? QString()
                       : QStringLiteral("an error names another source: ") + parsed.error().source;

    ConfigImport import;
    import.files.append(file);
    switch (tool) {
    case 0:
        translateSemanticRelease(*parsed, import);
        break;
    case 1:
        translateGitCliff(*parsed, import);
        break;
    case 2:
        translateCommitizen(*parsed, import);
        break;
    case 3:
        translateBumpMyVersion(*parsed, import);
        break;
    case 4:
        translateReleasePlease(*parsed, (*parsed)[QStringLiteral("manifest")], import);
        break;
    default:
        translateStandardVersion(*parsed, import);
        break;
    }
    for (auto it = import.origins.constBegin(); it != import.origins.constEnd(); ++it) {
        if (!ProjectConfig::knownKeys().contains(it.key().section(u'.', 0, 0)))
            return QStringLiteral("imported a key .releasedesk.yml does not have: ") + it.key();
        if (!it.value().startsWith(file))
            return QStringLiteral("%1 names another origin: %2").arg(it.key(), it.value());
    }
    auto merged = ProjectConfig::parse(QByteArrayLiteral("tag-pattern: \"v{version}\"\n"),
                                       QStringLiteral(".releasedesk.yml"),
                                       {import});
    if (!merged)
        return QStringLiteral("the import does not merge: ") + merged.error().toString();
    if (merged->root()[QStringLiteral("tag-pattern")].toString().value_or(QString())
        != u"v{version}")
        return QStringLiteral("an imported key replaced the file's own");
    const QByteArray written = configToYaml(merged->root());
    if (auto again = ProjectConfig::parse(written, QStringLiteral("written")); !again)
        return QStringLiteral("the written .releasedesk.yml does not read back: ")
               + again.error().toString();
    return {};
}

} // namespace rd::fuzz
