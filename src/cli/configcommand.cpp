// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "exitcode.h"

#include "changelog/changelogsettings.h"
#include "config/configlisting.h"
#include "git/commitstore.h"
#include "history/tagstyle.h"
#include "peerconfig/peerconfigs.h"
#include "project/project.h"
#include "release/releasesettings.h"
#include "sources/sourcesettings.h"
#include "util/fileio.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

namespace rd::cli {

namespace {

// The settings nobody wrote, with the value the modules use without them.
QList<ConfigLeaf> defaultLeaves()
{
    const auto leaf = [](const QString &key, const QString &value) {
        return ConfigLeaf{key, value, QStringLiteral("default"), false};
    };
    const ProjectSettings project;
    const ReleaseSettings release;
    QList<ConfigLeaf> leaves = {
            leaf(QStringLiteral("tag-pattern"), project.tagPattern.pattern()),
            leaf(QStringLiteral("initial-version"), project.initialVersion.toString()),
            leaf(QStringLiteral("zero-major.breaking-bumps-major"),
                 project.zeroMajor.breakingBumpsMajor ? QStringLiteral("true")
                                                      : QStringLiteral("false")),
    };
    for (const TypeRule &rule : CommitRules::defaults().types) {
        const QString base = QStringLiteral("types.") + rule.type + u'.';
        leaves.append(leaf(base + QStringLiteral("bump"), toString(rule.bump)));
        leaves.append(leaf(base + QStringLiteral("section"), rule.section));
        leaves.append(leaf(base + QStringLiteral("hidden"),
                           rule.hidden ? QStringLiteral("true") : QStringLiteral("false")));
    }
    leaves.append(leaf(QStringLiteral("release.branches"),
                       u'[' + release.branches.join(QStringLiteral(", ")) + u']'));
    leaves.append(leaf(QStringLiteral("release.push"),
                       release.push ? QStringLiteral("true") : QStringLiteral("false")));
    leaves.append(leaf(QStringLiteral("release.commit-message"), release.commitMessage));
    return leaves;
}

// The effective settings: the file's and the imported ones, then the defaults they leave.
QList<ConfigLeaf> effectiveLeaves(const ProjectConfig &config)
{
    QList<ConfigLeaf> leaves = configLeaves(config.root());
    for (const ConfigLeaf &fallback : defaultLeaves()) {
        const bool set = std::any_of(leaves.cbegin(), leaves.cend(), [&](const ConfigLeaf &l) {
            return l.keyPath == fallback.keyPath;
        });
        if (!set)
            leaves.append(fallback);
    }
    return leaves;
}

// Without a tag-pattern of its own the repository's tags decide it, as `next` reads them: the
// default leaf becomes the inferred pattern with the reason. Nothing changes when the tags
// cannot be read or none fits (the default stays, as it is what a release would use).
void inferTagPattern(Project &project, QList<ConfigLeaf> &leaves)
{
    const auto leaf = std::find_if(leaves.begin(), leaves.end(), [](const ConfigLeaf &l) {
        return l.keyPath == QStringLiteral("tag-pattern");
    });
    if (leaf == leaves.end() || leaf->location != QStringLiteral("default"))
        return;
    git::CommitStore store(project.repository());
    auto style = tagStyleOf(store, Package::repository(project.settings()));
    if (!style || style->origin != TagStyle::Origin::Inferred)
        return;
    leaf->value = style->pattern.pattern();
    leaf->location = QStringLiteral("inferred (%1)").arg(style->explanation());
}

// Each module reads its section the way a release does, so a bad imported value shows here.
QList<Error> readAllSections(const ProjectConfig &config)
{
    QList<Error> problems;
    if (auto s = ProjectSettings::fromConfig(config); !s)
        problems.append(s.error());
    if (auto s = ChangelogSettings::fromConfig(config); !s)
        problems.append(s.error());
    if (auto s = SourceSettings::fromConfig(config); !s)
        problems.append(s.error());
    if (auto s = ReleaseSettings::fromConfig(config); !s)
        problems.append(s.error());
    return problems;
}

QJsonObject toJson(const ConfigImport &import)
{
    QJsonArray skipped;
    for (const ImportNote &note : import.notImported)
        skipped.append(QJsonObject{{QStringLiteral("key"), note.key},
                                   {QStringLiteral("origin"), note.origin},
                                   {QStringLiteral("reason"), note.reason}});
    return QJsonObject{{QStringLiteral("tool"), import.tool},
                       {QStringLiteral("files"), QJsonArray::fromStringList(import.files)},
                       {QStringLiteral("notImported"), skipped},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(import.warnings)}};
}

void printText(QTextStream &out,
               const ProjectConfig &config,
               const QList<ConfigLeaf> &leaves,
               const QList<Error> &problems)
{
    if (config.imports().isEmpty())
        out << "No other release tool's configuration found.\n";
    for (const ConfigImport &import : config.imports())
        out << "Using " << import.tool << "'s configuration ("
            << import.files.join(QStringLiteral(", ")) << ")\n";
    out << (config.isFromFile() ? QStringLiteral("%1 is read; its keys win over imported ones.\n")
                                          .arg(ProjectConfig::fileName)
                                : QStringLiteral("No %1.\n").arg(ProjectConfig::fileName));
    out << "\nEffective configuration:\n";
    qsizetype width = 0;
    for (const ConfigLeaf &leaf : leaves)
        width = std::max(width, leaf.keyPath.size() + leaf.value.size() + 2);
    width = std::min<qsizetype>(width, 70);
    for (const ConfigLeaf &leaf : leaves) {
        const QString setting = leaf.keyPath + QStringLiteral(": ") + leaf.value;
        out << "  " << setting.leftJustified(width) << "  " << leaf.location << '\n';
    }
    for (const ConfigImport &import : config.imports()) {
        if (import.notImported.isEmpty())
            continue;
        out << "\nNot imported from " << import.tool << ":\n";
        for (const ImportNote &note : import.notImported)
            out << "  " << note.origin << "  " << note.key << ": " << note.reason << '\n';
    }
    for (const Error &problem : problems)
        out << "\nerror: " << problem.toString() << '\n';
    out.flush();
}

int writeConfig(Context &context, const QString &root, const ProjectConfig &config, bool force)
{
    const QString path = QDir(root).filePath(ProjectConfig::fileName.toString());
    if (QFileInfo::exists(path) && !force)
        return context.fail(Error{QStringLiteral("config.exists"),
                                  QStringLiteral("%1 exists already; nothing was written. Run "
                                                 "with --force to replace it (its own keys are "
                                                 "kept in the new file).")
                                          .arg(ProjectConfig::fileName),
                                  path},
                            Failure);
    const QByteArray text = configToYaml(config.root());
    // What is written must read back as the same settings.
    auto again = ProjectConfig::parse(text, path);
    if (!again)
        return context.fail(again.error(), Failure);
    if (Status written = writeFileAtomically(path, text); !written)
        return context.fail(written.error(), Failure);
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("written"), path},
                                      {QStringLiteral("content"), QString::fromUtf8(text)}});
    } else {
        context.out() << "Wrote " << path << ":\n\n" << QString::fromUtf8(text);
        context.out().flush();
    }
    return Success;
}

} // namespace

int runConfig(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption write(QStringLiteral("write"),
                                   QStringLiteral("Write the equivalent .releasedesk.yml (refused "
                                                  "when one exists, unless --force)."));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QStringLiteral("With --write: replace an existing "
                                                  ".releasedesk.yml."));
    parser.addOption(write);
    parser.addOption(force);
    if (!context.parse(parser,
                       QStringLiteral("Prints the effective configuration: every setting with "
                                      "where it came from (.releasedesk.yml, another release "
                                      "tool's configuration such as .releaserc.json or "
                                      "[tool.commitizen], or the default), and what could not be "
                                      "imported from the other tools, with the reason.")))
        return context.exitCode();
    if (parser.isSet(force) && !parser.isSet(write))
        return context.usageError(QStringLiteral("--force only goes with --write"));

    // The repository's top folder; a broken configuration is shown, not a reason to stop.
    QString root = context.repositoryPath();
    auto project = Project::open(root);
    if (project)
        root = project->root();
    else if (!project.error().code.startsWith(QStringLiteral("config")))
        return context.fail(project.error(), Failure);
    auto config = loadEffectiveConfig(root);
    if (!config)
        return context.fail(config.error(), Failure);
    for (const Error &warning : config->warnings())
        context.warn(warning.toString());
    for (const ConfigImport &import : config->imports()) {
        for (const QString &warning : import.warnings)
            context.warn(warning);
    }

    if (parser.isSet(write))
        return writeConfig(context, root, *config, parser.isSet(force));

    QList<ConfigLeaf> leaves = effectiveLeaves(*config);
    if (project)
        inferTagPattern(*project, leaves);
    const QList<Error> problems = readAllSections(*config);
    if (context.json()) {
        QJsonArray values;
        for (const ConfigLeaf &leaf : leaves)
            values.append(QJsonObject{{QStringLiteral("key"), leaf.keyPath},
                                      {QStringLiteral("value"), leaf.value},
                                      {QStringLiteral("origin"), leaf.location},
                                      {QStringLiteral("imported"), leaf.imported}});
        QJsonArray imports;
        for (const ConfigImport &import : config->imports())
            imports.append(toJson(import));
        QJsonArray errors;
        for (const Error &problem : problems)
            errors.append(problem.toString());
        context.printJson(QJsonObject{{QStringLiteral("values"), values},
                                      {QStringLiteral("imports"), imports},
                                      {QStringLiteral("errors"), errors}});
    } else {
        printText(context.out(), *config, leaves, problems);
    }
    return problems.isEmpty() ? Success : Failure;
}

namespace {
const CommandRegistration registration{
        {"config",
         "Show the effective configuration and where each setting came from",
         runConfig,
         70}};
} // namespace

} // namespace rd::cli
