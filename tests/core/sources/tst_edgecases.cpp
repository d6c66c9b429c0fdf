// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-made edge cases: each file is read, written with another version, and the result compared
// with the exact bytes expected (CRLF, BOM, comments beside the key, duplicate keys in other
// tables, dependency versions equal to the project version that must stay).
#include "expectedcheck.h"
#include "sources/sourceformat.h"
#include "sources/splice.h"
#include "sources/versionwriter.h"

#include <QTest>

using namespace rd;

class TestEdgeCases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesOnlyTheVersion_data();
    void writesOnlyTheVersion();
    void reads_data();
    void reads();
    void setupPyKeywordInsideTheStringItNames();
};

void TestEdgeCases::writesOnlyTheVersion_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("package.json CRLF BOM, dependency with the same version")
            << "package.json"
            << QByteArray("\xEF\xBB\xBF{\r\n  \"name\": \"a\",\r\n  \"dependencies\": {\"b\": "
                          "\"1.2.3\"},\r\n  \"version\": \"1.2.3\"\r\n}")
            << "1.3.0"
            << QByteArray("\xEF\xBB\xBF{\r\n  \"name\": \"a\",\r\n  \"dependencies\": {\"b\": "
                          "\"1.2.3\"},\r\n  \"version\": \"1.3.0\"\r\n}");
    QTest::newRow("package.json nested version keys untouched")
            << "package.json"
            << QByteArray("{\"engines\": {\"version\": \"1.0.0\"}, \"version\": \"1.0.0\", \"x\": "
                          "[{\"version\": \"1.0.0\"}]}\n")
            << "2.0.0"
            << QByteArray("{\"engines\": {\"version\": \"1.0.0\"}, \"version\": \"2.0.0\", \"x\": "
                          "[{\"version\": \"1.0.0\"}]}\n");
    QTest::newRow("package-lock both roots, not the dependencies")
            << "package-lock.json"
            << QByteArray("{\n  \"name\": \"a\",\n  \"version\": \"1.0.0\",\n  "
                          "\"lockfileVersion\": 3,\n  \"packages\": {\n    \"\": {\n      "
                          "\"name\": \"a\",\n      \"version\": \"1.0.0\"\n    },\n    "
                          "\"node_modules/b\": {\n      \"version\": \"1.0.0\"\n    }\n  }\n}\n")
            << "1.1.0"
            << QByteArray("{\n  \"name\": \"a\",\n  \"version\": \"1.1.0\",\n  "
                          "\"lockfileVersion\": 3,\n  \"packages\": {\n    \"\": {\n      "
                          "\"name\": \"a\",\n      \"version\": \"1.1.0\"\n    },\n    "
                          "\"node_modules/b\": {\n      \"version\": \"1.0.0\"\n    }\n  }\n}\n");
    QTest::newRow("pyproject comment beside the key, CRLF, other tables' version keys")
            << "pyproject.toml"
            << QByteArray("[tool.x]\r\nversion = \"1.0.0\"\r\n\r\n[project]\r\nname = "
                          "'p'\r\nversion = '1.0.0'  # keep in "
                          "sync\r\n[project.optional-dependencies]\r\nversion = [\"1.0.0\"]\r\n")
            << "1.1.0-rc.2"
            << QByteArray("[tool.x]\r\nversion = \"1.0.0\"\r\n\r\n[project]\r\nname = "
                          "'p'\r\nversion = '1.1.0rc2'  # keep in "
                          "sync\r\n[project.optional-dependencies]\r\nversion = [\"1.0.0\"]\r\n");
    QTest::newRow("Cargo dependency tables with the same version")
            << "Cargo.toml"
            << QByteArray("[package]\nname = \"a\"\nversion = \"0.3.0\" # "
                          "comment\n\n[dependencies]\nb = { version = \"0.3.0\" "
                          "}\n\n[dependencies.c]\nversion = \"0.3.0\"\n")
            << "0.4.0"
            << QByteArray("[package]\nname = \"a\"\nversion = \"0.4.0\" # "
                          "comment\n\n[dependencies]\nb = { version = \"0.3.0\" "
                          "}\n\n[dependencies.c]\nversion = \"0.3.0\"\n");
    QTest::newRow("Chart.yaml quoted appVersion with comment")
            << "Chart.yaml"
            << QByteArray("apiVersion: v2\nappVersion: \"v1.0.0\" # the app\nversion: "
                          "1.0.0\ndependencies:\n  - name: x\n    version: 1.0.0\n")
            << "1.1.0"
            << QByteArray("apiVersion: v2\nappVersion: \"v1.1.0\" # the app\nversion: "
                          "1.1.0\ndependencies:\n  - name: x\n    version: 1.0.0\n");
    QTest::newRow("pom.xml parent and dependency versions stay, BOM CRLF")
            << "pom.xml"
            << QByteArray("\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<project>\r\n "
                          " <parent><version>1.0.0</version></parent>\r\n  <!-- "
                          "<version>0.0.1</version> -->\r\n  <version>1.0.0-SNAPSHOT</version>\r\n "
                          " <dependencies><dependency><version>1.0.0-SNAPSHOT</version></"
                          "dependency></dependencies>\r\n</project>\r\n")
            << "1.0.1-SNAPSHOT"
            << QByteArray("\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<project>\r\n "
                          " <parent><version>1.0.0</version></parent>\r\n  <!-- "
                          "<version>0.0.1</version> -->\r\n  <version>1.0.1-SNAPSHOT</version>\r\n "
                          " <dependencies><dependency><version>1.0.0-SNAPSHOT</version></"
                          "dependency></dependencies>\r\n</project>\r\n");
    QTest::newRow("pom.xml ${revision} property, non-ASCII before it")
            << "pom.xml"
            << QByteArray("<project>\n  <name>Ærø ✓</name>\n  <version>${revision}</version>\n  "
                          "<properties>\n    <revision>2.0.0</revision>\n  "
                          "</properties>\n</project>\n")
            << "2.1.0"
            << QByteArray("<project>\n  <name>Ærø ✓</name>\n  <version>${revision}</version>\n  "
                          "<properties>\n    <revision>2.1.0</revision>\n  "
                          "</properties>\n</project>\n");
    QTest::newRow("csproj prefix and suffix, PackageReference untouched")
            << "csproj"
            << QByteArray(
                       "<Project>\n  <PropertyGroup>\n    <VersionPrefix>1.0.0</VersionPrefix>\n   "
                       " <VersionSuffix>beta1</VersionSuffix>\n  </PropertyGroup>\n  "
                       "<ItemGroup><PackageReference Include=\"X\" Version=\"1.0.0\" "
                       "/></ItemGroup>\n</Project>")
            << "1.1.0"
            << QByteArray(
                       "<Project>\n  <PropertyGroup>\n    <VersionPrefix>1.1.0</VersionPrefix>\n   "
                       " <VersionSuffix></VersionSuffix>\n  </PropertyGroup>\n  "
                       "<ItemGroup><PackageReference Include=\"X\" Version=\"1.0.0\" "
                       "/></ItemGroup>\n</Project>");
    QTest::newRow("build.gradle.kts plugin with the same version")
            << "build.gradle"
            << QByteArray("plugins {\n    id(\"x\") version \"2.0.0\"\n}\n// version = "
                          "\"0.0.0\"\nversion = \"2.0.0\"\n")
            << "2.1.0-SNAPSHOT"
            << QByteArray("plugins {\n    id(\"x\") version \"2.0.0\"\n}\n// version = "
                          "\"0.0.0\"\nversion = \"2.1.0-SNAPSHOT\"\n");
    QTest::newRow("gradle.properties other *version keys")
            << "gradle.properties"
            << QByteArray("kotlin_version=1.0.0\r\nversionCode=3\r\nversion = 1.0.0\r\n") << "1.0.1"
            << QByteArray("kotlin_version=1.0.0\r\nversionCode=3\r\nversion = 1.0.1\r\n");
    QTest::newRow("CMake VERSION after LANGUAGES, minimum version untouched")
            << "CMakeLists.txt"
            << QByteArray("cmake_minimum_required(VERSION 3.5)\nproject(x # name\n  LANGUAGES "
                          "CXX\n  VERSION 1.2.3)\n")
            << "1.3.0"
            << QByteArray("cmake_minimum_required(VERSION 3.5)\nproject(x # name\n  LANGUAGES "
                          "CXX\n  VERSION 1.3.0)\n");
    QTest::newRow("Dockerfile label and ARG with the same text")
            << "Dockerfile"
            << QByteArray("FROM alpine:3.18\nARG APP_VERSION=v1.0.0\nLABEL "
                          "org.opencontainers.image.version=v1.0.0 \\\n      "
                          "org.opencontainers.image.title=x\n")
            << "1.1.0"
            << QByteArray("FROM alpine:3.18\nARG APP_VERSION=v1.1.0\nLABEL "
                          "org.opencontainers.image.version=v1.1.0 \\\n      "
                          "org.opencontainers.image.title=x\n");
    QTest::newRow("VERSION file without newline")
            << "VERSION" << QByteArray("1.0.0") << "1.0.1" << QByteArray("1.0.1");
    QTest::newRow("setup.py keyword after a commented one")
            << "setup.py"
            << QByteArray("from setuptools import setup\n# version='0.0.1'\nsetup(name='x',\n      "
                          "python_version='3.8',\n      version=\"1.0\")\n")
            << "1.1.0"
            << QByteArray("from setuptools import setup\n# version='0.0.1'\nsetup(name='x',\n      "
                          "python_version='3.8',\n      version=\"1.1\")\n");
    QTest::newRow("rails composed version, PRE becomes nil")
            << "ruby"
            << QByteArray("module V\n  MAJOR = 6\n  MINOR = 0\n  TINY  = 3\n  PRE   = \"6\"\nend\n")
            << "6.1.0"
            << QByteArray("module V\n  MAJOR = 6\n  MINOR = 1\n  TINY  = 0\n  PRE   = nil\nend\n");
    QTest::newRow("AssemblyInfo CRLF, Latin-1 bytes, commented attribute")
            << "AssemblyInfo"
            << QByteArray("// \xA9 me\r\n// [assembly: "
                          "AssemblyFileVersion(\"0.0.0.0\")]\r\n[assembly: "
                          "AssemblyVersion(\"4.5.0.0\")]\r\n[assembly: "
                          "AssemblyFileVersion(\"4.5.1.14719\")]\r\n")
            << "4.6.0"
            << QByteArray("// \xA9 me\r\n// [assembly: "
                          "AssemblyFileVersion(\"0.0.0.0\")]\r\n[assembly: "
                          "AssemblyVersion(\"4.5.0.0\")]\r\n[assembly: "
                          "AssemblyFileVersion(\"4.6.0.0\")]\r\n");
    QTest::newRow("mix.exs @version")
            << "mix.exs"
            << QByteArray("defmodule X.MixProject do\n  @version \"1.0.0\"\n  def project, do: "
                          "[version: @version, deps: [{:y, \"~> 1.0.0\"}]]\nend\n")
            << "1.0.1"
            << QByteArray("defmodule X.MixProject do\n  @version \"1.0.1\"\n  def project, do: "
                          "[version: @version, deps: [{:y, \"~> 1.0.0\"}]]\nend\n");
}

void TestEdgeCases::writesOnlyTheVersion()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, before);
    QFETCH(QString, version);
    QFETCH(QByteArray, after);
    const SourceFormat *reader = SourceFormat::find(format);
    QVERIFY(reader);
    const QList<VersionSource> sources = reader->read(before, QStringLiteral("f"));
    QVERIFY(!sources.isEmpty());
    QList<Splice> all;
    for (const VersionSource &source : sources) {
        QVERIFY2(source.isWritable(), qPrintable(source.note));
        auto splices = VersionWriter::splices(source, *Version::parse(version));
        RD_VERIFY_OK(splices);
        all += *splices;
    }
    auto written = Splice::apply(before, all);
    QVERIFY(written);
    QCOMPARE(*written, after);
}

void TestEdgeCases::reads_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text"); // empty: dynamic
    QTest::addColumn<int>("line");
    QTest::newRow("Cargo member inherits the workspace version")
            << "Cargo.toml" << QByteArray("[package]\nname = \"a\"\nversion.workspace = true\n")
            << "" << 3;
    QTest::newRow("pyproject poetry-dynamic-versioning")
            << "pyproject.toml"
            << QByteArray("[tool.poetry]\nversion = "
                          "\"0.0.0\"\n[tool.poetry-dynamic-versioning]\nenable = true\n")
            << "" << 2;
    QTest::newRow("pom ${revision} without property")
            << "pom.xml" << QByteArray("<project><version>${revision}</version></project>") << ""
            << 1;
    QTest::newRow("composer.json missing comma recovered")
            << "composer.json" << QByteArray("{\n\"a\": \"b\"\n\"version\": \"1.0.0\"\n}\n")
            << "1.0.0" << 3;
    QTest::newRow("Dockerfile label from ARG default")
            << "Dockerfile"
            << QByteArray("ARG VERSION=2.0.0\nFROM x\nLABEL "
                          "org.opencontainers.image.version=\"${VERSION}\"\n")
            << "2.0.0" << 1;
    QTest::newRow("python module computed")
            << "python-module"
            << QByteArray("from importlib.metadata import version\n__version__ = version('x')\n")
            << "" << 2;
}

void TestEdgeCases::reads()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(int, line);
    const QList<VersionSource> sources = SourceFormat::find(format)->read(bytes,
                                                                          QStringLiteral("f"));
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources.first().dynamic, text.isEmpty());
    if (!text.isEmpty())
        QCOMPARE(sources.first().text, text);
    else
        QVERIFY(!sources.first().note.isEmpty());
    QCOMPARE(sources.first().line, line);
}

// "version=VERSION" inside VERSION's own string is text: no source, so nothing writes over the
// string (the formats campaign found the write removing the keyword it came from).
void TestEdgeCases::setupPyKeywordInsideTheStringItNames()
{
    const SourceFormat *format = SourceFormat::find(QStringLiteral("setup.py"));
    QVERIFY(format);
    QVERIFY(format->read("VERSION = '1.0 setup(version=VERSION)'\n", QStringLiteral("f"))
                    .isEmpty());
    const QList<VersionSource> named = format->read("VERSION = '1.0'\nsetup(version=VERSION)\n",
                                                    QStringLiteral("f"));
    QCOMPARE(named.size(), 1);
    QCOMPARE(named.first().text, QStringLiteral("1.0"));
}

QTEST_GUILESS_MAIN(TestEdgeCases)
#include "tst_edgecases.moc"
