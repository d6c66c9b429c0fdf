// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "exitcode.h"

#include "changelog/changelogbuilder.h"
#include "changelog/changelogjson.h"
#include "changelog/changelogtemplate.h"
#include "changelog/markdownrenderer.h"
#include "project/project.h"
#include "releasedraft/historynotes.h"
#include "sources/changelogdocument.h"
#include "util/fileio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

namespace rd::cli {

namespace {

enum class Scope { Unreleased, Release, All };

struct Request
{
    Scope scope = Scope::Unreleased;
    QString release;
    std::optional<ChangelogFormat> format;
    QString templateFile;
    QString output;
    QString prepend;
    QString package;
    QString channel;
    QDate date;
};

// What the command produces: text for stdout or a file, or the JSON model.
class Output
{
public:
    Output(const Request &request,
           const ChangelogSettings &settings,
           std::optional<ChangelogTemplate> view,
           bool json)
        : m_format(request.format.value_or(settings.format))
        , m_json(json || m_format == ChangelogFormat::Json)
        , m_view(std::move(view))
        , m_markdown(m_format, settings)
        , m_document(request.scope == Scope::All)
    {
        if (!m_json && !m_view && m_document)
            m_text = m_markdown.header();
    }

    // A whole changelog in Markdown goes to `stream` release by release instead of being kept
    // (on a long history the text would otherwise be the biggest thing in memory).
    void streamTo(QIODevice *stream)
    {
        if (!isMarkdown())
            return;
        m_stream = stream;
        m_pending = m_text.toUtf8();
        m_text.clear();
    }

    void add(const ChangelogRelease &release)
    {
        ++m_count;
        if (m_json || m_view) {
            m_releases.append(toJson(release));
            return;
        }
        if (m_stream) {
            // One release behind, so that the last one can still lose its final blank line.
            m_ok = m_ok && m_stream->write(m_pending) == m_pending.size();
            m_pending = m_markdown.section(release).toUtf8();
        } else {
            m_text += m_markdown.section(release);
        }
        if (m_document)
            m_links += m_markdown.linkDefinition(release);
    }

    Result<QByteArray> finish(const QJsonObject &extra)
    {
        if (m_json || m_view) {
            QJsonObject context = extra;
            context.insert(QStringLiteral("releases"), m_releases);
            if (m_json)
                return QJsonDocument(context).toJson(QJsonDocument::Indented);
            auto rendered = m_view->render(context);
            if (!rendered)
                return std::unexpected(rendered.error());
            return rendered->toUtf8();
        }
        if (m_stream) {
            if (m_links.isEmpty() && m_pending.endsWith("\n\n"))
                m_pending.chop(1);
            m_pending += m_links.toUtf8();
            m_ok = m_ok && m_stream->write(m_pending) == m_pending.size();
            if (!m_ok)
                return fail(rd::errc::io,
                            QStringLiteral("Cannot write the changelog: %1.")
                                    .arg(m_stream->errorString()));
            return QByteArray();
        }
        if (m_document) {
            if (!m_links.isEmpty())
                m_text += m_links;
            else if (m_text.endsWith(QStringLiteral("\n\n")))
                m_text.chop(1);
        }
        return m_text.toUtf8();
    }

    bool isMarkdown() const { return !m_json && !m_view; }
    const MarkdownRenderer &markdown() const { return m_markdown; }
    qsizetype count() const { return m_count; }

private:
    ChangelogFormat m_format;
    bool m_json;
    std::optional<ChangelogTemplate> m_view;
    MarkdownRenderer m_markdown;
    bool m_document;
    QString m_text;
    QString m_links;
    QJsonArray m_releases;
    qsizetype m_count = 0;
    QIODevice *m_stream = nullptr;
    QByteArray m_pending;
    bool m_ok = true;
};

int failWith(Context &context, const Error &error)
{
    return context.fail(error, error.code == rd::errc::cancelled ? Cancelled : Failure);
}

// Inserts one release into an existing changelog (or a new one), leaving the rest as it is.
int prepend(Context &context,
            const QString &path,
            const ChangelogRelease &release,
            const Output &output,
            const QByteArray &section)
{
    if (!output.isMarkdown() && section.trimmed().isEmpty())
        return context.usageError(QStringLiteral("the template produced no text to insert"));
    if (release.version.isEmpty())
        return context.fail(Error{QStringLiteral("changelog.nothing-to-release"),
                                  QStringLiteral("There is nothing to release since %1, so there "
                                                 "is no version to add to the changelog.")
                                          .arg(release.previousTag.isEmpty()
                                                       ? QStringLiteral("the first commit")
                                                       : release.previousTag),
                                  path},
                            Failure);
    QByteArray existing;
    if (QFileInfo::exists(path)) {
        auto bytes = readFile(path);
        if (!bytes)
            return context.fail(bytes.error(), Failure);
        existing = *bytes;
    } else {
        existing = output.markdown().header().toUtf8();
    }
    const ChangelogDocument document = ChangelogDocument::parse(existing);
    const auto version = Version::parse(release.version);
    if (version && document.covers(*version)) {
        for (const ChangelogHeading &heading : document.headings()) {
            if (heading.version && heading.version->compare(*version) == 0)
                return context.fail(Error{QStringLiteral("changelog.already-covered"),
                                          QStringLiteral("The changelog already has a section for "
                                                         "%1, so nothing was added. Remove that "
                                                         "section first to write it again.")
                                                  .arg(release.version),
                                          QStringLiteral("%1:%2").arg(path).arg(heading.line)},
                                    Failure);
        }
    }
    if (auto written = writeFileAtomically(path, document.withNewRelease(section)); !written)
        return context.fail(written.error(), Failure);
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("file"), path},
                                      {QStringLiteral("version"), release.version},
                                      {QStringLiteral("entries"), release.entryCount()},
                                      {QStringLiteral("written"), true}});
    } else {
        context.out() << "Added " << release.version << " (" << release.entryCount()
                      << " entries) to " << QDir::toNativeSeparators(path) << ".\n";
        context.out().flush();
    }
    return Success;
}

} // namespace

int runChangelog(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption unreleased(QStringLiteral("unreleased"),
                                        QStringLiteral("The notes of the next release: the commits "
                                                       "since the last release, under the next "
                                                       "version (the default)."));
    const QCommandLineOption release(QStringLiteral("release"),
                                     QStringLiteral("The notes of an existing release (a version "
                                                    "such as 1.2.0, or its tag)."),
                                     QStringLiteral("version"));
    const QCommandLineOption all(QStringLiteral("all"),
                                 QStringLiteral("A whole changelog: the unreleased changes, then "
                                                "every release, newest version first."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("md (conventional-changelog style), "
                                                   "keepachangelog or json (default: "
                                                   "changelog.format, else md)."),
                                    QStringLiteral("format"));
    const QCommandLineOption templateFile(QStringLiteral("template"),
                                          QStringLiteral("Render with this Mustache template "
                                                         "(default: changelog.template)."),
                                          QStringLiteral("file"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    QStringLiteral("Write to this file (replacing it) instead of "
                                                   "stdout."),
                                    QStringLiteral("file"));
    const QCommandLineOption prependOption(QStringLiteral("prepend"),
                                           QStringLiteral("Insert the release into this changelog "
                                                          "file above the previous releases, "
                                                          "leaving the rest of it unchanged."),
                                           QStringLiteral("file"));
    const QCommandLineOption package(QStringLiteral("package"),
                                     QStringLiteral("A package of the `packages` section (a "
                                                    "monorepo): its tags and commits only."),
                                     QStringLiteral("name"));
    const QCommandLineOption channel(QStringLiteral("pre"),
                                     QStringLiteral("With --unreleased: the next version is a "
                                                    "pre-release on this channel (rc, beta...)."),
                                     QStringLiteral("channel"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  QStringLiteral("The date of the next release (default: today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({unreleased,
                       release,
                       all,
                       format,
                       templateFile,
                       output,
                       prependOption,
                       package,
                       channel,
                       date});
    if (!context.parse(parser,
                       QStringLiteral("Writes release notes from the Conventional Commits of the "
                                      "history: the next release's (default), one release's, or "
                                      "a whole changelog.")))
        return context.exitCode();

    Request request;
    const int scopes = int(parser.isSet(unreleased)) + int(parser.isSet(release))
                       + int(parser.isSet(all));
    if (scopes > 1)
        return context.usageError(
                QStringLiteral("choose one of --unreleased, --release and --all"));
    if (parser.isSet(release)) {
        request.scope = Scope::Release;
        request.release = parser.value(release);
    } else if (parser.isSet(all)) {
        request.scope = Scope::All;
    }
    if (parser.isSet(format)) {
        request.format = changelogFormatFromString(parser.value(format));
        if (!request.format)
            return context.usageError(QStringLiteral("unknown format \"%1\": use md, "
                                                     "keepachangelog or json")
                                              .arg(parser.value(format)));
    }
    if (parser.isSet(output) && parser.isSet(prependOption))
        return context.usageError(QStringLiteral("--output and --prepend exclude each other"));
    request.output = parser.value(output);
    request.prepend = parser.value(prependOption);
    if (!request.prepend.isEmpty() && request.scope == Scope::All)
        return context.usageError(QStringLiteral("--prepend adds one release: use it with "
                                                 "--unreleased or --release, or write a whole "
                                                 "changelog with --all --output"));
    if (!request.prepend.isEmpty() && request.format == ChangelogFormat::Json)
        return context.usageError(QStringLiteral("--prepend inserts Markdown, not JSON"));
    request.package = parser.value(package);
    request.channel = parser.value(channel);
    if (!request.channel.isEmpty() && request.scope != Scope::Unreleased)
        return context.usageError(QStringLiteral("--pre only applies to --unreleased"));
    request.date = QDate::currentDate();
    if (parser.isSet(date)) {
        request.date = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!request.date.isValid())
            return context.usageError(
                    QStringLiteral("--date wants YYYY-MM-DD, not \"%1\"").arg(parser.value(date)));
    }

    // Reading the whole history: objects are not re-hashed and the cache stays small.
    auto project = Project::open(context.repositoryPath());
    if (!project)
        return context.fail(project.error(), Failure);
    const ProjectSettings &settings = project->settings();
    for (const Error &warning : settings.config.warnings())
        context.warn(warning.toString());
    auto selected = Package::find(settings, request.package);
    if (!selected)
        return context.fail(selected.error(),
                            selected.error().code == errc::unknownPackage ? Usage : Failure);
    auto notes = HistoryNotes::open(*project, *selected);
    if (!notes)
        return failWith(context, notes.error());
    const ChangelogSettings &changelogSettings = notes->changelogSettings();
    ReleaseHistory &history = notes->history();

    std::optional<ChangelogTemplate> view;
    if (request.format != ChangelogFormat::Json && !context.json()) {
        if (parser.isSet(templateFile)) {
            auto loaded = ChangelogTemplate::load(parser.value(templateFile));
            if (!loaded)
                return context.fail(loaded.error(), Failure);
            view = std::move(*loaded);
        } else {
            auto configured = ChangelogTemplate::configured(changelogSettings, project->root());
            if (!configured)
                return context.fail(configured.error(), Failure);
            view = std::move(*configured);
        }
    }

    // --json describes the result on stdout; a file gets the --format.
    const bool jsonOnStdout = context.json() && request.prepend.isEmpty()
                              && request.output.isEmpty();
    Output out(request, changelogSettings, std::move(view), jsonOnStdout);

    // A whole changelog is written as it is made: to stdout, or to a temporary file that
    // replaces --output at the end (atomically, like writeFileAtomically).
    QFile standardOutput;
    QSaveFile outputFile;
    QIODevice *stream = nullptr;
    if (request.scope == Scope::All && out.isMarkdown()) {
        if (request.output.isEmpty()) {
            context.out().flush();
            if (standardOutput.open(stdout, QIODevice::WriteOnly))
                stream = &standardOutput;
        } else {
            outputFile.setFileName(request.output);
            if (!outputFile.open(QIODevice::WriteOnly))
                return context.fail(Error{rd::errc::io.toString(),
                                          QStringLiteral("Cannot write the changelog: %1.")
                                                  .arg(outputFile.errorString()),
                                          request.output},
                                    Failure);
            stream = &outputFile;
        }
        out.streamTo(stream);
    }

    std::optional<ChangelogRelease> single;
    if (request.scope == Scope::Release) {
        const qsizetype index = history.find(request.release);
        if (index < 0) {
            QStringList recent;
            for (const Release &known : history.releases().mid(0, 5))
                recent.append(known.tag.name);
            return context
                    .fail(Error{QStringLiteral("changelog.unknown-release"),
                                recent.isEmpty()
                                        ? QStringLiteral("There is no release %1: no tag matches "
                                                         "\"%2\" yet.")
                                                  .arg(request.release,
                                                       history.settings().tagPattern.pattern())
                                        : QStringLiteral(
                                                  "There is no release %1. The latest releases "
                                                  "are %2.")
                                                  .arg(request.release,
                                                       recent.join(QStringLiteral(", "))),
                                project->root()},
                          Usage);
        }
        auto commits = history.analyze(index);
        if (!commits)
            return failWith(context, commits.error());
        single = notes->releaseNotes(index, *commits);
        out.add(*single);
    } else {
        NextVersionOptions options;
        options.channel = request.channel;
        auto report = history.nextVersion(options);
        if (!report)
            return failWith(context, report.error());
        for (const QString &warning : report->warnings)
            context.warn(warning);
        if (report->nextError && report->nextError->code != errc::nothingToRelease)
            return context.fail(*report->nextError, Usage);
        if (request.scope == Scope::Unreleased) {
            // Under the next version; "Unreleased" when nothing calls for a release.
            single = notes->nextReleaseNotes(*report, request.date);
            out.add(*single);
        } else {
            if (!report->commits.isEmpty())
                out.add(notes->builder().build(ChangelogReleaseInfo::unreleasedChanges(*report),
                                               report->commits));
            // Notes are built and rendered on a second thread while the history is read.
            auto done = history.analyzeReleases(history.changelogReleases(),
                                                [&](qsizetype index,
                                                    QList<AnalyzedCommit> &&commits) {
                                                    out.add(notes->releaseNotes(index, commits));
                                                });
            if (!done)
                return failWith(context, done.error());
        }
    }

    auto text = out.finish(ChangelogTemplate::context(selected->name, notes->links().base()));
    if (!text)
        return context.fail(text.error(), Failure);
    if (!request.prepend.isEmpty())
        return prepend(context, request.prepend, *single, out, *text);
    if (stream == &outputFile && !outputFile.commit())
        return context.fail(Error{rd::errc::io.toString(),
                                  QStringLiteral("Cannot write the changelog: %1.")
                                          .arg(outputFile.errorString()),
                                  request.output},
                            Failure);
    if (stream) {
        standardOutput.flush();
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("file"), request.output},
                                          {QStringLiteral("releases"), out.count()},
                                          {QStringLiteral("written"), true}});
        return Success;
    }
    if (!request.output.isEmpty()) {
        if (auto written = writeFileAtomically(request.output, *text); !written)
            return context.fail(written.error(), Failure);
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("file"), request.output},
                                          {QStringLiteral("releases"), out.count()},
                                          {QStringLiteral("written"), true}});
        return Success;
    }
    context.out().flush();
    std::fwrite(text->constData(), 1, size_t(text->size()), stdout);
    std::fflush(stdout);
    return Success;
}

namespace {
const CommandRegistration registration{
        {"changelog",
         "Write release notes: the next release's, one release's or a whole changelog",
         runChangelog,
         30}};
} // namespace

} // namespace rd::cli
