// SPDX-License-Identifier: GPL-3.0-or-later
// Detection of version sources on a generated 50,000-file monorepo, against baselines measured
// in the same run over the same tree: `find -type f` (a raw walk of every file) and
// `git ls-files --others --exclude-standard` (git's own ignore-aware walk). Prints times and
// ratios; the tree stays in a temporary folder (or at --tree PATH).
//
//   bench_detect [--files N] [--runs R] [--tree PATH]
#include "git/library.h"
#include "git/repository.h"
#include "sources/sourcescanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace {

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
}

// A JavaScript/Python monorepo: packages with sources, a node_modules folder as big as the
// rest, an ignored generated/ folder, build output. About `total` files.
int generate(const QString &root, int total)
{
    int files = 0;
    const auto add = [&](const QString &path, const QByteArray &content) {
        write(root + u'/' + path, content);
        ++files;
    };
    add(QStringLiteral(".gitignore"), "generated/\n*.log\n");
    add(QStringLiteral("package.json"), "{\n  \"name\": \"mono\",\n  \"version\": \"4.2.0\"\n}\n");
    add(QStringLiteral("pyproject.toml"), "[project]\nname = \"mono\"\nversion = \"4.2.0\"\n");
    add(QStringLiteral("CHANGELOG.md"), "# Changelog\n\n## [4.2.0] - 2024-01-01\n");
    const int quarter = total / 4;
    // node_modules: a quarter of the files, skipped by name.
    for (int i = 0; files < quarter; ++i) {
        const QString dir = QStringLiteral("node_modules/dep%1").arg(i);
        add(dir + QStringLiteral("/package.json"), "{\"version\": \"1.0.0\"}");
        for (int j = 0; j < 9; ++j)
            add(dir + QStringLiteral("/lib/file%1.js").arg(j), "module.exports = 1;\n");
    }
    // generated/: a quarter, ignored by .gitignore.
    for (int i = 0; files < 2 * quarter; ++i)
        add(QStringLiteral("generated/part%1/out%2.txt").arg(i / 50).arg(i), "x\n");
    // Packages: the rest, with a package.json or a Python package each.
    for (int i = 0; files < total; ++i) {
        const QString dir = QStringLiteral("packages/pkg%1").arg(i);
        if (i % 2 == 0)
            add(dir + QStringLiteral("/package.json"),
                "{\"name\": \"p\", \"version\": \"4.2.0\"}\n");
        else
            add(dir + QStringLiteral("/src/p%1/__init__.py").arg(i), "__version__ = \"4.2.0\"\n");
        for (int j = 0; j < 18 && files < total; ++j)
            add(dir + QStringLiteral("/src/module%1.py").arg(j), "def f():\n    return 1\n");
    }
    return files;
}

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

qsizetype lines(const QString &program, const QStringList &arguments, const QString &dir)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(program, arguments);
    process.waitForFinished(-1);
    return process.readAllStandardOutput().count('\n');
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    git::Library library;
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption filesOption(QStringLiteral("files"),
                                         QStringLiteral("Files to generate."),
                                         QStringLiteral("n"),
                                         QStringLiteral("50000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs per measure (median)."),
                                        QStringLiteral("n"),
                                        QStringLiteral("5"));
    const QCommandLineOption treeOption(QStringLiteral("tree"),
                                        QStringLiteral("Generate the tree here."),
                                        QStringLiteral("path"));
    parser.addOptions({filesOption, runsOption, treeOption});
    parser.process(app);
    QTextStream out(stdout);

    QTemporaryDir temporary;
    const QString root = parser.isSet(treeOption) ? parser.value(treeOption) : temporary.path();
    QDir().mkpath(root);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int generated = generate(root, parser.value(filesOption).toInt());
    auto repository = git::Repository::init(root);
    if (!repository) {
        out << "cannot create the repository: " << repository.error().toString() << '\n';
        return 1;
    }
    out << "tree: " << generated << " files in " << root << '\n';

    rd::SourceSettings settings;
    // The product asks the repository's ignore rules the same way (releasedraft/sourceinspection).
    const rd::IgnoreRules ignored = [&repository](const QString &path) {
        auto answer = repository->isIgnored(path);
        return answer && *answer;
    };
    qsizetype found = 0;
    qsizetype sources = 0;
    // Warm the file system cache once, as the baselines get the same warm cache.
    (void) rd::SourceScanner::detect(root, ignored, settings);
    const double detect = medianMs(runs, [&] {
        auto candidates = rd::SourceScanner::detect(root, ignored, settings);
        found = candidates ? candidates->size() : -1;
    });
    const double scan = medianMs(runs, [&] {
        auto read = rd::SourceScanner::scan(root, ignored, settings);
        sources = read ? read->size() : -1;
    });
    qsizetype findCount = 0;
    const double find = medianMs(runs, [&] {
        findCount = lines(QStringLiteral("find"),
                          {QStringLiteral("."), QStringLiteral("-type"), QStringLiteral("f")},
                          root);
    });
    qsizetype gitCount = 0;
    const double git = medianMs(runs, [&] {
        gitCount = lines(QStringLiteral("git"),
                         {QStringLiteral("ls-files"),
                          QStringLiteral("--others"),
                          QStringLiteral("--exclude-standard")},
                         root);
    });

    out << QStringLiteral("find -type f:                       %1 ms (%2 files)\n")
                    .arg(find, 8, 'f', 1)
                    .arg(findCount);
    out << QStringLiteral("git ls-files -o --exclude-standard: %1 ms (%2 files)\n")
                    .arg(git, 8, 'f', 1)
                    .arg(gitCount);
    out << QStringLiteral("SourceScanner::detect:              %1 ms (%2 candidates)  = %3x find, "
                          "%4x git\n")
                    .arg(detect, 8, 'f', 1)
                    .arg(found)
                    .arg(detect / find, 0, 'f', 2)
                    .arg(detect / git, 0, 'f', 2);
    out << QStringLiteral(
                   "SourceScanner::scan (detect + read): %1 ms (%2 sources)  = %3x find, %4x git\n")
                    .arg(scan, 7, 'f', 1)
                    .arg(sources)
                    .arg(scan / find, 0, 'f', 2)
                    .arg(scan / git, 0, 'f', 2);
    return 0;
}
