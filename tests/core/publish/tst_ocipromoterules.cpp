// SPDX-License-Identifier: GPL-3.0-or-later
// The OCI promote step's rules without a registry: which references are tried for the source,
// what each tag's digest means, what planning refuses, and the plan's JSON round trip.
#include "expectedcheck.h"

#include "publish/ocipromotestep.h"
#include "registry/ocidistribution.h"
#include "registry/registrytarget.h"

#include <QTest>

using namespace rd;
using namespace Qt::StringLiterals;

class TestOciPromoteRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourceCandidates();
    void references();
    void tagDecisions();
    void planningRefusesBadInput_data();
    void planningRefusesBadInput();
    void planRoundTripsThroughJson();

private:
    static RegistryTarget target();
};

RegistryTarget TestOciPromoteRules::target()
{
    RegistryTarget target;
    target.type = RegistryTarget::Type::Oci;
    target.url = QUrl(u"http://127.0.0.1:5000"_s);
    target.package = u"team/app"_s;
    target.origin = u".releasedesk.yml:7"_s;
    return target;
}

void TestOciPromoteRules::sourceCandidates()
{
    const QString id = u"0123456789abcdef0123456789abcdef01234567"_s;
    QCOMPARE(OciPromoteStep::sourceCandidates(u"sha-{commit}"_s, id),
             (QStringList{u"sha-"_s + id, u"sha-0123456"_s}));
    QCOMPARE(OciPromoteStep::sourceCandidates(u"edge"_s, id), QStringList{u"edge"_s});
    QCOMPARE(OciPromoteStep::sourceCandidates(u"{commit}"_s, u"abc"_s), QStringList{u"abc"_s});
}

void TestOciPromoteRules::references()
{
    QVERIFY(OciPromoteStep::isValidTag(u"1.4.0"_s));
    QVERIFY(OciPromoteStep::isValidTag(u"latest"_s));
    QVERIFY(OciPromoteStep::isValidTag(u"_x-1.a"_s));
    QVERIFY(OciPromoteStep::isValidTag(QString(128, u'a')));
    QVERIFY(!OciPromoteStep::isValidTag(QString(129, u'a')));
    QVERIFY(!OciPromoteStep::isValidTag(u".hidden"_s));
    QVERIFY(!OciPromoteStep::isValidTag(u"-x"_s));
    QVERIFY(!OciPromoteStep::isValidTag(u"a/b"_s));
    QVERIFY(!OciPromoteStep::isValidTag(u"a:b"_s));
    QVERIFY(!OciPromoteStep::isValidTag(QString()));
    const QString digest = OciDistribution::digestOf("{}");
    QCOMPARE(digest, u"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"_s);
    QVERIFY(OciPromoteStep::isValidReference(digest));
    QVERIFY(!OciPromoteStep::isValidTag(digest));
    QVERIFY(!OciPromoteStep::isValidReference(u"sha256:abc"_s));
    QVERIFY(!OciPromoteStep::isValidReference(digest.toUpper()));
}

void TestOciPromoteRules::tagDecisions()
{
    using Action = OciPromoteStep::TagAction;
    const QString source = u"sha256:aa"_s;
    const QString other = u"sha256:bb"_s;
    QCOMPARE(OciPromoteStep::decide(std::nullopt, source, true), Action::Put);
    QCOMPARE(OciPromoteStep::decide(std::nullopt, source, false), Action::Put);
    QCOMPARE(OciPromoteStep::decide(source, source, true), Action::Done);
    QCOMPARE(OciPromoteStep::decide(source, source, false), Action::Done);
    QCOMPARE(OciPromoteStep::decide(other, source, true), Action::Conflict); // never moved
    QCOMPARE(OciPromoteStep::decide(other, source, false), Action::Put);     // floats
}

void TestOciPromoteRules::planningRefusesBadInput_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("versionTag");
    QTest::addColumn<QString>("named"); // what the message must name
    const QString url = u"http://127.0.0.1:5000"_s;
    const QStringList tags{u"1.4.0"_s, u"latest"_s};
    QTest::newRow("npm target") << int(RegistryTarget::Type::Npm) << url << u"edge"_s << tags
                                << u"1.4.0"_s << u"not an OCI registry"_s;
    QTest::newRow("no address") << int(RegistryTarget::Type::Oci) << QString() << u"edge"_s << tags
                                << u"1.4.0"_s << u"address"_s;
    QTest::newRow("ftp address") << int(RegistryTarget::Type::Oci) << u"ftp://h/"_s << u"edge"_s
                                 << tags << u"1.4.0"_s << u"address"_s;
    QTest::newRow("other placeholder")
            << int(RegistryTarget::Type::Oci) << url << u"sha-{version}"_s << tags << u"1.4.0"_s
            << u"sha-{version}"_s;
    QTest::newRow("short digest") << int(RegistryTarget::Type::Oci) << url << u"sha256:12"_s << tags
                                  << u"1.4.0"_s << u"sha256:12"_s;
    QTest::newRow("no tags") << int(RegistryTarget::Type::Oci) << url << u"edge"_s << QStringList()
                             << u"1.4.0"_s << u"No tags"_s;
    QTest::newRow("bad tag") << int(RegistryTarget::Type::Oci) << url << u"edge"_s
                             << QStringList{u"1.4.0"_s, u"v 1"_s} << u"1.4.0"_s << u"\"v 1\""_s;
    QTest::newRow("tag twice") << int(RegistryTarget::Type::Oci) << url << u"edge"_s
                               << QStringList{u"1.4.0"_s, u"latest"_s, u"latest"_s} << u"1.4.0"_s
                               << u"\"latest\""_s;
    QTest::newRow("version tag not listed") << int(RegistryTarget::Type::Oci) << url << u"edge"_s
                                            << tags << u"1.4"_s << u"\"1.4\""_s;
}

void TestOciPromoteRules::planningRefusesBadInput()
{
    QFETCH(int, type);
    QFETCH(QString, url);
    QFETCH(QString, source);
    QFETCH(QStringList, tags);
    QFETCH(QString, versionTag);
    QFETCH(QString, named);
    RegistryTarget oci = target();
    oci.type = RegistryTarget::Type(type);
    oci.url = QUrl(url);
    auto step = OciPromoteStep::plan(oci, source, tags, versionTag);
    QVERIFY(!step);
    QCOMPARE(step.error().code, errc::badPlan.toString());
    QVERIFY2(step.error().message.contains(named), qPrintable(step.error().message));
    QCOMPARE(step.error().source, u".releasedesk.yml:7"_s);
}

void TestOciPromoteRules::planRoundTripsThroughJson()
{
    auto step = OciPromoteStep::plan(target(),
                                     u"sha-{commit}"_s,
                                     {u"1.4.0"_s, u"1.4"_s, u"1"_s, u"latest"_s},
                                     u"1.4.0"_s,
                                     u"v1.4.0"_s);
    RD_VERIFY_OK(step);
    QCOMPARE((*step)->id(), u"publish-oci:team/app"_s);
    QVERIFY((*step)->changesRemote());
    auto back = OciPromoteStep::fromJson((*step)->toJson());
    RD_VERIFY_OK(back);
    QCOMPARE((*back)->toJson(), (*step)->toJson());
    const auto &data = static_cast<OciPromoteStep &>(**back).data();
    QCOMPARE(data.releaseTag, u"v1.4.0"_s);
    QCOMPARE(data.sourceTimeoutMs, 0);
    QCOMPARE(data.tags.size(), 4);
    QVERIFY((*step)->details().contains(u"sha-{commit}"));

    QJsonObject broken = (*step)->toJson();
    broken.insert(u"version-tag"_s, u"2.0.0"_s);
    QVERIFY(!OciPromoteStep::fromJson(broken));
}

QTEST_GUILESS_MAIN(TestOciPromoteRules)
#include "tst_ocipromoterules.moc"
