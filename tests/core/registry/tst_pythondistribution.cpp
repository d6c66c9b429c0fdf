// SPDX-License-Identifier: GPL-3.0-or-later
// Python distributions as the PyPI publish step reads them: core metadata (fields, continuation
// lines, the description as body, errors naming the line), PEP 503 names, wheels through the
// zip reader (deflated and stored entries, broken archives refused naming the file), and the
// upload form the PyPI publish step builds from them. The
// zips and the gzip are written here with zlib's raw deflate; real setuptools wheels are read in
// tst_pypipublish and in the fuzz corpus.
#include "expectedcheck.h"

#include "publish/pypipublishstep.h"
#include "registry/packagearchive.h"
#include "registry/pythondistribution.h"
#include "registry/ziparchive.h"

#include <QTest>

#include <zlib.h>

using namespace rd;

namespace {

void put(QByteArray &out, quint32 value, int width)
{
    for (int i = 0; i < width; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

struct Entry
{
    QByteArray name;
    QByteArray content;
    bool deflate = true;
};

// A zip of `entries`; `lieAboutSize` adds that much to each entry's recorded unpacked size.
QByteArray zip(const QList<Entry> &entries, int lieAboutSize = 0)
{
    QByteArray out;
    QByteArray directory;
    for (const Entry &entry : entries) {
        // qCompress: a 4-byte length, then a zlib stream (2-byte header, deflate, adler32).
        const QByteArray data = entry.deflate ? qCompress(entry.content).mid(6).chopped(4)
                                              : entry.content;
        const quint32 offset = quint32(out.size());
        put(out, 0x04034b50, 4);
        put(out, 20, 2);
        put(out, 0, 2);
        put(out, entry.deflate ? 8 : 0, 2);
        put(out, 0, 4); // time, date
        put(out, 0, 4); // crc (not checked by the reader)
        put(out, quint32(data.size()), 4);
        put(out, quint32(entry.content.size()), 4);
        put(out, quint32(entry.name.size()), 2);
        put(out, 0, 2);
        out += entry.name + data;
        put(directory, 0x02014b50, 4);
        put(directory, 20, 2);
        put(directory, 20, 2);
        put(directory, 0, 2);
        put(directory, entry.deflate ? 8 : 0, 2);
        put(directory, 0, 4);
        put(directory, 0, 4);
        put(directory, quint32(data.size()), 4);
        put(directory, quint32(entry.content.size() + lieAboutSize), 4);
        put(directory, quint32(entry.name.size()), 2);
        put(directory, 0, 2);
        put(directory, 0, 2);
        put(directory, 0, 2);
        put(directory, 0, 2);
        put(directory, 0, 4);
        put(directory, offset, 4);
        directory += entry.name;
    }
    const quint32 start = quint32(out.size());
    out += directory;
    put(out, 0x06054b50, 4);
    put(out, 0, 4);
    put(out, quint32(entries.size()), 2);
    put(out, quint32(entries.size()), 2);
    put(out, quint32(directory.size()), 4);
    put(out, start, 4);
    put(out, 0, 2);
    return out;
}

const QByteArray metadata = "Metadata-Version: 2.1\r\nName: Rd_App\r\nVersion: 1.4.0rc1\r\n"
                            "Summary: An app\r\nClassifier: A\r\nClassifier: B\r\n"
                            "Keywords: one\r\n  two\r\n\r\nThe long\r\n\r\ndescription\r\n";

} // namespace

class TestPythonDistribution : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metadataFields();
    void metadataErrorsNameTheLine();
    void normalisedNames();
    void wheelMetadataFromTheZip();
    void brokenZipsAreRefused();
    void uploadFormIsTwines();
    void stepRoundTripsThroughJson();
};

void TestPythonDistribution::metadataFields()
{
    auto parsed = PythonMetadata::parse(metadata, QStringLiteral("PKG-INFO"));
    RD_VERIFY_OK(parsed);
    QCOMPARE(parsed->value(u"name"), QStringLiteral("Rd_App"));
    QCOMPARE(parsed->values(u"Classifier"),
             (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(parsed->value(u"Keywords"), QStringLiteral("one\ntwo"));
    QCOMPARE(parsed->description(), QStringLiteral("The long\n\ndescription\n"));
    QVERIFY(parsed->value(u"Author").isEmpty());
    // A Description field wins over the body.
    auto field = PythonMetadata::parse("Metadata-Version: 1.1\nName: a\nVersion: 1\n"
                                       "Description: short\n",
                                       QStringLiteral("PKG-INFO"));
    RD_VERIFY_OK(field);
    QCOMPARE(field->description(), QStringLiteral("short"));
}

void TestPythonDistribution::metadataErrorsNameTheLine()
{
    auto bad = PythonMetadata::parse("Metadata-Version: 2.1\nName: a\nno colon here\n",
                                     QStringLiteral("x/PKG-INFO"));
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, errc::registryMetadata.toString());
    QCOMPARE(bad.error().source, QStringLiteral("x/PKG-INFO"));
    QVERIFY2(bad.error().message.contains(u"Line 3"), qPrintable(bad.error().message));
    auto continued = PythonMetadata::parse("  leading\n", QStringLiteral("m"));
    QVERIFY(!continued);
    QVERIFY(continued.error().message.contains(u"Line 1"));
    auto noVersion = PythonMetadata::parse("Metadata-Version: 2.1\nName: a\n", QStringLiteral("m"));
    QVERIFY(!noVersion);
    QVERIFY(noVersion.error().message.contains(u"Version"));
}

void TestPythonDistribution::normalisedNames()
{
    QCOMPARE(PythonDistribution::normalisedName(u"Rd_Test.pkg"), QStringLiteral("rd-test-pkg"));
    QCOMPARE(PythonDistribution::normalisedName(u"rd--_test"), QStringLiteral("rd-test"));
    QCOMPARE(PythonDistribution::normalisedName(u"RDTEST"), QStringLiteral("rdtest"));
}

void TestPythonDistribution::wheelMetadataFromTheZip()
{
    const QString name = QStringLiteral("rd_app-1.4.0rc1-cp311-cp311-manylinux_x86_64.whl");
    for (const bool deflate : {true, false}) {
        const QByteArray wheel = zip({{"rd_app/__init__.py", "x = 1\n", deflate},
                                      {"rd_app/data/METADATA", "not this one\n", deflate},
                                      {"rd_app-1.4.0rc1.dist-info/METADATA", metadata, deflate}});
        auto dist = PythonDistribution::read(wheel, name, QStringLiteral("dist/") + name);
        RD_VERIFY_OK(dist);
        QCOMPARE(dist->name(), QStringLiteral("Rd_App"));
        QCOMPARE(dist->version(), QStringLiteral("1.4.0rc1"));
        QCOMPARE(dist->fileType(), QStringLiteral("bdist_wheel"));
        QCOMPARE(dist->pythonVersion(), QStringLiteral("cp311"));
    }
    // An sdist: PKG-INFO of the top folder (not the egg-info copy), filetype sdist, no tag.
    // A gzip member of a one-file tar is enough for the tar reader.
    QByteArray tar(512, '\0');
    const QByteArray path = "rd_app-1.4.0rc1/PKG-INFO";
    tar.replace(0, path.size(), path);
    const QByteArray size = QByteArray::number(metadata.size(), 8).rightJustified(11, '0');
    tar.replace(124, size.size(), size);
    tar[156] = '0';
    tar += metadata + QByteArray(512 - metadata.size() % 512, '\0') + QByteArray(1024, '\0');
    QByteArray gzip("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    gzip += qCompress(tar).mid(6).chopped(4);
    const quint32 crc = quint32(
            crc32(0, reinterpret_cast<const Bytef *>(tar.constData()), uInt(tar.size())));
    for (int i = 0; i < 4; ++i)
        gzip += char((crc >> (8 * i)) & 0xff);
    for (int i = 0; i < 4; ++i)
        gzip += char((quint32(tar.size()) >> (8 * i)) & 0xff);
    auto sdist = PythonDistribution::read(gzip,
                                          QStringLiteral("rd_app-1.4.0rc1.tar.gz"),
                                          QStringLiteral("s"));
    RD_VERIFY_OK(sdist);
    QCOMPARE(sdist->fileType(), QStringLiteral("sdist"));
    QVERIFY(sdist->pythonVersion().isEmpty());
}

void TestPythonDistribution::brokenZipsAreRefused()
{
    const QString name = QStringLiteral("app-1.0-py3-none-any.whl");
    const QByteArray good = zip({{"app-1.0.dist-info/METADATA", metadata}});
    const auto refused = [&](const QByteArray &bytes, const char *why) {
        auto dist = PythonDistribution::read(bytes, name, QStringLiteral("the-wheel"));
        if (dist) {
            qWarning("read although %s", why);
            return false;
        }
        if (dist.error().code != errc::registryArchive || dist.error().source != u"the-wheel") {
            qWarning("%s: %s", why, qPrintable(dist.error().toString()));
            return false;
        }
        return true;
    };
    QVERIFY(refused(good.left(good.size() / 2), "truncated"));
    QVERIFY(refused("PK\3\4 not a zip", "no central directory"));
    QVERIFY(refused(zip({{"app-1.0.dist-info/METADATA", metadata}}, 7), "the size lies"));
    QVERIFY(refused(zip({{"app-1.0.dist-info/METADATA", metadata, false}}, 7),
                    "the stored size lies"));
    QVERIFY(refused(zip({{"app/__init__.py", "x"}}), "no METADATA"));
    auto missing = ZipArchive::file(
            zip({{"a", "b"}}),
            [](const QString &) { return false; },
            QStringLiteral("X"),
            QStringLiteral("s"));
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(u"X"));
    // Not a wheel or sdist by name: said so, naming the file.
    auto other = PythonDistribution::read(good, QStringLiteral("app-1.0.zip"), QStringLiteral("z"));
    QVERIFY(!other);
    QCOMPARE(other.error().code, errc::registryMetadata.toString());
    QVERIFY(other.error().message.contains(u"app-1.0.zip"));
}

void TestPythonDistribution::uploadFormIsTwines()
{
    const QString name = QStringLiteral("Rd_App-1.4.0rc1-py3-none-any.whl");
    auto dist = PythonDistribution::read(zip({{"Rd_App-1.4.0rc1.dist-info/METADATA", metadata}}),
                                         name,
                                         name);
    RD_VERIFY_OK(dist);
    const PypiPublishStep::File file{QStringLiteral("/dist/") + name,
                                     name,
                                     dist->fileType(),
                                     QStringLiteral("aa"),
                                     QStringLiteral("bb"),
                                     QStringLiteral("cc")};
    const auto fields = PypiPublishStep::formFields(*dist, file);
    const auto valuesOf = [&](const QString &key) {
        QStringList values;
        for (const auto &[k, v] : fields) {
            if (k == key)
                values.append(v);
        }
        return values;
    };
    // twine's safe_name: "_" runs become "-"; absent single fields are sent empty, repeated
    // ones once per value; the body is the description.
    QCOMPARE(valuesOf(QStringLiteral("name")), QStringList{QStringLiteral("Rd-App")});
    QCOMPARE(valuesOf(QStringLiteral("pyversion")), QStringList{QStringLiteral("py3")});
    QCOMPARE(valuesOf(QStringLiteral("author")), QStringList{QString()});
    QCOMPARE(valuesOf(QStringLiteral("classifiers")),
             (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    QVERIFY(valuesOf(QStringLiteral("requires_dist")).isEmpty());
    QCOMPARE(valuesOf(QStringLiteral("description")),
             QStringList{QStringLiteral("The long\n\ndescription\n")});
    QCOMPARE(valuesOf(QStringLiteral("sha256_digest")), QStringList{QStringLiteral("aa")});
    QCOMPARE(valuesOf(QStringLiteral("blake2_256_digest")), QStringList{QStringLiteral("bb")});
    QCOMPARE(valuesOf(QStringLiteral("md5_digest")), QStringList{QStringLiteral("cc")});
    QCOMPARE(valuesOf(QStringLiteral(":action")), QStringList{QStringLiteral("file_upload")});
    QCOMPARE(valuesOf(QStringLiteral("protocol_version")), QStringList{QStringLiteral("1")});

    const QByteArray body = PypiPublishStep::multipartBody({{QStringLiteral("a\"b"),
                                                             QStringLiteral("ä")}},
                                                           QStringLiteral("f.whl"),
                                                           QByteArray("\0bytes", 6),
                                                           "BOUND");
    QCOMPARE(body,
             QByteArray("--BOUND\r\nContent-Disposition: form-data; name=\"a%22b\"\r\n\r\n"
                        "\xc3\xa4\r\n--BOUND\r\nContent-Disposition: form-data; "
                        "name=\"content\"; filename=\"f.whl\"\r\nContent-Type: "
                        "application/octet-stream\r\n\r\n")
                     + QByteArray("\0bytes", 6) + QByteArray("\r\n--BOUND--\r\n"));
}

void TestPythonDistribution::stepRoundTripsThroughJson()
{
    PypiPublishStep::Data data;
    data.index = QUrl(QStringLiteral("http://127.0.0.1:1/"));
    data.uploadUrl = QUrl(QStringLiteral("http://127.0.0.1:1/legacy/"));
    data.package = QStringLiteral("app");
    data.version = QStringLiteral("1.0");
    data.files.append({QStringLiteral("/d/app-1.0.tar.gz"),
                       QStringLiteral("app-1.0.tar.gz"),
                       QStringLiteral("sdist"),
                       QStringLiteral("s1"),
                       QStringLiteral("b1"),
                       QStringLiteral("m1")});
    const PypiPublishStep step(data);
    auto back = PypiPublishStep::fromJson(step.toJson());
    RD_VERIFY_OK(back);
    QCOMPARE((*back)->toJson(), step.toJson());
    QCOMPARE((*back)->id(), QStringLiteral("publish-pypi:app"));
    QJsonObject noFiles = step.toJson();
    noFiles.remove(QStringLiteral("files"));
    QVERIFY(!PypiPublishStep::fromJson(noFiles));
    // Only a PyPI target is planned.
    RegistryTarget npm;
    npm.package = QStringLiteral("app");
    npm.url = data.index;
    auto wrongType = PypiPublishStep::plan(npm, data.uploadUrl, {}, std::nullopt);
    QVERIFY(!wrongType);
    QVERIFY(wrongType.error().message.contains(u"PyPI"));
}

QTEST_GUILESS_MAIN(TestPythonDistribution)
#include "tst_pythondistribution.moc"
