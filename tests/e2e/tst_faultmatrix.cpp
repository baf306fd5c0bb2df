// The fault matrix (docs/reliability.md): every failure the platform and its status service can
// show, injected by the simulator, driven through the real Platform API client, the real status
// client and the real scaling-advisor binary. For each row: what the user is told, that the last
// good data is still there (the cached snapshot, byte for byte, and the command's pointer to it),
// that the status feed and the platform fail independently, and that nothing crashed.
#include "boundedwait.h"
#include "clirunner.h"
#include "platformclient.h"
#include "platformsimulator.h"
#include "simadmin.h"
#include "snapshot.h"
#include "statusclient.h"
#include "verifyok.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// What a row does to the platform besides its injected faults.
enum class Action
{
    None,
    ExpireTokens,           // every access token the platform handed out stops working
    FailDatacenterMidFetch, // a zone goes down while the services are being read
};

// How the fetch of the whole account ends.
enum class Ending
{
    Complete, // every service read
    Partial,  // read, with the failed services listed
    Failed,   // nothing new: the error is shown, the last good data stays
};

struct Outcome
{
    bool finished = false;
    bool ok = false;
    Inventory inventory;
    PlatformError error;
};

const QString failedDatacenter = u"Amazon-us-east-1a"_s;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

Q_DECLARE_METATYPE(Action)
Q_DECLARE_METATYPE(Ending)
Q_DECLARE_METATYPE(PlatformErrorKind)

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private:
    PlatformSimulator m_sim;
    std::unique_ptr<TestSupport::SimAdmin> m_admin;
    QString m_username, m_password, m_apiKey;
    QString m_cachePath;

    // Lifts every fault, then puts this row's faults in force (counted faults start afresh).
    void injectFaults(const QJsonArray &faults)
    {
        SA_VERIFY_OK(m_admin->clearFaults());
        for (const QJsonValue &f : faults)
            SA_VERIFY_OK(m_admin->addFault(f.toObject()));
    }

    PlatformClientOptions clientOptions(int stallTimeoutMs) const
    {
        PlatformClientOptions o;
        o.apiUrl = m_sim.apiUrl();
        o.retryBaseDelayMs = 50;
        o.stallTimeoutMs = stallTimeoutMs;
        return o;
    }

    static Outcome fetch(PlatformClient &client, const std::function<void(int)> &onProgress = {})
    {
        Outcome out;
        QObject context; // the connections end with this call
        connect(&client, &PlatformClient::progress, &context, [&](int done, int) {
            if (onProgress)
                onProgress(done);
        });
        connect(&client, &PlatformClient::inventoryFetched, &context, [&](const Inventory &inv) {
            out.finished = out.ok = true;
            out.inventory = inv;
        });
        connect(&client, &PlatformClient::fetchFailed, &context, [&](const PlatformError &e) {
            out.finished = true;
            out.error = e;
        });
        client.fetchInventory();
        (void)TestSupport::waitUntil([&] { return out.finished; }, u"the inventory fetch"_s, 120s);
        return out;
    }

    QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment env = CliRunner::cleanEnvironment();
        env.insert(u"SCALING_ADVISOR_API_KEY"_s, m_apiKey);
        return env;
    }

    CliRunner::Run cliAudit()
    {
        return CliRunner::run({u"audit"_s, u"--api"_s, m_sim.apiUrl().toString(), u"--format"_s,
                               u"json"_s, u"--fail-on"_s, u"never"_s},
                              cliEnvironment());
    }

private slots:
    void initTestCase()
    {
        // The binary's identity, so that Snapshot::cachePath here names the binary's cache.
        QCoreApplication::setOrganizationName(u"scaling-advisor"_s);
        QCoreApplication::setApplicationName(u"scaling-advisor"_s);
        PlatformSimulator::Options o;
        o.datasetFile =
            qEnvironmentVariable("SA_SOURCE_DIR") + u"/tests/data/platform/client-dataset.json"_s;
        const Status started = m_sim.start(o);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        m_admin = std::make_unique<TestSupport::SimAdmin>(m_sim.apiUrl(), m_sim.adminToken());
        const QJsonArray users = m_sim.startupInfo().value(u"users"_s).toArray();
        for (const QJsonValue &v : users) {
            const QJsonObject u = v.toObject();
            if (u.value(u"username"_s).toString() == "alice"_L1) {
                m_username = u"alice"_s;
                m_password = u.value(u"password"_s).toString();
                m_apiKey = u.value(u"api_key"_s).toString();
            }
        }
        QVERIFY(!m_apiKey.isEmpty());

        // A first good read, by the binary, leaves the account's last good snapshot on disk.
        m_cachePath = Snapshot::cachePath(m_sim.apiUrl().toString(), m_username);
        QFile::remove(m_cachePath);
        const CliRunner::Run first = cliAudit();
        QVERIFY2(first.finished && first.exitCode == 0, first.err.constData());
        QVERIFY2(QFileInfo::exists(m_cachePath), qPrintable(m_cachePath));
    }

    void init() { SA_VERIFY_OK(m_admin->reset()); }

    void faultRow_data()
    {
        QTest::addColumn<QJsonArray>("faults"); // POST /admin/faults bodies
        QTest::addColumn<Action>("action");
        QTest::addColumn<Ending>("ending");
        QTest::addColumn<PlatformErrorKind>("errorKind");
        QTest::addColumn<QString>("shown"); // what the user reads
        QTest::addColumn<bool>("statusReadable");
        QTest::addColumn<bool>("runCli"); // the binary uses the default 30 s stall timeout

        const auto f = [](const QString &target, const QString &kind,
                          const QJsonObject &extra = {}) {
            QJsonObject o = extra;
            o.insert(u"target"_s, target);
            o.insert(u"kind"_s, kind);
            return o;
        };
        const QString api = u"api"_s, status = u"status"_s;
        const QJsonObject onMe{{u"path_prefix"_s, u"/v1/me"_s}};

        QTest::newRow("api-down") << QJsonArray{f(api, u"drop"_s)} << Action::None << Ending::Failed
                                  << PlatformErrorKind::Network << u"Could not reach the platform"_s
                                  << true << true;
        QTest::newRow("status-down")
            << QJsonArray{f(status, u"drop"_s)} << Action::None << Ending::Complete
            << PlatformErrorKind::None << QString() << false << true;
        QTest::newRow("both-down")
            << QJsonArray{f(api, u"drop"_s), f(status, u"drop"_s)} << Action::None << Ending::Failed
            << PlatformErrorKind::Network << u"Could not reach the platform"_s << false << true;
        QTest::newRow("slow-beyond-stall-timeout")
            << QJsonArray{f(api, u"latency"_s, QJsonObject{{u"latency_ms"_s, 4000}})}
            << Action::None << Ending::Failed << PlatformErrorKind::Timeout << u"did not answer"_s
            << true << false;
        QTest::newRow("burst-of-500")
            << QJsonArray{f(api, u"status"_s, QJsonObject{{u"status"_s, 500}, {u"count"_s, 3}})}
            << Action::None << Ending::Complete << PlatformErrorKind::None << QString() << true
            << true;
        QTest::newRow("429-retry-after")
            << QJsonArray{f(
                   api, u"status"_s,
                   QJsonObject{{u"status"_s, 429}, {u"retry_after"_s, 1}, {u"count"_s, 2}})}
            << Action::None << Ending::Complete << PlatformErrorKind::None << QString() << true
            << true;
        QTest::newRow("429-retry-after-too-long")
            << QJsonArray{f(api, u"status"_s,
                            QJsonObject{{u"status"_s, 429}, {u"retry_after"_s, 3600}})}
            << Action::None << Ending::Failed << PlatformErrorKind::RateLimited
            << u"try again in 3600 s"_s << true << true;
        QTest::newRow("418-maintenance")
            << QJsonArray{f(api, u"status"_s, QJsonObject{{u"status"_s, 418}})} << Action::None
            << Ending::Failed << PlatformErrorKind::Maintenance
            << u"The platform API is in maintenance mode. Please try again later."_s << true
            << true;
        QTest::newRow("token-expiry") << QJsonArray{} << Action::ExpireTokens << Ending::Complete
                                      << PlatformErrorKind::None << QString() << true << true;
        QTest::newRow("malformed-json")
            << QJsonArray{f(api, u"malformed"_s, onMe)} << Action::None << Ending::Failed
            << PlatformErrorKind::BadData << u"malformed JSON"_s << true << true;
        QTest::newRow("truncated-body")
            << QJsonArray{f(api, u"truncated"_s, onMe)} << Action::None << Ending::Failed
            << PlatformErrorKind::BadData << u"cut short"_s << true << true;
        QTest::newRow("oversized-body")
            << QJsonArray{f(api, u"oversized"_s, onMe)} << Action::None << Ending::Failed
            << PlatformErrorKind::TooLarge << u"larger than the"_s << true << true;
        QTest::newRow("wrong-field-types")
            << QJsonArray{f(api, u"wrong-types"_s, onMe)} << Action::None << Ending::Failed
            << PlatformErrorKind::BadData << u": expected a "_s << true << true;
        QTest::newRow("one-service-malformed")
            << QJsonArray{f(
                   api, u"malformed"_s,
                   QJsonObject{{u"path_prefix"_s, u"/v1/me/applications/shop/services/db"_s}})}
            << Action::None << Ending::Partial << PlatformErrorKind::None << u"malformed JSON"_s
            << true << true;
        // The services answer slowly, so that the zone fails while they are being read.
        QTest::newRow("datacenter-fails-mid-fetch")
            << QJsonArray{f(api, u"latency"_s,
                            QJsonObject{{u"latency_ms"_s, 300},
                                        {u"path_prefix"_s, u"/v1/me/applications/"_s}})}
            << Action::FailDatacenterMidFetch << Ending::Complete << PlatformErrorKind::None
            << QString() << true << true;
    }

    void faultRow()
    {
        QFETCH(QJsonArray, faults);
        QFETCH(Action, action);
        QFETCH(Ending, ending);
        QFETCH(PlatformErrorKind, errorKind);
        QFETCH(QString, shown);
        QFETCH(bool, statusReadable);
        QFETCH(bool, runCli);

        const QByteArray cacheBefore = readAll(m_cachePath);
        QVERIFY(!cacheBefore.isEmpty());
        const Result<Inventory> cached = Snapshot::read(m_cachePath);
        QVERIFY2(cached.ok(), qPrintable(cached.error()));

        // --- the client, as the window drives it: a good read first (password grant) --------
        PlatformClient client;
        // The "slow" row answers after 4 s; every other row may take its time (a 64 MiB body).
        client.setOptions(clientOptions(runCli ? 30000 : 1500));
        PlatformCredentials password;
        password.username = m_username;
        password.password = m_password;
        client.setCredentials(password);
        const Outcome previous = fetch(client);
        QVERIFY2(previous.ok, qPrintable(previous.error.message));
        QVERIFY(previous.inventory.errors.isEmpty());

        const QString tokenBefore = client.credentials().accessToken;
        QVERIFY(!tokenBefore.isEmpty());
        if (action == Action::ExpireTokens)
            SA_VERIFY_OK(m_admin->expireTokens());
        injectFaults(faults);
        bool failedZone = false;
        const Outcome out = fetch(client, [&](int done) {
            // /v1/me, the list and the datacenters are in: the services are on their way.
            if (action == Action::FailDatacenterMidFetch && done >= 3 && !failedZone) {
                failedZone = true;
                (void)m_admin->failDatacenter(failedDatacenter);
            }
        });
        QVERIFY(out.finished);
        switch (ending) {
        case Ending::Failed:
            QVERIFY(!out.ok);
            QCOMPARE(out.error.kind, errorKind);
            QVERIFY2(out.error.message.contains(shown), qPrintable(out.error.message));
            break;
        case Ending::Partial:
            QVERIFY2(out.ok, qPrintable(out.error.message));
            QCOMPARE(out.inventory.errors.size(), 1);
            QVERIFY2(out.inventory.errors.first().error.contains(shown),
                     qPrintable(out.inventory.errors.first().error));
            // The rest is read: every other service has its detail.
            QCOMPARE(out.inventory.serviceCount(), previous.inventory.serviceCount());
            break;
        case Ending::Complete:
            QVERIFY2(out.ok, qPrintable(out.error.message));
            QVERIFY2(out.inventory.errors.isEmpty(),
                     qPrintable(out.inventory.errors.value(0).error));
            QCOMPARE(out.inventory.applications.size(), previous.inventory.applications.size());
            QCOMPARE(out.inventory.serviceCount(), previous.inventory.serviceCount());
            break;
        }
        if (action == Action::FailDatacenterMidFetch) {
            QVERIFY(failedZone);
            // The next read shows every instance of the failed zone down, none lost.
            injectFaults({});
            const Outcome next = fetch(client);
            QVERIFY2(next.ok, qPrintable(next.error.message));
            int inZone = 0;
            for (const Application &app : next.inventory.applications)
                for (const Service &svc : app.services)
                    for (const Instance &inst : svc.instances)
                        if (inst.datacenter == failedDatacenter) {
                            ++inZone;
                            QCOMPARE(inst.status, u"down"_s);
                        }
            QVERIFY(inZone > 0);
            SA_VERIFY_OK(m_admin->restoreDatacenter(failedDatacenter));
        }
        if (action == Action::ExpireTokens) // one refresh, a new access token
            QVERIFY(client.credentials().accessToken != tokenBefore);

        // --- the status feed fails on its own, and only when its own server does ---------------
        injectFaults(faults);
        const Result<StatusSnapshot> status = StatusClient::fetchOnceAndWait(
            m_sim.statusUrl(), StatusClient::Kind::Native, std::chrono::seconds(5));
        QCOMPARE(status.ok(), statusReadable);
        if (!statusReadable)
            QVERIFY(!status.error().isEmpty());

        // --- the binary: the message, the exit code, the cache untouched unless complete -------
        if (runCli) {
            injectFaults(faults);
            if (action == Action::ExpireTokens)
                SA_VERIFY_OK(m_admin->expireTokens());
            if (action == Action::FailDatacenterMidFetch)
                QTimer::singleShot(150, this,
                                   [this] { (void)m_admin->failDatacenter(failedDatacenter); });
            const CliRunner::Run run = cliAudit();
            QVERIFY2(run.finished, "the binary crashed or hung");
            if (ending == Ending::Failed) {
                QCOMPARE(run.exitCode, 1);
                QVERIFY2(QString::fromUtf8(run.err).contains(shown), run.err.constData());
                // It points at the last good data, which audits offline.
                QVERIFY2(QString::fromUtf8(run.err).contains(m_cachePath), run.err.constData());
            } else {
                // An incomplete audit still prints its report but must not pass a CI gate.
                QVERIFY2(run.exitCode == (ending == Ending::Partial ? 1 : 0), run.err.constData());
                const QJsonObject report = QJsonDocument::fromJson(run.out).object();
                QCOMPARE(report.value(u"summary"_s).toObject().value(u"services"_s).toInt(),
                         int(previous.inventory.serviceCount()));
                QCOMPARE(report.value(u"errors"_s).toArray().size(),
                         ending == Ending::Partial ? 1 : 0);
            }
            if (ending == Ending::Complete) {
                // A complete read replaces the last good snapshot with a readable one.
                const Result<Inventory> fresh = Snapshot::read(m_cachePath);
                QVERIFY2(fresh.ok(), qPrintable(fresh.error()));
                QCOMPARE(fresh->serviceCount(), previous.inventory.serviceCount());
            } else {
                QCOMPARE(readAll(m_cachePath), cacheBefore);
            }
            injectFaults({});
            const CliRunner::Run offline =
                CliRunner::run({u"audit"_s, u"--snapshot"_s, m_cachePath, u"--format"_s, u"json"_s,
                                u"--fail-on"_s, u"never"_s},
                               cliEnvironment());
            QVERIFY2(offline.finished && offline.exitCode == 0, offline.err.constData());
        }
        QCOMPARE(readAll(m_cachePath).isEmpty(), false);
        if (action == Action::FailDatacenterMidFetch)
            (void)m_admin->restoreDatacenter(failedDatacenter);
    }

    void cleanupTestCase() { QFile::remove(m_cachePath); }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
