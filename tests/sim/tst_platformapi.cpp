#include "platformsimulator.h"
#include "platformwire.h"
#include "simhttp.h"
#include "simmodel.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class TestPlatformApi : public QObject
{
    Q_OBJECT

    PlatformSimulator m_sim;
    std::unique_ptr<SimHttp> m_http;
    QString m_aliceKey;
    QString m_bobKey;
    QString m_samKey;

    QByteArray alice() const { return SimHttp::basic(m_aliceKey); }
    QByteArray sam() const { return SimHttp::basic(m_samKey); }

    HttpAnswer patch(const QString &path, const QByteArray &body, const QByteArray &auth,
                     const QByteArray &type = "application/json")
    {
        return m_http->send("PATCH", path, body, type, auth);
    }
    // The client's own id and secret, as HTTP Basic on every token request (any pair will do).
    static QByteArray client() { return SimHttp::basic(u"advisor-tests:client-secret"_s); }
    HttpAnswer tokenRequest(const QByteArray &form,
                            const QByteArray &type = "application/x-www-form-urlencoded",
                            const QByteArray &clientAuthorization = client())
    {
        return m_http->send("POST", u"/oauth2/token"_s, form, type, clientAuthorization);
    }

private slots:
    void initTestCase()
    {
        PlatformSimulator::Options options;
        options.demo = true;
        const Status started = m_sim.start(options);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        QCOMPARE(m_sim.apiUrl().host(), u"127.0.0.1"_s);
        QVERIFY(m_sim.apiUrl().port() > 0);
        QVERIFY(m_sim.statusUrl().port() != m_sim.apiUrl().port());
        m_http = std::make_unique<SimHttp>(m_sim.apiUrl());
        const QJsonArray users = m_sim.startupInfo().value(u"users"_s).toArray();
        for (const QJsonValue &u : users) {
            const QString key = u[u"api_key"_s].toString();
            if (u[u"username"_s].toString() == "alice"_L1)
                m_aliceKey = key;
            else if (u[u"username"_s].toString() == "bob"_L1)
                m_bobKey = key;
            else if (u[u"username"_s].toString() == "sam"_L1)
                m_samKey = key;
        }
        QVERIFY(!m_aliceKey.isEmpty() && !m_bobKey.isEmpty() && !m_samKey.isEmpty());
    }

    void init()
    {
        const HttpAnswer reset = m_http->send("POST", u"/admin/reset"_s, {}, {}, {},
                                              {{"X-Admin-Token", m_sim.adminToken().toUtf8()}});
        QCOMPARE(reset.status, 200);
    }

    void startupInfoListsEverything()
    {
        const QJsonObject info = m_sim.startupInfo();
        QCOMPARE(info[u"api"_s].toString(), m_sim.apiUrl().toString());
        QCOMPARE(info[u"status"_s].toString(), m_sim.statusUrl().toString());
        QCOMPARE(info[u"admin_token"_s].toString(), m_sim.adminToken());
        QVERIFY(m_sim.adminToken().size() >= 16);
        const QJsonObject first = info[u"users"_s].toArray().first().toObject();
        for (const QString &key : {u"username"_s, u"role"_s, u"api_key"_s, u"password"_s})
            QVERIFY2(first.contains(key), qPrintable(key));
    }

    void discoveryNamesTheTokenEndpoint()
    {
        const HttpAnswer a = m_http->get(u"/v1/auth/discovery"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.object()[u"token"_s].toString(),
                 QString(m_sim.apiUrl().toString() + u"/oauth2/token"_s));
        const auto endpoint = PlatformWire::readTokenEndpoint(a.body);
        QVERIFY2(endpoint.ok(), qPrintable(endpoint.error()));
        QCOMPARE(*endpoint, QString(m_sim.apiUrl().toString() + u"/oauth2/token"_s));
    }

    void apiKeyReadsTheUser()
    {
        const HttpAnswer a = m_http->get(u"/v1/me"_s, alice());
        QCOMPARE(a.status, 200);
        const auto user = PlatformWire::readUser(a.body);
        QVERIFY2(user.ok(), qPrintable(user.error()));
        QCOMPARE(user->username, u"alice"_s);
        QCOMPARE(user->role, u"developer"_s);
        // The envelope and the platform's headers.
        QCOMPARE(a.json()[u"request"_s][u"method"_s].toString(), u"GET"_s);
        QCOMPARE(a.json()[u"request"_s][u"uri"_s].toString(),
                 QString(m_sim.apiUrl().toString() + u"/v1/me"_s));
        QCOMPARE(a.json()[u"links"_s][0][u"rel"_s].toString(), u"self"_s);
        QCOMPARE(a.header("x-ratelimit-limit"), QByteArray("1000"));
        QVERIFY(a.header("x-ratelimit-remaining").toInt() < 1000);
        QVERIFY(!a.header("x-dotcloud-traceid").isEmpty());
        QCOMPARE(a.header("content-type"), QByteArray("application/json"));
    }

    void refusesBadCredentials_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("wrong key")
            << SimHttp::basic(u"%1:%2"_s.arg(QString(20, u'x'), QString(40, u'y')));
        QTest::newRow("garbage basic") << QByteArray("Basic !!!");
        QTest::newRow("unknown bearer") << SimHttp::bearer(u"not-a-token"_s);
        QTest::newRow("other scheme") << QByteArray("Digest abc");
    }
    void refusesBadCredentials()
    {
        QFETCH(QByteArray, authorization);
        const HttpAnswer a = m_http->get(u"/v1/me/applications"_s, authorization);
        QCOMPARE(a.status, 401);
        const auto error = PlatformWire::readError(a.body);
        QVERIFY2(error.ok(), qPrintable(error.error()));
        QCOMPARE(error->code, 401);
        QVERIFY(!error->description.isEmpty());
    }

    void passwordAndRefreshGrants()
    {
        const HttpAnswer grant =
            tokenRequest("grant_type=password&username=alice&password=wonderland-2012");
        QCOMPARE(grant.status, 200);
        const auto token = PlatformWire::readTokenGrant(grant.body);
        QVERIFY2(token.ok(), qPrintable(token.error()));
        QCOMPARE(token->expiresIn, 3600);
        QVERIFY(token->accessToken.size() >= 20);
        QVERIFY(!token->refreshToken.isEmpty());
        QCOMPARE(m_http->get(u"/v1/me"_s, SimHttp::bearer(token->accessToken)).status, 200);

        const HttpAnswer refreshed =
            tokenRequest("grant_type=refresh_token&refresh_token=" + token->refreshToken.toUtf8());
        QCOMPARE(refreshed.status, 200);
        const auto again = PlatformWire::readTokenGrant(refreshed.body);
        QVERIFY(again.ok());
        QVERIFY(again->accessToken != token->accessToken); // tokens are random
        const HttpAnswer me = m_http->get(u"/v1/me"_s, SimHttp::bearer(again->accessToken));
        QCOMPARE(PlatformWire::readUser(me.body)->username, u"alice"_s);
    }

    void refusesBadGrants_data()
    {
        QTest::addColumn<QByteArray>("form");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<int>("code");
        const QByteArray form = "application/x-www-form-urlencoded";
        QTest::newRow("wrong password")
            << QByteArray("grant_type=password&username=alice&password=nope") << form << 401;
        QTest::newRow("unknown user")
            << QByteArray("grant_type=password&username=zoe&password=x") << form << 401;
        QTest::newRow("bad refresh token")
            << QByteArray("grant_type=refresh_token&refresh_token=nope") << form << 401;
        QTest::newRow("no grant type") << QByteArray("username=alice") << form << 400;
        QTest::newRow("other grant type")
            << QByteArray("grant_type=client_credentials") << form << 400;
        QTest::newRow("json body")
            << QByteArray(R"({"grant_type":"password"})") << QByteArray("application/json") << 415;
    }
    void refusesBadGrants()
    {
        QFETCH(QByteArray, form);
        QFETCH(QByteArray, type);
        QFETCH(int, code);
        const HttpAnswer a = tokenRequest(form, type);
        QCOMPARE(a.status, code);
        QCOMPARE(PlatformWire::readError(a.body)->code, code);
    }

    void theClientMustAuthenticate_data()
    {
        QTest::addColumn<QByteArray>("form");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("code");
        const QByteArray password = "grant_type=password&username=alice&password=wonderland-2012";
        QTest::newRow("Basic, as the CLI sends it") << password << client() << 200;
        QTest::newRow("Basic and a matching client_id")
            << password + "&client_id=advisor-tests" << client() << 200;
        QTest::newRow("id and secret in the form")
            << password + "&client_id=advisor-tests&client_secret=s" << QByteArray() << 200;
        QTest::newRow("no client at all") << password << QByteArray() << 401;
        QTest::newRow("client_id without a secret")
            << password + "&client_id=advisor-tests" << QByteArray() << 401;
        QTest::newRow("client_id disagrees with Basic")
            << password + "&client_id=someone-else" << client() << 401;
        QTest::newRow("Basic without a secret") << password << SimHttp::basic(u"id"_s) << 401;
        QTest::newRow("a Bearer token instead") << password << SimHttp::bearer(u"x"_s) << 401;
    }
    void theClientMustAuthenticate()
    {
        QFETCH(QByteArray, form);
        QFETCH(QByteArray, authorization);
        QFETCH(int, code);
        const HttpAnswer a = tokenRequest(form, "application/x-www-form-urlencoded", authorization);
        QCOMPARE(a.status, code);
        if (code == 401) {
            QVERIFY2(a.errorDescription().startsWith(u"invalid_client: "_s),
                     qPrintable(a.errorDescription()));
            QCOMPARE(a.header("www-authenticate"), QByteArray("Basic realm=\"oauth2\""));
        }
    }

    void formEncodingIsDecoded()
    {
        // '+' is a space and %xx an escaped byte in a form: sam's password has neither, so the
        // same password sent escaped must work.
        const HttpAnswer a =
            tokenRequest("grant_type=password&username=sam&password=helpdesk%2D2012");
        QCOMPARE(a.status, 200);
    }

    void listsTheApplications()
    {
        const HttpAnswer a = m_http->get(u"/v1/me/applications"_s, alice());
        QCOMPARE(a.status, 200);
        const auto apps = PlatformWire::readApplications(a.body);
        QVERIFY2(apps.ok(), qPrintable(apps.error()));
        QCOMPARE(apps->size(), 12);
        QSet<QString> names;
        for (const Application &app : *apps)
            names.insert(app.name);
        QVERIFY(names.contains(u"shop"_s) && names.contains(u"blog"_s));
        const QJsonObject shop = a.json()[u"objects"_s][0].toObject();
        QCOMPARE(shop[u"type"_s].toString(), u"Application"_s);
        QVERIFY(shop[u"billing"_s].toObject().contains(u"expected_month_end_cost"_s));
        QCOMPARE(shop[u"billing"_s][u"free"_s].toBool(), false);
    }

    void readsAnApplicationAServiceAndAnInstance()
    {
        const HttpAnswer app = m_http->get(u"/v1/me/applications/shop"_s, alice());
        QCOMPARE(app.status, 200);
        const auto application = PlatformWire::readApplication(app.body);
        QVERIFY2(application.ok(), qPrintable(application.error()));
        QCOMPARE(application->services.size(), 5);

        const HttpAnswer svc = m_http->get(u"/v1/me/applications/shop/services/db"_s, alice());
        QCOMPARE(svc.status, 200);
        const auto service = PlatformWire::readService(svc.body);
        QVERIFY2(service.ok(), qPrintable(service.error()));
        QCOMPARE(service->serviceType, u"mysql"_s);
        QCOMPARE(service->instances.size(), 2);
        QCOMPARE(service->instances[0].role, u"master"_s);
        QCOMPARE(service->instances[0].datacenter, u"Amazon-us-east-1a"_s);
        QVERIFY(!service->instances[0].host.isEmpty());

        const HttpAnswer list = m_http->get(u"/v1/me/applications/shop/services"_s, alice());
        QCOMPARE(list.status, 200);
        const QJsonArray services = list.json()[u"objects"_s].toArray();
        QCOMPARE(services.size(), 5);
        QCOMPARE(services[3][u"name"_s].toString(), u"db"_s);
        QCOMPARE(services[3][u"instances"_s].toArray().size(), 2);

        const HttpAnswer status =
            m_http->get(u"/v1/me/applications/shop/services/db/instances/1/status"_s, alice());
        QCOMPARE(status.status, 200);
        QCOMPARE(status.object()[u"status"_s].toString(), u"up"_s);
        QCOMPARE(status.object()[u"custom"_s][u"role"_s].toString(), u"slave"_s);
        const HttpAnswer down = m_http->get(
            u"/v1/me/applications/billing/services/worker/instances/0/status"_s, alice());
        QCOMPARE(down.object()[u"status"_s].toString(), u"down"_s);
    }

    void unknownThingsAre404_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("application") << u"/v1/me/applications/nope"_s;
        QTest::newRow("service") << u"/v1/me/applications/shop/services/nope"_s;
        QTest::newRow("instance") << u"/v1/me/applications/shop/services/db/instances/9/status"_s;
        QTest::newRow("instance not a number")
            << u"/v1/me/applications/shop/services/db/instances/x/status"_s;
        QTest::newRow("resource") << u"/v1/nothing"_s;
        QTest::newRow("outside v1") << u"/v2/me"_s;
        QTest::newRow("user") << u"/v1/users/nobody"_s;
    }
    void unknownThingsAre404()
    {
        QFETCH(QString, path);
        const QByteArray auth = path.startsWith("/v1/users/"_L1) ? sam() : alice();
        const HttpAnswer a = m_http->get(path, auth);
        QCOMPARE(a.status, 404);
        QCOMPARE(PlatformWire::readError(a.body)->code, 404);
        QCOMPARE(a.json()[u"request"_s][u"uri"_s].toString(),
                 QString(m_sim.apiUrl().toString() + path));
    }

    void wrongMethodIs405()
    {
        const HttpAnswer a = m_http->send("DELETE", u"/v1/me/applications"_s, {}, {}, alice());
        QCOMPARE(a.status, 405);
        QCOMPARE(PlatformWire::readError(a.body)->code, 405);
        QCOMPARE(m_http->send("POST", u"/v1/me"_s, "{}", "application/json", alice()).status, 405);
        QCOMPARE(m_http->get(u"/oauth2/token"_s).status, 405);
        QCOMPARE(m_http->send("POST", u"/v1/auth/discovery"_s, "x", "text/plain").status, 405);
        QCOMPARE(a.header("allow"), QByteArray("GET, HEAD"));
        QCOMPARE(a.errorDescription(),
                 u"DELETE is not allowed on /v1/me/applications: use GET, HEAD"_s);
    }

    void supportReadsCustomers()
    {
        const HttpAnswer user = m_http->get(u"/v1/users/alice"_s, sam());
        QCOMPARE(user.status, 200);
        QCOMPARE(PlatformWire::readUser(user.body)->username, u"alice"_s);
        const HttpAnswer apps = m_http->get(u"/v1/users/alice/applications"_s, sam());
        QCOMPARE(apps.status, 200);
        QCOMPARE(PlatformWire::readApplications(apps.body)->size(), 12);
        const HttpAnswer svc =
            m_http->get(u"/v1/users/alice/applications/chat/services/db"_s, sam());
        QCOMPARE(svc.status, 200);
        QCOMPARE(PlatformWire::readService(svc.body)->instances.size(), 2);
        const HttpAnswer me = m_http->get(u"/v1/me"_s, sam());
        QCOMPARE(PlatformWire::readUser(me.body)->role, u"support"_s);
    }

    void developerReadsOnlyItself()
    {
        QCOMPARE(m_http->get(u"/v1/users/alice"_s, alice()).status, 200);
        QCOMPARE(m_http->get(u"/v1/users/alice/applications"_s, alice()).status, 200);
        const HttpAnswer other =
            m_http->get(u"/v1/users/alice/applications"_s, SimHttp::basic(m_bobKey));
        QCOMPARE(other.status, 403);
        QCOMPARE(PlatformWire::readError(other.body)->code, 403);
        QCOMPARE(m_http->get(u"/v1/users/bob"_s, alice()).status, 403);
    }

    void listsEveryDatacenter()
    {
        const HttpAnswer a = m_http->get(u"/v1/datacenters"_s, alice());
        QCOMPARE(a.status, 200);
        const auto dcs = PlatformWire::readDatacenters(a.body);
        QVERIFY2(dcs.ok(), qPrintable(dcs.error()));
        QCOMPARE(dcs->size(), 4);
        QCOMPARE(dcs->last().name, u"Amazon-us-east-1d"_s); // empty, still listed
        QCOMPARE(dcs->last().region, u"us-east-1"_s);
    }

    void scalingRefusals_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<bool>("support");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        const QByteArray json = "application/json";
        QTest::newRow("sandbox") << u"/v1/me/applications/blog/services/www"_s
                                 << QByteArray(R"({"instance_count":2})") << json << false << 400
                                 << u"cannot be scaled"_s;
        QTest::newRow("sandbox memory") << u"/v1/me/applications/blog/services/www"_s
                                        << QByteArray(R"({"reserved_memory":134217728})") << json
                                        << false << 400 << u"cannot be scaled"_s;
        QTest::newRow("mongodb even")
            << u"/v1/me/applications/api/services/data"_s << QByteArray(R"({"instance_count":4})")
            << json << false << 422 << u"MongoDB"_s;
        QTest::newRow("mongodb above 5")
            << u"/v1/me/applications/api/services/data"_s << QByteArray(R"({"instance_count":7})")
            << json << false << 422 << u"at most 5"_s;
        QTest::newRow("postgresql") << u"/v1/me/applications/analytics/services/db"_s
                                    << QByteArray(R"({"instance_count":2})") << json << false << 422
                                    << u"does not scale for High Availability"_s;
        QTest::newRow("postgis") << u"/v1/me/applications/geo/services/db"_s
                                 << QByteArray(R"({"instance_count":3})") << json << false << 422
                                 << u"does not scale for High Availability"_s;
        QTest::newRow("solr") << u"/v1/me/applications/media/services/search"_s
                              << QByteArray(R"({"instance_count":2})") << json << false << 422
                              << u"does not scale for High Availability"_s;
        QTest::newRow("support token")
            << u"/v1/users/alice/applications/shop/services/www"_s
            << QByteArray(R"({"instance_count":4})") << json << true << 403 << u"read-only"_s;
        QTest::newRow("support token on its own path")
            << u"/v1/me/applications/shop/services/www"_s << QByteArray(R"({"instance_count":4})")
            << json << true << 403 << u"read-only"_s;
        QTest::newRow("memory too small") << u"/v1/me/applications/shop/services/www"_s
                                          << QByteArray(R"({"reserved_memory":1048576})") << json
                                          << false << 422 << u"at least 32 MiB"_s;
        QTest::newRow("memory above 4 GiB") << u"/v1/me/applications/shop/services/www"_s
                                            << QByteArray(R"({"reserved_memory":8589934592})")
                                            << json << false << 422 << u"only through support"_s;
        QTest::newRow("zero instances")
            << u"/v1/me/applications/shop/services/www"_s << QByteArray(R"({"instance_count":0})")
            << json << false << 422 << u"instance_count: must be at least 1"_s;
        QTest::newRow("count as string")
            << u"/v1/me/applications/shop/services/www"_s << QByteArray(R"({"instance_count":"3"})")
            << json << false << 422 << u"expected a number"_s;
        QTest::newRow("both fields")
            << u"/v1/me/applications/shop/services/www"_s
            << QByteArray(R"({"instance_count":3,"reserved_memory":134217728})") << json << false
            << 400 << u"either"_s;
        QTest::newRow("no field") << u"/v1/me/applications/shop/services/www"_s << QByteArray("{}")
                                  << json << false << 400 << u"either"_s;
        QTest::newRow("malformed body")
            << u"/v1/me/applications/shop/services/www"_s << QByteArray("{\"instance_count\":")
            << json << false << 400 << u"malformed JSON"_s;
        QTest::newRow("not json") << u"/v1/me/applications/shop/services/www"_s
                                  << QByteArray("instance_count=3")
                                  << QByteArray("application/x-www-form-urlencoded") << false << 415
                                  << u"application/json"_s;
    }
    void scalingRefusals()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, type);
        QFETCH(bool, support);
        QFETCH(int, code);
        QFETCH(QString, says);
        const HttpAnswer a = patch(path, body, support ? sam() : alice(), type);
        QCOMPARE(a.status, code);
        const auto error = PlatformWire::readError(a.body);
        QVERIFY2(error.ok(), qPrintable(error.error()));
        QCOMPARE(error->code, code);
        QVERIFY2(error->description.contains(says), qPrintable(error->description));
    }

    void scalingSpreadsNewInstancesAndRemovesFromTheEnd()
    {
        const QString path = u"/v1/me/applications/api/services/www"_s;
        const HttpAnswer up = patch(path, R"({"instance_count":4})", alice());
        QCOMPARE(up.status, 200);
        const auto scaled = PlatformWire::readService(up.body);
        QVERIFY2(scaled.ok(), qPrintable(scaled.error()));
        QCOMPARE(scaled->instanceCount, 4);
        QSet<QString> zones;
        QSet<QString> hosts;
        for (const Instance &inst : scaled->instances) {
            zones.insert(inst.datacenter);
            hosts.insert(inst.host);
            QCOMPARE(inst.status, u"up"_s);
        }
        QCOMPARE(zones.size(), 4); // round-robin over the platform's datacenters
        QCOMPARE(hosts.size(), 4);
        // The change is what the next reader sees.
        const auto read = PlatformWire::readService(m_http->get(path, alice()).body);
        QCOMPARE(read->instances, scaled->instances);
        const auto apps =
            PlatformWire::readApplications(m_http->get(u"/v1/me/applications"_s, alice()).body);
        QCOMPARE(apps->at(4).service(u"www"_s)->instanceCount, 4);

        const HttpAnswer down = patch(path, R"({"instance_count":2})", alice());
        QCOMPARE(down.status, 200);
        const auto fewer = PlatformWire::readService(down.body);
        QCOMPARE(fewer->instances.size(), 2);
        QCOMPARE(fewer->instances[0], scaled->instances[0]);
        QCOMPARE(fewer->instances[1], scaled->instances[1]);
    }

    void scalingStatefulServicesKeepsRoles()
    {
        const HttpAnswer mongo =
            patch(u"/v1/me/applications/api/services/data"_s, R"({"instance_count":5})", alice());
        QCOMPARE(mongo.status, 200);
        const auto svc = PlatformWire::readService(mongo.body);
        QCOMPARE(svc->instances.size(), 5);
        QCOMPARE(svc->instances[4].role, u"secondary"_s);
        const HttpAnswer mysql =
            patch(u"/v1/me/applications/wiki/services/db"_s, R"({"instance_count":1})", alice());
        QCOMPARE(mysql.status, 200);
        QCOMPARE(PlatformWire::readService(mysql.body)->instances[0].role, u"master"_s);
        // A single PostgreSQL instance is allowed.
        QCOMPARE(patch(u"/v1/me/applications/analytics/services/db"_s, R"({"instance_count":1})",
                       alice())
                     .status,
                 200);
    }

    void memoryIsRoundedTo32MiB()
    {
        const HttpAnswer a = patch(u"/v1/me/applications/shop/services/www"_s,
                                   R"({"reserved_memory":100000000})", alice());
        QCOMPARE(a.status, 200);
        QCOMPARE(PlatformWire::readService(a.body)->reservedMemory, 100663296); // 96 MiB
    }

    void scalingPersistsAcrossARestart()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"platform.sqlite"_s);
        {
            PlatformSimulator first;
            PlatformSimulator::Options options;
            options.demo = true;
            options.databaseFile = db;
            QVERIFY(first.start(options).ok());
            SimHttp http(first.apiUrl());
            QCOMPARE(http.send("PATCH", u"/v1/me/applications/crm/services/www"_s,
                               R"({"instance_count":5})", "application/json", alice())
                         .status,
                     200);
        }
        PlatformSimulator second;
        PlatformSimulator::Options options;
        options.databaseFile = db; // no dataset: the database is reused
        const Status started = second.start(options);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        SimHttp http(second.apiUrl());
        const auto svc = PlatformWire::readService(
            http.get(u"/v1/me/applications/crm/services/www"_s, alice()).body);
        QVERIFY2(svc.ok(), qPrintable(svc.error()));
        QCOMPARE(svc->instances.size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestPlatformApi)
#include "tst_platformapi.moc"
