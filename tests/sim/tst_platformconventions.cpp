// The Platform API as the platform's REST reference (overview, endpoints, OAuth2) and its 0.9 CLI
// define it: every endpoint's status code, envelope, headers and resource shapes.

#include "platformsimulator.h"
#include "platformwire.h"
#include "simadmin.h"
#include "simhttp.h"

#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPlatformConventions : public QObject
{
    Q_OBJECT

    PlatformSimulator m_sim;
    std::unique_ptr<SimHttp> m_http;
    std::unique_ptr<TestSupport::SimAdmin> m_admin;
    QByteArray m_alice;
    QByteArray m_sam;
    QString m_base;

    QByteArray auth(const QString &who) const { return who == "sam"_L1 ? m_sam : m_alice; }

    QString bearerToken(const QString &user, const QString &password)
    {
        const HttpAnswer a = m_http->send(
            "POST", u"/oauth2/token"_s,
            "grant_type=password&username=" + user.toUtf8() + "&password=" + password.toUtf8(),
            "application/x-www-form-urlencoded", SimHttp::basic(u"cli-id:cli-secret"_s));
        return a.json()[u"access_token"_s].toString();
    }

    HttpAnswer deploy(const QString &app, const QByteArray &authorization,
                      const QString &prefix = u"/v1/me"_s)
    {
        return m_http->send("POST", prefix + u"/applications/"_s + app + u"/deployments"_s,
                            R"({"revision": null, "clean": false})", "application/json",
                            authorization);
    }

    Service service(const QString &app, const QString &svc)
    {
        const auto read = PlatformWire::readService(
            m_http->get(u"/v1/me/applications/%1/services/%2"_s.arg(app, svc), m_alice).body);
        return read.ok() ? *read : Service{};
    }

private slots:
    void initTestCase()
    {
        PlatformSimulator::Options options;
        options.demo = true;
        const Status started = m_sim.start(options);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        m_http = std::make_unique<SimHttp>(m_sim.apiUrl());
        m_admin = std::make_unique<TestSupport::SimAdmin>(m_sim.apiUrl(), m_sim.adminToken());
        m_base = m_sim.apiUrl().toString();
        for (const QJsonValue &u : m_sim.startupInfo().value(u"users"_s).toArray()) {
            if (u[u"username"_s].toString() == "alice"_L1)
                m_alice = SimHttp::basic(u[u"api_key"_s].toString());
            if (u[u"username"_s].toString() == "sam"_L1)
                m_sam = SimHttp::basic(u[u"api_key"_s].toString());
        }
        QVERIFY(!m_alice.isEmpty() && !m_sam.isEmpty());
    }

    void init()
    {
        const Status reset = m_admin->reset();
        QVERIFY2(reset.ok(), qPrintable(reset.error()));
    }

    // Every endpoint: its status, its envelope and the headers every answer carries.
    void everyEndpoint_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("member"); // object, objects or error

        const auto row = [](const char *name, const char *verb, const QString &path,
                            const char *who, int status, const char *member) {
            QTest::newRow(name) << QByteArray(verb) << path << QString::fromLatin1(who) << status
                                << QString::fromLatin1(member);
        };
        row("discovery", "GET", u"/v1/auth/discovery"_s, "", 200, "object");
        row("me", "GET", u"/v1/me"_s, "alice", 200, "object");
        row("user", "GET", u"/v1/users/alice"_s, "alice", 200, "object");
        row("another user", "GET", u"/v1/users/bob"_s, "alice", 403, "error");
        row("support reads a customer", "GET", u"/v1/users/alice/applications"_s, "sam", 200,
            "objects");
        row("private keys", "GET", u"/v1/me/private_keys"_s, "alice", 200, "objects");
        row("a customer's private keys", "GET", u"/v1/users/alice/private_keys"_s, "sam", 403,
            "error");
        row("applications", "GET", u"/v1/me/applications"_s, "alice", 200, "objects");
        row("application", "GET", u"/v1/me/applications/shop"_s, "alice", 200, "object");
        row("services", "GET", u"/v1/me/applications/shop/services"_s, "alice", 200, "objects");
        row("service", "GET", u"/v1/me/applications/shop/services/www"_s, "alice", 200, "object");
        row("domains", "GET", u"/v1/me/applications/shop/services/www/domains"_s, "alice", 200,
            "objects");
        row("domain", "GET", u"/v1/me/applications/shop/services/www/domains/shop.example.com"_s,
            "alice", 200, "object");
        row("containers", "GET", u"/v1/me/applications/shop/services/db/instances"_s, "alice", 200,
            "objects");
        row("container", "GET", u"/v1/me/applications/shop/services/db/instances/1"_s, "alice", 200,
            "object");
        row("instance status", "GET", u"/v1/me/applications/shop/services/db/instances/1/status"_s,
            "alice", 200, "object");
        row("deployments", "GET", u"/v1/me/applications/shop/deployments"_s, "alice", 200,
            "objects");
        row("datacenters", "GET", u"/v1/datacenters"_s, "alice", 200, "objects");
        row("datacenter", "GET", u"/v1/datacenters/Amazon-us-east-1b"_s, "alice", 200, "object");
        row("no credentials", "GET", u"/v1/me"_s, "", 401, "error");
        row("unknown", "GET", u"/v1/me/applications/nope"_s, "alice", 404, "error");
        row("wrong method", "PUT", u"/v1/me/applications"_s, "alice", 405, "error");
        row("support scales", "PATCH", u"/v1/users/alice/applications/shop/services/www"_s, "sam",
            403, "error");
        row("support deploys", "POST", u"/v1/users/alice/applications/shop/deployments"_s, "sam",
            403, "error");
        row("token by GET", "GET", u"/oauth2/token"_s, "", 405, "error");
    }
    void everyEndpoint()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QString, who);
        QFETCH(int, status);
        QFETCH(QString, member);
        const QByteArray authorization = who.isEmpty() ? QByteArray() : auth(who);
        const QByteArray body = verb == "GET" ? QByteArray() : QByteArray(R"({})");
        const HttpAnswer a =
            m_http->send(verb, path, body, body.isEmpty() ? "" : "application/json", authorization);
        QCOMPARE(a.status, status);
        QCOMPARE(a.header("content-type"), QByteArray("application/json"));
        QVERIFY(!a.header("x-dotcloud-traceid").isEmpty());
        QCOMPARE(a.header("x-dotcloud-api-revision"), QByteArray("2012.08.21"));
        const QJsonObject json = a.json();
        QVERIFY2(json.contains(member), a.body.constData());
        const QJsonObject request = json[u"request"_s].toObject();
        QCOMPARE(request[u"uri"_s].toString(), QString(m_base + path));
        QCOMPARE(request[u"remote_addr"_s].toString(), u"127.0.0.1"_s);
        QVERIFY(request.contains(u"auth_user"_s));
        if (member == "error"_L1) {
            QCOMPARE(json[u"error"_s][u"code"_s].toInt(), status);
            QVERIFY(!json[u"error"_s][u"title"_s].toString().isEmpty());
            QVERIFY2(json[u"error"_s][u"description"_s].toString().size() > 10, a.body.constData());
            return;
        }
        // The links: self and canonical, repeated in the Link header.
        const QJsonArray links = json[u"links"_s].toArray();
        QCOMPARE(links[0][u"rel"_s].toString(), u"self"_s);
        QCOMPARE(links[0][u"href"_s].toString(), QString(m_base + path));
        QCOMPARE(links[1][u"rel"_s].toString(), u"canonical"_s);
        const QString header = QString::fromUtf8(a.header("link"));
        QVERIFY2(header.startsWith(u"<%1>; rel=\"self\", <"_s.arg(m_base + path)),
                 qPrintable(header));
        QVERIFY2(header.endsWith(u">; rel=\"canonical\""_s), qPrintable(header));

        // HEAD answers wherever GET does: the same status and headers, no body.
        if (verb != "GET")
            return;
        const HttpAnswer head = m_http->send("HEAD", path, {}, {}, authorization);
        QCOMPARE(head.status, status);
        QVERIFY(head.body.isEmpty());
        QCOMPARE(head.header("content-type"), QByteArray("application/json"));
        QCOMPARE(head.header("content-length").toInt(), a.body.size());
        QCOMPARE(head.header("x-dotcloud-api-revision"), QByteArray("2012.08.21"));
        QVERIFY(!head.header("x-dotcloud-traceid").isEmpty());
    }

    void meIsCanonicallyTheUser()
    {
        const HttpAnswer a = m_http->get(u"/v1/me/applications"_s, m_alice);
        QCOMPARE(a.json()[u"links"_s][1][u"href"_s].toString(),
                 QString(m_base + u"/v1/users/alice/applications"_s));
        QCOMPARE(QString::fromUtf8(a.header("link")),
                 u"<%1/v1/me/applications>; rel=\"self\", <%1/v1/users/alice/applications>; "
                 "rel=\"canonical\""_s.arg(m_base));
        const QJsonObject authUser = a.json()[u"request"_s][u"auth_user"_s].toObject();
        QCOMPARE(authUser[u"type"_s].toString(), u"User"_s);
        QCOMPARE(authUser[u"username"_s].toString(), u"alice"_s);
        QVERIFY(m_http->get(u"/v1/auth/discovery"_s).json()[u"request"_s][u"auth_user"_s].isNull());
    }

    void everyResourceHasItsIdentity_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("uri");
        QTest::newRow("user") << u"/v1/me"_s << u"User"_s << u"User/alice"_s
                              << u"/v1/users/alice"_s;
        QTest::newRow("application")
            << u"/v1/me/applications/shop"_s << u"Application"_s << u"Application/alice/shop"_s
            << u"/v1/users/alice/applications/shop"_s;
        QTest::newRow("service") << u"/v1/me/applications/shop/services/www"_s << u"Service"_s
                                 << u"Service/alice/shop/www"_s
                                 << u"/v1/users/alice/applications/shop/services/www"_s;
        QTest::newRow("container")
            << u"/v1/me/applications/shop/services/db/instances/0"_s << u"Container"_s
            << u"Container/alice/shop/db/0"_s
            << u"/v1/users/alice/applications/shop/services/db/instances/0"_s;
        QTest::newRow("domain")
            << u"/v1/me/applications/shop/services/www/domains/shop.example.com"_s << u"Domain"_s
            << u"Domain/alice/shop/www/shop.example.com"_s
            << u"/v1/users/alice/applications/shop/services/www/domains/shop.example.com"_s;
        QTest::newRow("datacenter")
            << u"/v1/datacenters/Amazon-us-east-1a"_s << u"Datacenter"_s
            << u"Datacenter/Amazon-us-east-1a"_s << u"/v1/datacenters/Amazon-us-east-1a"_s;
    }
    void everyResourceHasItsIdentity()
    {
        QFETCH(QString, path);
        QFETCH(QString, type);
        QFETCH(QString, id);
        QFETCH(QString, uri);
        const QJsonObject o = m_http->get(path, m_alice).object();
        QCOMPARE(o[u"type"_s].toString(), type);
        QCOMPARE(o[u"id"_s].toString(), QString(u"tag:dotcloud.com,2011,"_s + id));
        QCOMPARE(o[u"uri"_s].toString(), QString(m_base + uri));
        QVERIFY(o[u"links"_s].isArray());
        // The uri leads to the resource itself.
        const HttpAnswer again = m_http->get(uri, m_alice);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.object()[u"id"_s], o[u"id"_s]);
    }

    void linksLeadToSubResources()
    {
        const QJsonObject me = m_http->get(u"/v1/me"_s, m_alice).object();
        const QJsonObject link = me[u"links"_s][0].toObject();
        QCOMPARE(link[u"rel"_s].toString(), QString(m_base + u"/1#applications"_s));
        QCOMPARE(link[u"title"_s].toString(), u"applications"_s);
        QCOMPARE(m_http->get(QUrl(link[u"href"_s].toString()).path(), m_alice).status, 200);
    }

    void aServiceAsTheReferenceAndTheCliReadIt()
    {
        const QJsonObject www =
            m_http->get(u"/v1/me/applications/shop/services/www"_s, m_alice).object();
        const QJsonObject app = www[u"application"_s].toObject();
        QCOMPARE(app[u"type"_s].toString(), u"Application"_s);
        QCOMPARE(app[u"name"_s].toString(), u"shop"_s);
        QCOMPARE(app[u"uri"_s].toString(),
                 QString(m_base + u"/v1/users/alice/applications/shop"_s));
        // Domains are objects; the CLI prints domain["domain"].
        const QJsonObject domain = www[u"domains"_s][0].toObject();
        QCOMPARE(domain[u"domain"_s].toString(), u"shop.example.com"_s);
        QCOMPARE(domain[u"type"_s].toString(), u"Domain"_s);
        // An instance is a Container, with the fields the CLI prints beside.
        const QJsonObject c = www[u"instances"_s][1].toObject();
        QCOMPARE(c[u"type"_s].toString(), u"Container"_s);
        QCOMPARE(c[u"container_id"_s].toInt(), 1);
        QCOMPARE(c[u"instance_id"_s].toInt(), 1);
        QCOMPARE(c[u"state"_s].toString(), u"running"_s);
        QCOMPARE(c[u"service_name"_s].toString(), u"www"_s);
        QCOMPARE(c[u"service_type"_s].toString(), u"python"_s);
        QVERIFY(QDateTime::fromString(c[u"created"_s].toString(), Qt::ISODate).isValid());
        for (const QString &cli : {u"datacenter"_s, u"host"_s, u"container_name"_s,
                                   u"image_version"_s, u"revision"_s, u"ports"_s})
            QVERIFY2(c.contains(cli), qPrintable(cli));
        // A stopped instance reads as such in both vocabularies.
        const QJsonObject down =
            m_http->get(u"/v1/me/applications/billing/services/worker/instances/0"_s, m_alice)
                .object();
        QCOMPARE(down[u"status"_s].toString(), u"down"_s);
        QCOMPARE(down[u"state"_s].toString(), u"stopped"_s);
    }

    void anApplicationCarriesItsUserAndCostToDate()
    {
        const QJsonObject shop = m_http->get(u"/v1/me/applications/shop"_s, m_alice).object();
        QCOMPARE(shop[u"user"_s][u"username"_s].toString(), u"alice"_s);
        QCOMPARE(shop[u"services"_s][0][u"type"_s].toString(), u"Service"_s);
        const QJsonObject billing = shop[u"billing"_s].toObject();
        QVERIFY(!billing[u"free"_s].toBool());
        const double toDate = billing[u"cost"_s].toDouble();
        const double monthEnd = billing[u"expected_month_end_cost"_s].toDouble();
        QVERIFY(toDate >= 0);
        QVERIFY2(monthEnd > toDate, qPrintable(u"%1 vs %2"_s.arg(toDate).arg(monthEnd)));
        const QJsonObject blog = m_http->get(u"/v1/me/applications/blog"_s, m_alice).object();
        QVERIFY(blog[u"billing"_s][u"free"_s].toBool());
        QCOMPARE(blog[u"billing"_s][u"cost"_s].toDouble(), 0.0);
    }

    void privateKeysAsSetupReadsThem()
    {
        const HttpAnswer a = m_http->get(u"/v1/me/private_keys"_s, m_alice);
        const QString key = a.json()[u"objects"_s][0][u"private_key"_s].toString();
        QVERIFY(key.startsWith(u"-----BEGIN RSA PRIVATE KEY-----\n"_s));
        QVERIFY(key.endsWith(u"-----END RSA PRIVATE KEY-----\n"_s));
        // Stable per user, different between users.
        QCOMPARE(m_http->get(u"/v1/me/private_keys"_s, m_alice).body, a.body);
        QVERIFY(m_http->get(u"/v1/me/private_keys"_s, m_sam)
                    .json()[u"objects"_s][0][u"private_key"_s] != key);
    }

    void accessTokenInTheQuery()
    {
        const QString token = bearerToken(u"alice"_s, u"wonderland-2012"_s);
        QVERIFY(!token.isEmpty());
        const HttpAnswer a = m_http->get(u"/v1/me?access_token="_s + token);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.object()[u"username"_s].toString(), u"alice"_s);
        // The token is not echoed back.
        QVERIFY(!a.body.contains(token.toUtf8()));
        QVERIFY(!a.header("link").contains(token.toUtf8()));
        QCOMPARE(m_http->get(u"/v1/me?access_token=nope"_s).status, 401);
    }

    void theTokenAnswerIsTheOAuth2One()
    {
        const HttpAnswer a = m_http->send(
            "POST", u"/oauth2/token"_s,
            "grant_type=password&username=alice&password=wonderland-2012",
            "application/x-www-form-urlencoded", SimHttp::basic(u"cli-id:cli-secret"_s));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.header("content-type"), QByteArray("application/json"));
        const QJsonObject grant = a.json();
        QStringList keys = grant.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"access_token"_s, u"expire_in"_s, u"refresh_token"_s,
                                    u"scope"_s, u"token_type"_s}));
        QCOMPARE(grant[u"token_type"_s].toString(), u"bearer"_s);
        QCOMPARE(grant[u"expire_in"_s].toInt(), 3600);
    }

    void onlyJsonIsServed_data()
    {
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<int>("status");
        QTest::newRow("xml") << QByteArray("application/xml") << 415;
        QTest::newRow("html") << QByteArray("text/html") << 415;
        QTest::newRow("json refused by quality") << QByteArray("application/json;q=0") << 415;
        QTest::newRow("json") << QByteArray("application/json") << 200;
        QTest::newRow("anything") << QByteArray("*/*") << 200;
        QTest::newRow("html or json") << QByteArray("text/html, application/json;q=0.5") << 200;
        QTest::newRow("application/*") << QByteArray("application/*") << 200;
    }
    void onlyJsonIsServed()
    {
        QFETCH(QByteArray, accept);
        QFETCH(int, status);
        const HttpAnswer a = m_http->get(u"/v1/me"_s, m_alice, {{"Accept", accept}});
        QCOMPARE(a.status, status);
        QCOMPARE(a.header("content-type"), QByteArray("application/json"));
        if (status == 415) {
            QCOMPARE(a.errorCode(), 415);
            QVERIFY(a.errorDescription().contains(QString::fromLatin1(accept)));
        }
        const HttpAnswer discovery = m_http->get(u"/v1/auth/discovery"_s, {}, {{"Accept", accept}});
        QCOMPARE(discovery.status, status);
    }

    void aDeploymentSpreadsEveryServiceOverTheDatacenters()
    {
        // crm: www has three instances and db two, every one in us-east-1b.
        QCOMPARE(service(u"crm"_s, u"www"_s).instances[2].datacenter, u"Amazon-us-east-1b"_s);
        const HttpAnswer a = deploy(u"crm"_s, m_alice);
        QCOMPARE(a.status, 201);
        QCOMPARE(a.header("content-type"), QByteArray("application/json"));
        const QJsonObject deployment = a.object();
        QCOMPARE(deployment[u"type"_s].toString(), u"Deployment"_s);
        QCOMPARE(deployment[u"id"_s].toString(), u"tag:dotcloud.com,2011,Deployment/alice/crm/1"_s);
        QVERIFY(deployment[u"revision"_s].isNull());
        QCOMPARE(deployment[u"clean"_s].toBool(), false);
        QCOMPARE(QString::fromUtf8(a.header("location")), deployment[u"uri"_s].toString());
        QCOMPARE(m_http->get(QUrl(deployment[u"uri"_s].toString()).path(), m_alice).status, 200);

        const Service www = service(u"crm"_s, u"www"_s);
        QStringList zones;
        QSet<QString> hosts;
        for (const Instance &inst : www.instances) {
            zones.append(inst.datacenter);
            hosts.insert(inst.host);
            QCOMPARE(inst.status, u"up"_s);
        }
        QCOMPARE(zones, (QStringList{u"Amazon-us-east-1a"_s, u"Amazon-us-east-1b"_s,
                                     u"Amazon-us-east-1c"_s}));
        const Service db = service(u"crm"_s, u"db"_s);
        QCOMPARE(db.instances[0].datacenter, u"Amazon-us-east-1a"_s);
        QCOMPARE(db.instances[1].datacenter, u"Amazon-us-east-1b"_s);
        QCOMPARE(db.instances[0].role, u"master"_s);
        for (const Instance &inst : db.instances)
            hosts.insert(inst.host);
        QCOMPARE(hosts.size(), 5); // a host of its own for every instance

        // Deterministic: deploying again places everything where it is.
        QCOMPARE(deploy(u"crm"_s, m_alice).status, 201);
        QCOMPARE(service(u"crm"_s, u"www"_s).instances, www.instances);
        QCOMPARE(m_http->get(u"/v1/me/applications/crm/deployments"_s, m_alice)
                     .json()[u"objects"_s]
                     .toArray()
                     .size(),
                 2);
    }

    void aDeploymentIsAsEvenAsPossible_data()
    {
        QTest::addColumn<int>("instances");
        for (int n : {1, 2, 3, 4, 5, 7, 9})
            QTest::addRow("%d instances", n) << n;
    }
    void aDeploymentIsAsEvenAsPossible()
    {
        QFETCH(int, instances);
        QCOMPARE(m_http
                     ->send("PATCH", u"/v1/me/applications/api/services/www"_s,
                            u"{\"instance_count\": %1}"_s.arg(instances).toUtf8(),
                            "application/json", m_alice)
                     .status,
                 200);
        QCOMPARE(deploy(u"api"_s, m_alice).status, 201);
        QMap<QString, int> perZone;
        for (const Instance &inst : service(u"api"_s, u"www"_s).instances)
            ++perZone[inst.datacenter];
        QCOMPARE(perZone.size(), std::min(instances, 4));
        int most = 0, least = instances;
        for (int n : std::as_const(perZone)) {
            most = std::max(most, n);
            least = std::min(least, n);
        }
        QVERIFY2(most - least <= 1, qPrintable(u"%1 to %2 per zone"_s.arg(least).arg(most)));
    }

    void aDeploymentAvoidsAFailedDatacenter()
    {
        QVERIFY(m_admin->failDatacenter(u"Amazon-us-east-1a"_s).ok());
        QCOMPARE(deploy(u"shop"_s, m_alice).status, 201);
        for (const Instance &inst : service(u"shop"_s, u"www"_s).instances) {
            QVERIFY(inst.datacenter != "Amazon-us-east-1a"_L1);
            QCOMPARE(inst.status, u"up"_s);
        }
        QVERIFY(m_admin->restoreDatacenter(u"Amazon-us-east-1a"_s).ok());
    }

    void deploymentRefusals_data()
    {
        QTest::addColumn<QString>("app");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        QTest::newRow("sandbox") << u"blog"_s << u"alice"_s << u"/v1/me"_s << 400
                                 << u"Sandbox applications cannot be deployed"_s;
        QTest::newRow("support token") << u"crm"_s << u"sam"_s << u"/v1/users/alice"_s << 403
                                       << u"Support tokens are read-only"_s;
        QTest::newRow("unknown application")
            << u"nope"_s << u"alice"_s << u"/v1/me"_s << 404 << u"No such application: nope"_s;
    }
    void deploymentRefusals()
    {
        QFETCH(QString, app);
        QFETCH(QString, who);
        QFETCH(QString, prefix);
        QFETCH(int, status);
        QFETCH(QString, says);
        const HttpAnswer a = deploy(app, auth(who), prefix);
        QCOMPARE(a.status, status);
        QCOMPARE(a.header("content-type"), QByteArray("application/json"));
        QCOMPARE(a.errorCode(), status);
        QVERIFY2(a.errorDescription().startsWith(says), qPrintable(a.errorDescription()));
    }

    void aDeploymentTakesJson()
    {
        QCOMPARE(m_http
                     ->send("POST", u"/v1/me/applications/crm/deployments"_s, "revision=x",
                            "application/x-www-form-urlencoded", m_alice)
                     .status,
                 415);
        QCOMPARE(m_http
                     ->send("POST", u"/v1/me/applications/crm/deployments"_s, R"({"clean": "yes"})",
                            "application/json", m_alice)
                     .status,
                 422);
        const HttpAnswer revision =
            m_http->send("POST", u"/v1/me/applications/crm/deployments"_s,
                         R"({"revision": "git-4f2ba68"})", "application/json", m_alice);
        QCOMPARE(revision.status, 201);
        QCOMPARE(service(u"crm"_s, u"www"_s).instances[0].revision, u"git-4f2ba68"_s);
    }
};

QTEST_GUILESS_MAIN(TestPlatformConventions)
#include "tst_platformconventions.moc"
