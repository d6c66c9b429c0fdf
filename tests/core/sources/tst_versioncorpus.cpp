// SPDX-License-Identifier: GPL-3.0-or-later
// The real-file corpus (tests/fixtures/version-files, MANIFEST.tsv): every file reads with the
// expected version on the expected line, and writing another version changes only the version
// bytes.
#include "sources/sourceformat.h"
#include "sources/splice.h"
#include "sources/versionwriter.h"

#include <QFile>
#include <QTest>

using namespace rd;

namespace {

const QString corpus = QStringLiteral(RELEASEDESK_FIXTURES_DIR "/version-files");

struct Row
{
    QString kind;
    QString file;
    QString path;
    QString expected;
    int line = 0;
};

QList<Row> manifest()
{
    QFile file(corpus + QStringLiteral("/MANIFEST.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Row> rows;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines.at(i).split('\t');
        if (cells.size() < 7)
            continue;
        rows.append(Row{QString::fromUtf8(cells.at(0)),
                        QString::fromUtf8(cells.at(1)),
                        QString::fromUtf8(cells.at(3)),
                        QString::fromUtf8(cells.at(5)),
                        cells.at(6).toInt()});
    }
    return rows;
}

// MANIFEST kinds name folders; most are the format id.
const SourceFormat *formatFor(const QString &kind)
{
    static const QHash<QString, QString> ids{
            {QStringLiteral("python_version_module"), QStringLiteral("python-module")},
            {QStringLiteral("ruby_version"), QStringLiteral("ruby")},
            {QStringLiteral("CHANGELOG"), QStringLiteral("CHANGELOG.md")},
            {QStringLiteral("AssemblyInfo.cs"), QStringLiteral("AssemblyInfo")},
    };
    return SourceFormat::find(ids.value(kind, kind));
}

QByteArray readBytes(const Row &row)
{
    QFile file(corpus + u'/' + row.kind + u'/' + row.file);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The source the manifest describes: the project's (or the chart's own) version.
const VersionSource *primary(const QList<VersionSource> &sources)
{
    for (const VersionSource &source : sources) {
        if (source.role != SourceRole::App)
            return &source;
    }
    return nullptr;
}

} // namespace

class TestVersionCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manifestIsThere();
    void readsExpectedVersion_data();
    void readsExpectedVersion();
    void bumpChangesOnlyVersionBytes_data();
    void bumpChangesOnlyVersionBytes();
};

void TestVersionCorpus::manifestIsThere()
{
    QVERIFY(manifest().size() >= 60);
}

void TestVersionCorpus::readsExpectedVersion_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("line");
    for (const Row &row : manifest())
        QTest::newRow(qPrintable(row.file))
                << row.kind << row.file << row.path << row.expected << row.line;
}

void TestVersionCorpus::readsExpectedVersion()
{
    QFETCH(QString, kind);
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QFETCH(int, line);
    const QByteArray bytes = readBytes(Row{kind, file, path, expected, line});
    QVERIFY(!bytes.isEmpty());
    const SourceFormat *format = formatFor(kind);
    const QString fileName = path.section(u'/', -1);
    if (!format) {
        // CI workflows: no format reads them, so detection never lists them.
        QCOMPARE(expected, QStringLiteral("none"));
        for (const SourceFormat *any : SourceFormat::all())
            QVERIFY2(!any->claims(fileName, path), qPrintable(any->id()));
        return;
    }
    QVERIFY2(format->claims(fileName, path), qPrintable(path));
    const QList<VersionSource> sources = format->read(bytes, path);
    if (expected == u"none") {
        QVERIFY(sources.isEmpty());
        return;
    }
    const VersionSource *source = primary(sources);
    QVERIFY(source);
    if (expected == u"dynamic") {
        QVERIFY2(source->dynamic, qPrintable(source->text));
        QVERIFY(!source->note.isEmpty());
    } else {
        QVERIFY2(!source->dynamic, qPrintable(source->note));
        QCOMPARE(source->text, expected);
        QVERIFY2(source->version.has_value(), qPrintable(source->note));
        if (kind != u"CHANGELOG")
            QVERIFY2(source->isWritable(), qPrintable(source->note));
    }
    QCOMPARE(source->line, line);
    QCOMPARE(source->path, path);
}

void TestVersionCorpus::bumpChangesOnlyVersionBytes_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("target");
    for (const Row &row : manifest()) {
        if (row.expected == u"none" || row.expected == u"dynamic" || row.kind == u"CHANGELOG")
            continue;
        for (const QString &target : {QStringLiteral("12.34.5"), QStringLiteral("3.0.0-rc.1")})
            QTest::newRow(qPrintable(row.file + u' ' + target)) << row.kind << row.file << target;
    }
}

void TestVersionCorpus::bumpChangesOnlyVersionBytes()
{
    QFETCH(QString, kind);
    QFETCH(QString, file);
    QFETCH(QString, target);
    const QByteArray before = readBytes(Row{kind, file, {}, {}, 0});
    const SourceFormat *format = formatFor(kind);
    QVERIFY(format);
    const QList<VersionSource> sources = format->read(before, file);
    const VersionSource *source = primary(sources);
    QVERIFY(source);
    const Version version = *Version::parse(target);
    auto splices = VersionWriter::splices(*source, version);
    if (!splices) {
        // Only a scheme that cannot hold a pre-release may refuse, and it must say so.
        QCOMPARE(splices.error().code, errc::notRepresentable.toString());
        QVERIFY(version.isPreRelease());
        return;
    }
    auto after = Splice::apply(before, *splices);
    QVERIFY(after);

    // Byte-for-byte: outside the spans the files are identical.
    qsizetype beforePos = 0;
    qsizetype afterPos = 0;
    QList<Splice> sorted = *splices;
    std::sort(sorted.begin(), sorted.end(), [](const Splice &a, const Splice &b) {
        return a.offset < b.offset;
    });
    for (const Splice &splice : sorted) {
        const qsizetype kept = splice.offset - beforePos;
        QCOMPARE(after->mid(afterPos, kept), before.mid(beforePos, kept));
        afterPos += kept + splice.replacement.size();
        beforePos = splice.offset + splice.length;
        QVERIFY(!splice.replacement.contains('\n'));
    }
    QCOMPARE(after->mid(afterPos), before.mid(beforePos));

    // Read back: the same source now says the new version, on the same line.
    const QList<VersionSource> reread = format->read(*after, file);
    const VersionSource *again = primary(reread);
    QVERIFY(again);
    QCOMPARE(again->line, source->line);
    QVERIFY2(again->version.has_value(), qPrintable(again->note));
    QCOMPARE(again->version->compare(version), 0);
    QCOMPARE(again->key, source->key);
}

QTEST_GUILESS_MAIN(TestVersionCorpus)
#include "tst_versioncorpus.moc"
