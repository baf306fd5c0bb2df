// The Platform API client over real HTTP against the project's simulator, started in-process on
// 127.0.0.1, with every fault the simulator can inject.
#include "boundedwait.h"
#include "platformclient.h"
#include "platformsimulator.h"
#include "platformwire.h"
#include "scriptedhttpserver.h"
#include "simadmin.h"
#include "simmodel.h"
#include "verifyok.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

struct Account
{
    QString username;
    QString role;
    QString apiKey;
    QString password;
};

// What one operation of the client ended with.
struct Outcome
{
    bool finished = false;
    bool ok = false;
    Inventory inventory;
    PlatformError error;
    QList<std::pair<int, int>> progress;
    QList<PlatformCredentials> credentialChanges;
};

QString datasetFile()
{
    return qEnvironmentVariable("SA_SOURCE_DIR") + u"/tests/data/platform/client-dataset.json"_s;
}

} // namespace

class TestPlatformClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PlatformSimulator> m_sim;
    std::unique_ptr<TestSupport::SimAdmin> m_admin;

    Account account(const QString &username) const
    {
        const QJsonArray users = m_sim->startupInfo().value(u"users"_s).toArray();
        for (const QJsonValue &v : users) {
            const QJsonObject u = v.toObject();
            if (u.value(u"username"_s).toString() == username)
                return {username, u.value(u"role"_s).toString(), u.value(u"api_key"_s).toString(),
                        u.value(u"password"_s).toString()};
        }
        return {};
    }

    PlatformClientOptions options() const
    {
        PlatformClientOptions o;
        o.apiUrl = m_sim->apiUrl();
        o.retryBaseDelayMs = 10; // retries are counted, not waited for
        o.connectTimeoutMs = 10000;
        o.stallTimeoutMs = 10000;
        return o;
    }

    static PlatformCredentials apiKey(const Account &a)
    {
        PlatformCredentials c;
        c.apiKey = a.apiKey;
        return c;
    }

    static PlatformCredentials password(const Account &a)
    {
        PlatformCredentials c;
        c.username = a.username;
        c.password = a.password;
        return c;
    }

    void fault(const QJsonObject &spec) { SA_VERIFY_OK(m_admin->addFault(spec)); }

    // Fetches the inventory and waits, at most a minute, for it to finish or fail.
    static Outcome fetch(PlatformClient &client)
    {
        Outcome out;
        QObject context; // the connections end with this call
        connect(&client, &PlatformClient::progress, &context, [&](int done, int total) {
            out.progress.append({done, total});
        });
        connect(&client, &PlatformClient::credentialsChanged, &context,
                [&](const PlatformCredentials &c) { out.credentialChanges.append(c); });
        connect(&client, &PlatformClient::inventoryFetched, &context, [&](const Inventory &inv) {
            out.finished = out.ok = true;
            out.inventory = inv;
        });
        connect(&client, &PlatformClient::fetchFailed, &context, [&](const PlatformError &e) {
            out.finished = true;
            out.error = e;
        });
        client.fetchInventory();
        const Status finished =
            TestSupport::waitUntil([&] { return out.finished; }, u"the inventory fetch"_s, 60s);
        if (!finished)
            out.error.message = finished.error();
        return out;
    }

    Outcome fetchAs(const PlatformCredentials &credentials, PlatformClientOptions o = {})
    {
        if (o.apiUrl.isEmpty())
            o = options();
        PlatformClient client;
        client.setOptions(o);
        client.setCredentials(credentials);
        return fetch(client);
    }

    const ApplicationList &truth(const QString &username) const
    {
        return m_sim->model().user(username)->applications;
    }

    // The whole account arrived: every application and service, every instance where it runs.
    static void verifyComplete(const Inventory &inv, const ApplicationList &expected)
    {
        QVERIFY2(inv.errors.isEmpty(), qPrintable(inv.errors.value(0).error));
        QCOMPARE(inv.applications.size(), expected.size());
        for (int a = 0; a < expected.size(); ++a) {
            const Application &got = inv.applications.at(a);
            const Application &want = expected.at(a);
            QCOMPARE(got.name, want.name);
            QCOMPARE(got.flavor, want.flavor);
            QCOMPARE(got.services.size(), want.services.size());
            for (int s = 0; s < want.services.size(); ++s) {
                const Service &svc = got.services.at(s);
                QVERIFY2(svc.detailLoaded, qPrintable(got.name + u'.' + svc.name));
                QVERIFY(svc.fetchError.isEmpty());
                QCOMPARE(svc.name, want.services.at(s).name);
                QCOMPARE(svc.serviceType, want.services.at(s).serviceType);
                QCOMPARE(svc.instanceCount, want.services.at(s).instanceCount);
                QCOMPARE(svc.instances, want.services.at(s).instances);
            }
        }
    }

    static const Service *service(const Inventory &inv, const QString &app, const QString &svc)
    {
        const Application *a = inv.application(app);
        return a ? a->service(svc) : nullptr;
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<PlatformSimulator>();
        PlatformSimulator::Options o;
        o.datasetFile = datasetFile();
        const Status started = m_sim->start(o);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        m_admin = std::make_unique<TestSupport::SimAdmin>(m_sim->apiUrl(), m_sim->adminToken());
        QCOMPARE(account(u"alice"_s).role, u"developer"_s);
        QCOMPARE(account(u"sam"_s).role, u"support"_s);
    }

    void init()
    {
        // Every test starts from the dataset as loaded, with no fault in force.
        SA_VERIFY_OK(m_admin->reset());
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_sim.reset();
    }

    // --- a whole account --------------------------------------------------------------------

    void fetchesTheWholeAccountWithAnApiKey()
    {
        const Outcome out = fetchAs(apiKey(account(u"alice"_s)));
        QVERIFY2(out.ok, qPrintable(out.error.message));
        QCOMPARE(out.inventory.user.username, u"alice"_s);
        QCOMPARE(out.inventory.user.firstName, u"Alice"_s);
        QVERIFY(out.inventory.viewer.isEmpty());
        QCOMPARE(out.inventory.source, m_sim->apiUrl().toString());
        QVERIFY(out.inventory.fetchedAt.isValid());
        QCOMPARE(out.inventory.datacenters.size(), 3);
        verifyComplete(out.inventory, truth(u"alice"_s));
        QCOMPARE(out.inventory.serviceCount(), 7);
        QVERIFY(out.credentialChanges.isEmpty());

        // Progress climbs to its total: /v1/me, the list, the datacenters, then 7 services.
        QVERIFY(!out.progress.isEmpty());
        QCOMPARE(out.progress.last(), std::make_pair(10, 10));
        for (int i = 1; i < out.progress.size(); ++i)
            QVERIFY(out.progress.at(i).first > out.progress.at(i - 1).first);
    }

    void fetchesWithAPasswordGrant()
    {
        const Account alice = account(u"alice"_s);
        PlatformClient client;
        client.setOptions(options());
        client.setCredentials(password(alice));
        const Outcome out = fetch(client);
        QVERIFY2(out.ok, qPrintable(out.error.message));
        verifyComplete(out.inventory, truth(u"alice"_s));
        // The grant's tokens are handed out once, to be stored (the refresh token).
        QCOMPARE(out.credentialChanges.size(), 1);
        QVERIFY(!out.credentialChanges.first().accessToken.isEmpty());
        QVERIFY(!out.credentialChanges.first().refreshToken.isEmpty());
        QCOMPARE(client.credentials().refreshToken, out.credentialChanges.first().refreshToken);

        // A stored refresh token alone is enough next time.
        PlatformCredentials stored;
        stored.refreshToken = client.credentials().refreshToken;
        const Outcome again = fetchAs(stored);
        QVERIFY2(again.ok, qPrintable(again.error.message));
        QCOMPARE(again.inventory.applications, out.inventory.applications);
        QCOMPARE(again.credentialChanges.size(), 1);
    }

    void fetchesTheDemoAccountWithAKeyAndWithAPassword()
    {
        PlatformSimulator demo;
        PlatformSimulator::Options o;
        o.demo = true;
        const Status started = demo.start(o);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        Account developer;
        for (const QJsonValue &v : demo.startupInfo().value(u"users"_s).toArray()) {
            const QJsonObject u = v.toObject();
            if (u.value(u"role"_s).toString() == u"developer"_s && developer.username.isEmpty())
                developer = {u.value(u"username"_s).toString(), u.value(u"role"_s).toString(),
                             u.value(u"api_key"_s).toString(), u.value(u"password"_s).toString()};
        }
        QVERIFY(!developer.username.isEmpty());
        PlatformClientOptions options;
        options.apiUrl = demo.apiUrl();

        const Outcome byKey = fetchAs(apiKey(developer), options);
        QVERIFY2(byKey.ok, qPrintable(byKey.error.message));
        QCOMPARE(byKey.inventory.user.username, developer.username);
        verifyComplete(byKey.inventory, demo.model().user(developer.username)->applications);
        QVERIFY(byKey.inventory.serviceCount() >= 25);
        QCOMPARE(byKey.inventory.datacenters, demo.model().data().datacenters);
        QCOMPARE(byKey.progress.last(), std::make_pair(3 + byKey.inventory.serviceCount(),
                                                       3 + byKey.inventory.serviceCount()));

        const Outcome byPassword = fetchAs(password(developer), options);
        QVERIFY2(byPassword.ok, qPrintable(byPassword.error.message));
        QCOMPARE(byPassword.inventory.user, byKey.inventory.user);
        QCOMPARE(byPassword.inventory.applications, byKey.inventory.applications);
        QCOMPARE(byPassword.inventory.datacenters, byKey.inventory.datacenters);
    }

    void failedDatacenterShowsInTheInstances()
    {
        SA_VERIFY_OK(m_admin->failDatacenter(u"Amazon-us-east-1a"_s));
        const Outcome out = fetchAs(apiKey(account(u"alice"_s)));
        QVERIFY2(out.ok, qPrintable(out.error.message));
        int down = 0;
        for (const Application &app : out.inventory.applications)
            for (const Service &svc : app.services)
                for (const Instance &inst : svc.instances) {
                    if (inst.datacenter == u"Amazon-us-east-1a"_s) {
                        QCOMPARE(inst.status, u"down"_s);
                        ++down;
                    }
                }
        QCOMPARE(down, 5); // shop: www, db ×2, sessions; api: app
        verifyComplete(out.inventory, truth(u"alice"_s));
    }

    void wrongPasswordIsAnAuthenticationError()
    {
        Account alice = account(u"alice"_s);
        alice.password = u"not her password"_s;
        const Outcome out = fetchAs(password(alice));
        QVERIFY(!out.ok);
        QCOMPARE(out.error.kind, PlatformErrorKind::Authentication);
        QVERIFY2(out.error.message.contains(u"username or password"_s),
                 qPrintable(out.error.message));
    }

    void wrongApiKeyIsAnAuthenticationError()
    {
        Account alice = account(u"alice"_s);
        alice.apiKey = u"aliceAAAAAAAAAAAAAAA:ffffffffffffffffffffffffffffffffffffffff"_s;
        const Outcome out = fetchAs(apiKey(alice));
        QCOMPARE(out.error.kind, PlatformErrorKind::Authentication);
        QCOMPARE(out.error.httpStatus, 401);
        QVERIFY2(out.error.message.contains(u"sign in again"_s), qPrintable(out.error.message));
    }

    void signInChecksTheCredentials()
    {
        PlatformClient client;
        client.setOptions(options());
        client.setCredentials(password(account(u"sam"_s)));
        const Result<User> user = client.signInAndWait();
        QVERIFY2(user.ok(), qPrintable(user.error()));
        QCOMPARE(user->username, u"sam"_s);
        QVERIFY(user->isSupport());
        QVERIFY(!client.credentials().refreshToken.isEmpty());
    }

    void supportTokenReadsACustomer()
    {
        PlatformClientOptions o = options();
        o.customer = u"alice"_s;
        const Outcome out = fetchAs(apiKey(account(u"sam"_s)), o);
        QVERIFY2(out.ok, qPrintable(out.error.message));
        QCOMPARE(out.inventory.user.username, u"alice"_s);
        QCOMPARE(out.inventory.viewer, u"sam"_s);
        verifyComplete(out.inventory, truth(u"alice"_s));
    }

    void developerCannotReadAnotherCustomer()
    {
        PlatformClientOptions o = options();
        o.customer = u"alice"_s;
        const Outcome out = fetchAs(apiKey(account(u"bob"_s)), o);
        QVERIFY(!out.ok);
        QCOMPARE(out.error.kind, PlatformErrorKind::Forbidden);
        QCOMPARE(out.error.httpStatus, 403);
        QVERIFY2(out.error.message.contains(u"Only support staff"_s),
                 qPrintable(out.error.message));
    }

    void unknownCustomerIsNotFound()
    {
        PlatformClientOptions o = options();
        o.customer = u"nobody"_s;
        const Outcome out = fetchAs(apiKey(account(u"sam"_s)), o);
        QCOMPARE(out.error.kind, PlatformErrorKind::NotFound);
    }

    void synchronousHelperReturnsTheInventory()
    {
        PlatformClient client;
        client.setOptions(options());
        client.setCredentials(apiKey(account(u"bob"_s)));
        const Result<Inventory> inv = client.fetchInventoryAndWait();
        QVERIFY2(inv.ok(), qPrintable(inv.error()));
        QCOMPARE(inv->user.username, u"bob"_s);
        verifyComplete(*inv, truth(u"bob"_s));
        QVERIFY(!client.isBusy());

        client.setCredentials({});
        const Result<Inventory> none = client.fetchInventoryAndWait();
        QVERIFY(!none.ok());
        QCOMPARE(client.lastError().kind, PlatformErrorKind::Authentication);
    }

    // --- faults -------------------------------------------------------------------------------

    void maintenanceIsSaidPlainly()
    {
        fault({{u"kind"_s, u"status"_s}, {u"status"_s, 418}, {u"retry_after"_s, 600}});
        const Outcome out = fetchAs(apiKey(account(u"alice"_s)));
        QVERIFY(!out.ok);
        QCOMPARE(out.error.kind, PlatformErrorKind::Maintenance);
        QCOMPARE(out.error.httpStatus, 418);
        QCOMPARE(out.error.retryAfterSeconds, 600); // for "next try at …"
        QCOMPARE(out.error.message,
                 u"The platform API is in maintenance mode. Please try again later."_s);
    }

    void maintenanceOnOneServiceStopsTheFetch()
    {
        fault({{u"kind"_s, u"status"_s},
               {u"status"_s, 418},
               {u"path_prefix"_s, u"/v1/me/applications/shop/services/db"_s}});
        const Outcome out = fetchAs(apiKey(account(u"alice"_s)));
        QCOMPARE(out.error.kind, PlatformErrorKind::Maintenance);
    }

    void rateLimitHonoursRetryAfter()
    {
        fault({{u"kind"_s, u"status"_s},
               {u"status"_s, 429},
               {u"retry_after"_s, 1},
               {u"count"_s, 1},
               {u"path_prefix"_s, u"/v1/me/applications"_s}});
        QElapsedTimer clock;
        clock.start();
        const Outcome out = fetchAs(apiKey(account(u"alice"_s)));
        QVERIFY2(out.ok, qPrintable(out.error.message));
        verifyComplete(out.inventory, truth(u"alice"_s));
        // The retry waited as asked, not the 10 ms of the retry back-off.
        QVERIFY2(clock.elapsed() >= 1000, qPrintable(QString::number(clock.elapsed())));
    }

    void rateLimitTooLongToWaitIsReported()
    {
        fault({{u"kind"_s, u"status"_s},
               {u"status"_s, 429},
               {u"retry_after"_s, 3600},
               {u"path_prefix"_s, u"/v1/me"_s}});
        const Outcome out = fetchAs(apiKey(account(u"alice"_s)));
        QCOMPARE(out.error.kind, PlatformErrorKind::RateLimited);
        QCOMPARE(out.error.retryAfterSeconds, 3600);
        QVERIFY2(out.error.message.contains(u"3600 s"_s), qPrintable(out.error.message));
    }

    void burstOfServerErrorsIsRetried()
    {
        fault({{u"kind"_s, u"status"_s}, {u"status"_s, 500}, {u"count"_s, 3}});
        const Outcome out = fetchAs(apiKey(account(u"alice"_s)));
        QVERIFY2(out.ok, qPrintable(out.error.message));
        verifyComplete(out.inventory, truth(u"alice"_s));
    }

    void serviceFailingForeverIsReportedAndTheRestRead()
    {
        fault({{u"kind"_s, u"status"_s},
               {u"status"_s, 500},
               {u"path_prefix"_s, u"/v1/me/applications/shop/services/db"_s}});
        const Outcome out = fetchAs(apiKey(account(u"alice"_s)));
        QVERIFY2(out.ok, qPrintable(out.error.message));
        QCOMPARE(out.inventory.errors.size(), 1);
        const FetchError &e = out.inventory.errors.first();
        QCOMPARE(e.application, u"shop"_s);
        QCOMPARE(e.service, u"db"_s);
        QVERIFY2(e.error.contains(u"HTTP 500"_s), qPrintable(e.error));
        QVERIFY2(e.error.contains(u"after 3 retries"_s), qPrintable(e.error));

        const Service *db = service(out.inventory, u"shop"_s, u"db"_s);
        QVERIFY(db);
        QVERIFY(!db->detailLoaded);
        QCOMPARE(db->fetchError, e.error);
        QCOMPARE(db->serviceType, u"mysql"_s); // what the application list said is kept
        QCOMPARE(db->instanceCount, 2);
        int loaded = 0;
        for (const Application &app : out.inventory.applications)
            for (const Service &svc : app.services)
                loaded += svc.detailLoaded ? 1 : 0;
        QCOMPARE(loaded, 6);
        QCOMPARE(out.progress.last().first, out.progress.last().second);
    }

    void applicationListFailureFailsTheFetch()
    {
        fault({{u"kind"_s, u"status"_s},
               {u"status"_s, 503},
               {u"path_prefix"_s, u"/v1/me/applications"_s}});
        const Outcome out = fetchAs(apiKey(account(u"alice"_s)));
        QVERIFY(!out.ok);
        QCOMPARE(out.error.kind, PlatformErrorKind::Server);
        QCOMPARE(out.error.httpStatus, 503);
    }

    void badPayloadsNameTheProblem_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("pathPrefix");
        QTest::addColumn<PlatformErrorKind>("expectedKind");
        QTest::addColumn<QString>("expectedText");
        const QString user = u"/v1/me"_s;
        QTest::newRow("malformed user")
            << u"malformed"_s << user << PlatformErrorKind::BadData << u"malformed JSON"_s;
        // /v1/me is also the prefix of the application list: either may be the one that fails.
        QTest::newRow("wrong types user")
            << u"wrong-types"_s << user << PlatformErrorKind::BadData << u": expected a "_s;
        QTest::newRow("truncated user")
            << u"truncated"_s << user << PlatformErrorKind::BadData << u"cut short"_s;
        QTest::newRow("oversized user") << u"oversized"_s << user << PlatformErrorKind::TooLarge
                                        << u"larger than the 1 MiB limit"_s;
        QTest::newRow("wrong types list") << u"wrong-types"_s << u"/v1/me/applications"_s
                                          << PlatformErrorKind::BadData << u"objects[0]"_s;
    }

    void badPayloadsNameTheProblem()
    {
        QFETCH(QString, kind);
        QFETCH(QString, pathPrefix);
        QFETCH(PlatformErrorKind, expectedKind);
        QFETCH(QString, expectedText);
        fault({{u"kind"_s, kind}, {u"path_prefix"_s, pathPrefix}});
        PlatformClientOptions o = options();
        o.maxResponseBytes = 1024 * 1024;
        const Outcome out = fetchAs(apiKey(account(u"alice"_s)), o);
        QVERIFY(!out.ok);
        QCOMPARE(out.error.kind, expectedKind);
        QVERIFY2(out.error.message.contains(expectedText), qPrintable(out.error.message));
    }

    void badServicePayloadMarksOnlyThatService_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expectedText");
        QTest::newRow("malformed") << u"malformed"_s << u"malformed JSON"_s;
        QTest::newRow("wrong types") << u"wrong-types"_s << u"object.instance_count"_s;
        QTest::newRow("truncated") << u"truncated"_s << u"cut short"_s;
        QTest::newRow("oversized") << u"oversized"_s << u"larger than the 1 MiB limit"_s;
    }

    void badServicePayloadMarksOnlyThatService()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expectedText);
        fault({{u"kind"_s, kind}, {u"path_prefix"_s, u"/v1/me/applications/api/services/app"_s}});
        PlatformClientOptions o = options();
        o.maxResponseBytes = 1024 * 1024;
        const Outcome out = fetchAs(apiKey(account(u"alice"_s)), o);
        QVERIFY2(out.ok, qPrintable(out.error.message));
        QCOMPARE(out.inventory.errors.size(), 1);
        QCOMPARE(out.inventory.errors.first().service, u"app"_s);
        QVERIFY2(out.inventory.errors.first().error.contains(expectedText),
                 qPrintable(out.inventory.errors.first().error));
        QVERIFY(!service(out.inventory, u"api"_s, u"app"_s)->detailLoaded);
        QVERIFY(service(out.inventory, u"api"_s, u"search"_s)->detailLoaded);
    }

    void stallBeyondTheTimeoutIsATimeout()
    {
        fault({{u"kind"_s, u"latency"_s},
               {u"latency_ms"_s, 3000},
               {u"path_prefix"_s, u"/v1/datacenters"_s},
               {u"count"_s, 1}});
        fault({{u"kind"_s, u"latency"_s},
               {u"latency_ms"_s, 3000},
               {u"path_prefix"_s, u"/v1/me/applications/shop/services/www"_s}});
        PlatformClientOptions o = options();
        o.stallTimeoutMs = 300;
        const Outcome out = fetchAs(apiKey(account(u"alice"_s)), o);
        QVERIFY2(out.ok, qPrintable(out.error.message));
        // The datacenters are an extension: without them the fetch goes on.
        QVERIFY(out.inventory.datacenters.isEmpty());
        QCOMPARE(out.inventory.errors.size(), 1);
        QVERIFY2(out.inventory.errors.first().error.contains(u"did not answer"_s),
                 qPrintable(out.inventory.errors.first().error));
        QVERIFY(out.inventory.errors.first().error.contains(u"300 ms"_s));

        fault(
            {{u"kind"_s, u"latency"_s}, {u"latency_ms"_s, 3000}, {u"path_prefix"_s, u"/v1/me"_s}});
        const Outcome slow = fetchAs(apiKey(account(u"alice"_s)), o);
        QCOMPARE(slow.error.kind, PlatformErrorKind::Timeout);
    }

    void latencyWithinTheTimeoutIsFine()
    {
        fault({{u"kind"_s, u"latency"_s}, {u"latency_ms"_s, 200}});
        PlatformClientOptions o = options();
        o.stallTimeoutMs = 5000;
        const Outcome out = fetchAs(apiKey(account(u"alice"_s)), o);
        QVERIFY2(out.ok, qPrintable(out.error.message));
        verifyComplete(out.inventory, truth(u"alice"_s));
    }

    void droppedConnectionsAreRetried()
    {
        fault({{u"kind"_s, u"drop"_s}, {u"count"_s, 3}});
        const Outcome out = fetchAs(apiKey(account(u"alice"_s)));
        QVERIFY2(out.ok, qPrintable(out.error.message));
        verifyComplete(out.inventory, truth(u"alice"_s));
    }

    void serviceDroppedForeverIsReported()
    {
        fault({{u"kind"_s, u"drop"_s},
               {u"path_prefix"_s, u"/v1/me/applications/shop/services/sessions"_s}});
        const Outcome out = fetchAs(apiKey(account(u"alice"_s)));
        QVERIFY2(out.ok, qPrintable(out.error.message));
        QCOMPARE(out.inventory.errors.size(), 1);
        QCOMPARE(out.inventory.errors.first().service, u"sessions"_s);
        QVERIFY2(out.inventory.errors.first().error.contains(u"Could not reach"_s),
                 qPrintable(out.inventory.errors.first().error));
    }

    void unreachablePlatformIsANetworkError()
    {
        PlatformClientOptions o = options();
        // A port that was free a moment ago: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        o.apiUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
        probe.close();
        o.maxRetries = 1;
        const Outcome out = fetchAs(apiKey(account(u"alice"_s)), o);
        QCOMPARE(out.error.kind, PlatformErrorKind::Network);
        QVERIFY2(out.error.message.contains(u"after 1 retry"_s), qPrintable(out.error.message));
    }

    // --- tokens -------------------------------------------------------------------------------

    void expiredTokenIsRefreshedOnce()
    {
        PlatformClient client;
        client.setOptions(options());
        client.setCredentials(password(account(u"alice"_s)));
        const Outcome first = fetch(client);
        QVERIFY2(first.ok, qPrintable(first.error.message));
        const PlatformCredentials before = client.credentials();

        SA_VERIFY_OK(m_admin->expireTokens());
        const Outcome second = fetch(client);
        QVERIFY2(second.ok, qPrintable(second.error.message));
        verifyComplete(second.inventory, truth(u"alice"_s));
        // Many requests met the 401 at once; one refresh served them all.
        QCOMPARE(second.credentialChanges.size(), 1);
        QVERIFY(client.credentials().accessToken != before.accessToken);
    }

    void secondUnauthorizedIsAnAuthenticationError()
    {
        PlatformClient client;
        client.setOptions(options());
        PlatformCredentials tokens;
        {
            client.setCredentials(password(account(u"alice"_s)));
            QVERIFY(client.signInAndWait().ok());
            tokens.accessToken = client.credentials().accessToken;
            tokens.refreshToken = client.credentials().refreshToken;
        }
        client.setCredentials(tokens);
        // The platform keeps refusing even the fresh token.
        fault({{u"kind"_s, u"status"_s}, {u"status"_s, 401}, {u"path_prefix"_s, u"/v1/"_s}});
        const Outcome out = fetch(client);
        QVERIFY(!out.ok);
        QCOMPARE(out.error.kind, PlatformErrorKind::Authentication);
        QVERIFY2(out.error.message.contains(u"sign in again"_s), qPrintable(out.error.message));
        QCOMPARE(out.credentialChanges.size(), 1); // exactly one refresh
    }

    void revokedRefreshTokenAsksToSignInAgain()
    {
        PlatformCredentials stale;
        stale.refreshToken = u"not-a-refresh-token"_s;
        const Outcome out = fetchAs(stale);
        QCOMPARE(out.error.kind, PlatformErrorKind::Authentication);
        QVERIFY2(out.error.message.contains(u"sign in again"_s), qPrintable(out.error.message));
    }

    // --- transport security -------------------------------------------------------------------

    void plainHttpToAnotherHostIsRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("name") << u"http://platform.example.com"_s;
        QTest::newRow("address") << u"http://192.0.2.10:8080"_s;
    }

    void plainHttpToAnotherHostIsRefused()
    {
        QFETCH(QString, url);
        PlatformClientOptions o = options();
        o.apiUrl = QUrl(url);
        o.connectTimeoutMs = 60000; // had it tried to connect, it would still be waiting
        const Outcome out = fetchAs(apiKey(account(u"alice"_s)), o);
        QCOMPARE(out.error.kind, PlatformErrorKind::Insecure);
        QVERIFY2(out.error.message.contains(u"--allow-insecure-http"_s),
                 qPrintable(out.error.message));
        QVERIFY(out.error.message.contains(QUrl(url).host()));
        QVERIFY(out.progress.isEmpty());
    }

    void plainHttpToLocalhostIsAllowed()
    {
        PlatformClientOptions o = options();
        o.apiUrl.setHost(u"localhost"_s);
        const Outcome out = fetchAs(apiKey(account(u"bob"_s)), o);
        QVERIFY2(out.ok, qPrintable(out.error.message));
    }

    void redirectToAnotherOriginDropsCredentials()
    {
        const Account bob = account(u"bob"_s);
        const QByteArray userBody =
            QJsonDocument(
                QJsonObject{{u"object"_s, PlatformWire::toJson(
                                              User{u"bob"_s, u"Bob"_s, u"Lee"_s, u"developer"_s})}})
                .toJson();
        ScriptedHttpServer other([&](const ScriptedHttpServer::Request &) {
            return ScriptedHttpServer::Response{
                200, {{"Content-Type", "application/json"}}, userBody};
        });
        QVERIFY(other.start());
        ScriptedHttpServer api([&](const ScriptedHttpServer::Request &request) {
            if (request.path == "/v1/me")
                return ScriptedHttpServer::Response{302, {{"Location", "/v1/moved/me"}}, {}};
            return ScriptedHttpServer::Response{
                301, {{"Location", other.origin() + "/elsewhere/me"}}, {}};
        });
        QVERIFY(api.start());

        PlatformClientOptions o = options();
        o.apiUrl = QUrl(QString::fromLatin1(api.origin()));
        PlatformClient client;
        client.setOptions(o);
        client.setCredentials(apiKey(bob));
        const Result<User> user = client.signInAndWait();
        QVERIFY2(user.ok(), qPrintable(user.error()));
        QCOMPARE(user->username, u"bob"_s);

        // Same origin: the credentials go along. Another origin: they never do.
        QCOMPARE(api.requests().size(), 2);
        QCOMPARE(api.requests().at(1).path, QByteArray("/v1/moved/me"));
        const QByteArray basic = "Basic " + bob.apiKey.toUtf8().toBase64();
        QCOMPARE(api.requests().at(0).headers.value("authorization"), basic);
        QCOMPARE(api.requests().at(1).headers.value("authorization"), basic);
        QCOMPARE(other.requests().size(), 1);
        QCOMPARE(other.requests().first().path, QByteArray("/elsewhere/me"));
        QVERIFY(!other.requests().first().headers.contains("authorization"));
        QVERIFY(
            other.requests().first().headers.value("user-agent").startsWith("scaling-advisor/"));

        // A change redirected elsewhere is not followed at all.
        QSignalSpy scaled(&client, &PlatformClient::scaleFinished);
        client.scaleService(u"tiny"_s, u"www"_s, 2);
        QVERIFY(scaled.wait(10000));
        QCOMPARE(scaled.first().at(2).toBool(), false);
        QVERIFY2(scaled.first().at(3).toString().contains(u"not followed"_s),
                 qPrintable(scaled.first().at(3).toString()));
        QCOMPARE(api.requests().last().method, QByteArray("PATCH"));
        QCOMPARE(other.requests().size(), 1);
    }

    // --- connections -------------------------------------------------------------------------

    void boundedConcurrencyOverPersistentConnections()
    {
        // One application of 40 services, each answer taking a moment so that requests overlap.
        Application app{u"big"_s, u"live"_s, QDateTime::currentDateTimeUtc(), {}};
        for (int i = 0; i < 40; ++i) {
            Service svc;
            svc.name = u"svc%1"_s.arg(i);
            svc.serviceType = u"python"_s;
            svc.instanceCount = 1;
            Instance inst;
            inst.datacenter = u"Amazon-us-east-1a"_s;
            inst.host = u"node-%1"_s.arg(i);
            svc.instances = {inst};
            app.services.append(svc);
        }
        const auto envelope = [](const char *key, const QJsonValue &value) {
            return QJsonDocument(QJsonObject{{QLatin1StringView(key), value}}).toJson();
        };
        ScriptedHttpServer server([&](const ScriptedHttpServer::Request &request) {
            const QByteArray path = request.path;
            QByteArray body;
            if (path == "/v1/me")
                body = envelope("object", PlatformWire::toJson(
                                              User{u"carol"_s, u"C"_s, u"D"_s, u"developer"_s}));
            else if (path == "/v1/datacenters")
                body = envelope("objects", QJsonArray());
            else if (path == "/v1/me/applications")
                body = envelope("objects", QJsonArray{PlatformWire::toJson(app)});
            else
                body = envelope(
                    "object",
                    PlatformWire::toJson(*app.service(QString::fromLatin1(path.split('/').last())),
                                         app.name));
            return ScriptedHttpServer::Response{200, {{"Content-Type", "application/json"}}, body};
        });
        server.setAnswerDelay(15);
        QVERIFY(server.start());

        PlatformClientOptions o = options();
        o.apiUrl = QUrl(QString::fromLatin1(server.origin()));
        o.maxParallel = 3;
        PlatformCredentials key;
        key.apiKey = u"carolCCCCCCCCCCCCCCC:0000000000000000000000000000000000000000"_s;
        const Outcome out = fetchAs(key, o);
        QVERIFY2(out.ok, qPrintable(out.error.message));
        QCOMPARE(out.inventory.serviceCount(), 40);
        QVERIFY(out.inventory.errors.isEmpty());
        QCOMPARE(server.requests().size(), 43);
        // Never more than maxParallel at once, and that many were used.
        QCOMPARE(server.maxInFlight(), 3);
        // 43 requests over a handful of kept-alive connections (Qt opens at most 6 per host).
        QVERIFY2(server.connectionCount() <= 6,
                 qPrintable(QString::number(server.connectionCount())));
        for (const auto &request : server.requests())
            QVERIFY(request.headers.value("user-agent").startsWith("scaling-advisor/"));
    }

    void connectTimeoutDoesNotCutASlowAnswer()
    {
        // Connected at once, answered after 600 ms: the stall timeout (5 s) applies, not the
        // connect timeout (200 ms).
        ScriptedHttpServer server([](const ScriptedHttpServer::Request &) {
            return ScriptedHttpServer::Response{
                200,
                {{"Content-Type", "application/json"}},
                QJsonDocument(QJsonObject{{u"object"_s, PlatformWire::toJson(User{
                                                            u"dan"_s, {}, {}, u"developer"_s})}})
                    .toJson()};
        });
        server.setAnswerDelay(600);
        QVERIFY(server.start());
        PlatformClientOptions o = options();
        o.apiUrl = QUrl(QString::fromLatin1(server.origin()));
        o.connectTimeoutMs = 200;
        o.stallTimeoutMs = 5000;
        PlatformClient client;
        client.setOptions(o);
        PlatformCredentials key;
        key.apiKey = u"k:s"_s;
        client.setCredentials(key);
        const Result<User> user = client.signInAndWait();
        QVERIFY2(user.ok(), qPrintable(user.error()));
        QCOMPARE(user->username, u"dan"_s);
    }

    void httpsCertificateIsVerified()
    {
        // A self-signed certificate for localhost, made for this test only.
        const QString dir = qEnvironmentVariable("SA_SOURCE_DIR") + u"/tests/data/platform/"_s;
        QFile certFile(dir + u"tls-localhost.crt"_s);
        QFile keyFile(dir + u"tls-localhost.key"_s);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        QVERIFY(!certificate.isNull() && !key.isNull());

        ScriptedHttpServer server([](const ScriptedHttpServer::Request &) {
            return ScriptedHttpServer::Response{
                200,
                {{"Content-Type", "application/json"}},
                QJsonDocument(QJsonObject{{u"object"_s, PlatformWire::toJson(User{
                                                            u"erin"_s, {}, {}, u"developer"_s})}})
                    .toJson()};
        });
        server.enableTls(certificate, key);
        QVERIFY(server.start());
        PlatformClientOptions o = options();
        o.apiUrl = QUrl(u"https://localhost:%1"_s.arg(server.serverPort()));
        PlatformCredentials key2;
        key2.apiKey = u"k:s"_s;

        // Not trusted: refused, and the credentials never leave.
        {
            PlatformClient client;
            client.setOptions(o);
            client.setCredentials(key2);
            const Result<User> user = client.signInAndWait();
            QVERIFY(!user.ok());
            QCOMPARE(client.lastError().kind, PlatformErrorKind::Network);
            QVERIFY2(user.error().contains(u"secure connection"_s), qPrintable(user.error()));
            QVERIFY(server.requests().isEmpty());
        }

        // Trusted (as a company CA would be): the answer is read over TLS.
        const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = saved;
        trusting.addCaCertificate(certificate);
        QSslConfiguration::setDefaultConfiguration(trusting);
        PlatformClient client;
        client.setOptions(o);
        client.setCredentials(key2);
        const Result<User> user = client.signInAndWait();
        QSslConfiguration::setDefaultConfiguration(saved);
        QVERIFY2(user.ok(), qPrintable(user.error()));
        QCOMPARE(user->username, u"erin"_s);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().headers.value("authorization"),
                 QByteArray("Basic " + QByteArray("k:s").toBase64()));
    }

    // --- cancel, scale, one service -----------------------------------------------------------

    void cancelStopsEverything()
    {
        fault({{u"kind"_s, u"latency"_s},
               {u"latency_ms"_s, 2000},
               {u"path_prefix"_s, u"/v1/me/applications/"_s}});
        PlatformClient client;
        client.setOptions(options());
        client.setCredentials(apiKey(account(u"alice"_s)));
        QSignalSpy fetched(&client, &PlatformClient::inventoryFetched);
        QSignalSpy failed(&client, &PlatformClient::fetchFailed);
        // Cancel once the list is in and the details are on their way.
        const auto canceller =
            connect(&client, &PlatformClient::progress, &client, [&](int done, int total) {
                if (total > 3 && done >= 3)
                    client.cancel();
            });
        client.fetchInventory();
        QVERIFY(client.isBusy());
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<PlatformError>().kind, PlatformErrorKind::Cancelled);
        QVERIFY(!client.isBusy());
        // Nothing more arrives from the requests that were in flight.
        QTest::qWait(2500);
        QCOMPARE(fetched.size(), 0);
        QCOMPARE(failed.size(), 1);

        // The client is usable again.
        disconnect(canceller);
        SA_VERIFY_OK(m_admin->clearFaults());
        const Outcome out = fetch(client);
        QVERIFY2(out.ok, qPrintable(out.error.message));
    }

    void scalingAcceptedIsVisibleOnRefresh()
    {
        PlatformClient client;
        client.setOptions(options());
        client.setCredentials(apiKey(account(u"alice"_s)));
        QSignalSpy scaled(&client, &PlatformClient::scaleFinished);
        client.scaleService(u"shop"_s, u"worker"_s, 3);
        QVERIFY(scaled.wait(10000));
        const QList<QVariant> args = scaled.first();
        QCOMPARE(args.at(0).toString(), u"shop"_s);
        QCOMPARE(args.at(1).toString(), u"worker"_s);
        QVERIFY2(args.at(2).toBool(), qPrintable(args.at(3).toString()));
        QVERIFY2(args.at(3).toString().contains(u"3 instance"_s),
                 qPrintable(args.at(3).toString()));

        QSignalSpy refreshed(&client, &PlatformClient::serviceFetched);
        client.fetchService(u"shop"_s, u"worker"_s);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(refreshed.first().at(0).toString(), u"shop"_s);
        const Service worker = refreshed.first().at(1).value<Service>();
        QCOMPARE(worker.name, u"worker"_s);
        QCOMPARE(worker.instanceCount, 3);
        QCOMPARE(worker.instances.size(), 3);
        QVERIFY(worker.detailLoaded);
    }

    void scalingRefusedShowsThePlatformsAnswer_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("application");
        QTest::addColumn<QString>("service");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expectedText");
        QTest::newRow("sandbox") << u"alice"_s << u"blog"_s << u"www"_s << 2
                                 << u"Sandbox applications cannot be scaled"_s;
        QTest::newRow("mongodb even")
            << u"alice"_s << u"shop"_s << u"sessions"_s << 4 << u"odd number of members"_s;
        QTest::newRow("solr") << u"alice"_s << u"api"_s << u"search"_s << 2
                              << u"does not scale for High Availability"_s;
        QTest::newRow("unknown service")
            << u"alice"_s << u"shop"_s << u"nope"_s << 2 << u"No such service"_s;
    }

    void scalingRefusedShowsThePlatformsAnswer()
    {
        QFETCH(QString, user);
        QFETCH(QString, application);
        QFETCH(QString, service);
        QFETCH(int, count);
        QFETCH(QString, expectedText);
        PlatformClient client;
        client.setOptions(options());
        client.setCredentials(apiKey(account(user)));
        QSignalSpy scaled(&client, &PlatformClient::scaleFinished);
        client.scaleService(application, service, count);
        QVERIFY(scaled.wait(10000));
        QCOMPARE(scaled.first().at(2).toBool(), false);
        const QString message = scaled.first().at(3).toString();
        QVERIFY2(message.contains(expectedText), qPrintable(message));
    }

    void supportCannotScale()
    {
        PlatformClientOptions o = options();
        o.customer = u"alice"_s;
        PlatformClient client;
        client.setOptions(o);
        client.setCredentials(apiKey(account(u"sam"_s)));
        QSignalSpy scaled(&client, &PlatformClient::scaleFinished);
        client.scaleService(u"shop"_s, u"www"_s, 3);
        QVERIFY(scaled.wait(10000));
        QCOMPARE(scaled.first().at(2).toBool(), false);
        QVERIFY2(scaled.first().at(3).toString().contains(u"read-only"_s),
                 qPrintable(scaled.first().at(3).toString()));
        QCOMPARE(client.lastError().kind, PlatformErrorKind::Forbidden);
        QCOMPARE(m_sim->model().service(u"alice"_s, u"shop"_s, u"www"_s)->instanceCount, 2);
    }

    void oneOperationAtATime()
    {
        PlatformClient client;
        client.setOptions(options());
        client.setCredentials(apiKey(account(u"alice"_s)));
        QSignalSpy failed(&client, &PlatformClient::fetchFailed);
        QSignalSpy fetched(&client, &PlatformClient::inventoryFetched);
        client.fetchInventory();
        client.fetchService(u"shop"_s, u"www"_s);
        QVERIFY(fetched.wait(10000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<PlatformError>().kind, PlatformErrorKind::Refused);
    }
};

QTEST_GUILESS_MAIN(TestPlatformClient)
#include "tst_platformclient.moc"
