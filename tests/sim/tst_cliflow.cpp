// The platform CLI's documented request sequence, replayed against the simulator by a client of
// our own (cliclient.h): discovery → token → list → info → scale (PATCH + deployment) → info.

#include "cliclient.h"
#include "platformsimulator.h"
#include "simadmin.h"

#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class TestCliFlow : public QObject
{
    Q_OBJECT

    PlatformSimulator m_sim;
    std::unique_ptr<TestSupport::SimAdmin> m_admin;

    QUrl endpoint() const
    {
        QUrl url = m_sim.apiUrl();
        url.setPath(u"/v1"_s);
        return url;
    }

private slots:
    void initTestCase()
    {
        PlatformSimulator::Options options;
        options.demo = true;
        const Status started = m_sim.start(options);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        m_admin = std::make_unique<TestSupport::SimAdmin>(m_sim.apiUrl(), m_sim.adminToken());
    }

    void init()
    {
        const Status reset = m_admin->reset();
        QVERIFY2(reset.ok(), qPrintable(reset.error()));
    }

    void theWholeSequence()
    {
        CliClient cli(endpoint());

        // setup: discovery, without credentials.
        const auto tokenUrl = cli.discoverTokenUrl();
        QVERIFY2(tokenUrl.ok(), qPrintable(tokenUrl.error()));
        QCOMPARE(*tokenUrl, QString(m_sim.apiUrl().toString() + u"/oauth2/token"_s));
        QVERIFY(cli.sent().last().authorization.isEmpty());

        // The password grant, a form with the client's own id and secret as Basic.
        const Status login = cli.login(u"alice"_s, u"wonderland-2012"_s);
        QVERIFY2(login.ok(), qPrintable(login.error()));
        const CliClient::Sent &grant = cli.sent().last();
        QCOMPARE(grant.verb, QByteArray("POST"));
        QCOMPARE(grant.contentType, QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(grant.authorization,
                 "Basic " + QByteArray("cli-replay:cli-replay-secret").toBase64());
        const QUrlQuery form(QString::fromLatin1(grant.body));
        QCOMPARE(form.queryItemValue(u"grant_type"_s), u"password"_s);
        QCOMPARE(form.queryItemValue(u"client_id"_s), u"cli-replay"_s);
        QVERIFY(!cli.refreshToken().isEmpty());

        // setup and check fetch the push key.
        const auto key = cli.privateKey();
        QVERIFY2(key.ok(), qPrintable(key.error()));
        QVERIFY(key->startsWith(u"-----BEGIN RSA PRIVATE KEY-----"_s));

        // list
        const auto apps = cli.applications();
        QVERIFY2(apps.ok(), qPrintable(apps.error()));
        QStringList names;
        for (const QJsonValue &app : *apps)
            names.append(app[u"name"_s].toString());
        QVERIFY(names.contains(u"crm"_s) && names.contains(u"shop"_s));

        // info shop www: domains read as domain["domain"].
        const auto shop = cli.info(u"shop"_s, u"www"_s);
        QVERIFY2(shop.ok(), qPrintable(shop.error()));
        QCOMPARE(shop->first(), u"domain shop.example.com"_s);

        // info crm www: three instances, all in one datacenter.
        const auto before = cli.info(u"crm"_s, u"www"_s);
        QVERIFY2(before.ok(), qPrintable(before.error()));
        QCOMPARE(before->size(), 3);
        for (const QString &line : *before)
            QVERIFY2(line.startsWith(u"Amazon-us-east-1b "_s), qPrintable(line));

        // scale crm www:instances=4 → PATCH, then the deployment.
        const auto deployment = cli.scale(u"crm"_s, u"www"_s, 4);
        QVERIFY2(deployment.ok(), qPrintable(deployment.error()));
        QCOMPARE((*deployment)[u"type"_s].toString(), u"Deployment"_s);
        const QList<CliClient::Sent> &sent = cli.sent();
        QCOMPARE(sent.at(sent.size() - 2).verb, QByteArray("PATCH"));
        QCOMPARE(sent.last().verb, QByteArray("POST"));
        QCOMPARE(sent.last().url.path(), u"/v1/me/applications/crm/deployments"_s);
        QCOMPARE(sent.last().body, QByteArray(R"({"clean":false,"revision":null})"));

        // info again: the four instances spread over the four datacenters, a host each.
        const auto after = cli.info(u"crm"_s, u"www"_s);
        QVERIFY2(after.ok(), qPrintable(after.error()));
        QCOMPARE(after->size(), 4);
        QSet<QString> zones;
        QSet<QString> hosts;
        for (const QString &line : *after) {
            zones.insert(line.section(u' ', 0, 0));
            hosts.insert(line.section(u' ', 1, 1));
        }
        QCOMPARE(zones.size(), 4);
        QCOMPARE(hosts.size(), 4);
        // The other service of the application was placed afresh too.
        const auto db = cli.info(u"crm"_s, u"db"_s);
        QCOMPARE(db->size(), 2);
        QVERIFY(db->at(0).section(u' ', 0, 0) != db->at(1).section(u' ', 0, 0));
    }

    void refreshAfterTheTokenExpired()
    {
        CliClient cli(endpoint());
        QVERIFY(cli.login(u"alice"_s, u"wonderland-2012"_s).ok());
        QVERIFY(cli.applications().ok());
        QVERIFY(m_admin->expireTokens().ok());
        const auto refused = cli.applications();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"error 401"_s), qPrintable(refused.error()));
        const Status refreshed = cli.refresh();
        QVERIFY2(refreshed.ok(), qPrintable(refreshed.error()));
        const QUrlQuery form(QString::fromLatin1(cli.sent().last().body));
        QCOMPARE(form.queryItemValue(u"grant_type"_s), u"refresh_token"_s);
        QCOMPARE(form.queryItemValue(u"client_secret"_s), u"cli-replay-secret"_s);
        QVERIFY(cli.applications().ok());
    }

    void errorsReadAsTheCliPrintsThem_data()
    {
        QTest::addColumn<QString>("app");
        QTest::addColumn<QString>("says");
        QTest::newRow("sandbox") << u"blog"_s << u"cannot be scaled"_s;
        QTest::newRow("unknown") << u"nope"_s << u"No such application: nope"_s;
    }
    void errorsReadAsTheCliPrintsThem()
    {
        QFETCH(QString, app);
        QFETCH(QString, says);
        CliClient cli(endpoint());
        QVERIFY(cli.login(u"alice"_s, u"wonderland-2012"_s).ok());
        const auto scaled = cli.scale(app, u"www"_s, 3);
        QVERIFY(!scaled.ok());
        QVERIFY2(scaled.error().contains(says), qPrintable(scaled.error()));
        QVERIFY2(scaled.error().contains(u"trace id "_s), qPrintable(scaled.error()));
    }

    void aSupportTokenCannotScale()
    {
        CliClient cli(endpoint());
        QVERIFY(cli.login(u"sam"_s, u"helpdesk-2012"_s).ok());
        const auto scaled = cli.scale(u"crm"_s, u"www"_s, 3); // sam's own: he has none
        QVERIFY(!scaled.ok());
        QVERIFY2(scaled.error().contains(u"read-only"_s), qPrintable(scaled.error()));
    }

    void aWrongPasswordIsRefused()
    {
        CliClient cli(endpoint());
        const Status login = cli.login(u"alice"_s, u"not-it"_s);
        QVERIFY(!login.ok());
        QVERIFY2(login.error().contains(u"invalid_grant"_s), qPrintable(login.error()));
    }
};

QTEST_GUILESS_MAIN(TestCliFlow)
#include "tst_cliflow.moc"
