// Security checks (docs/design.md §6) as a user's machine would show them: after logging in with a
// password and with an API key, no secret is in any file the application wrote, any log line
// or any report; plain http:// to another host is refused; a redirect to another origin never
// carries the credentials; the simulator's admin endpoints refuse strangers.
#include "boundedwait.h"
#include "clirunner.h"
#include "platformclient.h"
#include "platformsimulator.h"
#include "reportwriter.h"
#include "rulesengine.h"
#include "servicecatalogue.h"
#include "simadmin.h"
#include "snapshot.h"
#include "statusclient.h"
#include "verifyok.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Every message any category logs, at every level, while the handler is installed.
QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog.append(QString::fromLatin1(context.category ? context.category : "") + u' ' +
                           message);
    }
    if (type >= QtWarningMsg && previousHandler)
        previousHandler(type, context, message);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A server that records each request it gets, whole, and answers with `answer`.
class RecordingServer : public QTcpServer
{
public:
    explicit RecordingServer(const QByteArray &answer)
        : m_answer(answer)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    const QByteArray bytes = s->readAll();
                    received += bytes;
                    // Answer once the request head is in (requests here are small).
                    if (bytes.contains("\r\n\r\n") || received.endsWith("\r\n\r\n")) {
                        ++requests;
                        s->write(m_answer);
                        s->flush();
                    }
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QByteArray received;
    int requests = 0;

private:
    QByteArray m_answer;
};

struct Secrets
{
    QString password, apiKey;
    QStringList tokens; // access and refresh tokens seen by this process
};

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

private:
    PlatformSimulator m_sim;
    QTemporaryDir m_out;
    Secrets m_secrets;
    QString m_username;

    // The HTTP status of an admin request with this token (none at all when it is empty).
    int admin(const QByteArray &verb, const QString &path, const QString &token)
    {
        const Result<int> status =
            TestSupport::SimAdmin(m_sim.apiUrl(), token).httpStatus(verb, path);
        if (!status)
            qWarning("%s", qPrintable(status.error()));
        return status.ok() ? *status : 0;
    }

    static Result<Inventory> fetchWith(const PlatformClientOptions &options,
                                       const PlatformCredentials &credentials,
                                       PlatformCredentials *after = nullptr,
                                       PlatformError *error = nullptr)
    {
        PlatformClient client;
        client.setOptions(options);
        client.setCredentials(credentials);
        Result<Inventory> inv = client.fetchInventoryAndWait();
        if (after)
            *after = client.credentials();
        if (error)
            *error = client.lastError();
        return inv;
    }

    // A platform access token in the simulator's form: 32 letters and digits.
    static QStringList tokenLike(const QString &text)
    {
        static const QRegularExpression re(u"(?<![A-Za-z0-9])[A-Za-z0-9]{32}(?![A-Za-z0-9])"_s);
        QStringList found;
        for (auto it = re.globalMatch(text); it.hasNext();)
            found.append(it.next().captured());
        return found;
    }

    // True when this string opens the platform: as a bearer token or as a refresh token.
    bool authenticates(const QString &candidate)
    {
        QNetworkAccessManager nam;
        QUrl me = m_sim.apiUrl();
        me.setPath(u"/v1/me"_s);
        QNetworkRequest bearer(me);
        bearer.setRawHeader("Authorization", "Bearer " + candidate.toLatin1());
        QNetworkReply *r1 = nam.get(bearer);
        QUrl tokenUrl = m_sim.apiUrl();
        tokenUrl.setPath(u"/oauth2/token"_s);
        QNetworkRequest refresh(tokenUrl);
        refresh.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("application/x-www-form-urlencoded"));
        QNetworkReply *r2 = nam.post(refresh, "grant_type=refresh_token&refresh_token=" +
                                                  QUrl::toPercentEncoding(candidate));
        const Status answered = TestSupport::waitUntil(
            [&] { return r1->isFinished() && r2->isFinished(); }, u"GET /v1/me and a refresh"_s);
        if (!answered) { // unanswered is not proof of a dead token
            qWarning("%s", qPrintable(answered.error()));
            return true;
        }
        const bool opens = r1->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 ||
                           r2->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        r1->deleteLater();
        r2->deleteLater();
        return opens;
    }

    // Fails when `text` holds a known secret or any string that opens the platform.
    void verifyNoSecret(const QString &where, const QString &text)
    {
        QVERIFY2(!text.contains(m_secrets.password), qPrintable(where + u": holds the password"_s));
        QVERIFY2(!text.contains(m_secrets.apiKey), qPrintable(where + u": holds the API key"_s));
        const QString keySecret = m_secrets.apiKey.section(u':', 1);
        QVERIFY2(!text.contains(keySecret), qPrintable(where + u": holds the API key's secret"_s));
        for (const QString &t : std::as_const(m_secrets.tokens)) {
            const qsizetype at = text.indexOf(t);
            // The message names the place (the line around it) without the token itself.
            const qsizetype from = std::max<qsizetype>(0, text.lastIndexOf(u'\n', at) + 1);
            const QString around = text.mid(from, std::min<qsizetype>(at - from, 160));
            QVERIFY2(at < 0, qPrintable(where + u": holds a token, after: "_s + around));
        }
        for (const QString &candidate : tokenLike(text))
            QVERIFY2(!authenticates(candidate),
                     qPrintable(where + u": holds a working token: "_s + candidate));
    }

    // Every file under `root`, except the keyring itself (the one place a secret belongs).
    void verifyTree(const QString &root)
    {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(u"/keyrings/"_s))
                continue;
            verifyNoSecret(path, QString::fromUtf8(readAll(path)));
            if (QTest::currentTestFailed())
                return;
            ++files;
        }
        qInfo("searched %d files under %s", files, qPrintable(root));
    }

    QProcessEnvironment environment(bool withKey) const
    {
        QProcessEnvironment env = CliRunner::cleanEnvironment();
        if (withKey)
            env.insert(u"SCALING_ADVISOR_API_KEY"_s, m_secrets.apiKey);
        env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s); // every log line, to search it
        return env;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"scaling-advisor"_s);
        QCoreApplication::setApplicationName(u"scaling-advisor"_s);
        QVERIFY(m_out.isValid());
        PlatformSimulator::Options o;
        o.datasetFile =
            qEnvironmentVariable("SA_SOURCE_DIR") + u"/tests/data/platform/client-dataset.json"_s;
        const Status started = m_sim.start(o);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        for (const QJsonValue &v : m_sim.startupInfo().value(u"users"_s).toArray()) {
            const QJsonObject u = v.toObject();
            if (u.value(u"username"_s).toString() == "alice"_L1) {
                m_username = u"alice"_s;
                m_secrets.password = u.value(u"password"_s).toString();
                m_secrets.apiKey = u.value(u"api_key"_s).toString();
            }
        }
        QVERIFY(!m_secrets.password.isEmpty());
        QVERIFY(m_secrets.apiKey.contains(u':'));
    }

    // --- secrets ------------------------------------------------------------------------------

    void noSecretInLogsSnapshotsOrReports()
    {
        // Every category of the project at every level. Qt's own categories stay at their
        // defaults: qt.httpserver at debug level (off unless asked for) prints the simulator's
        // request headers whole, Authorization included (docs/reliability.md).
        QLoggingCategory::setFilterRules(u"advisor.*=true"_s);
        {
            QMutexLocker lock(&logMutex);
            capturedLog.clear();
        }
        previousHandler = qInstallMessageHandler(captureMessage);

        PlatformClientOptions options;
        options.apiUrl = m_sim.apiUrl();
        PlatformCredentials password;
        password.username = m_username;
        password.password = m_secrets.password;
        PlatformCredentials granted;
        const Result<Inventory> byPassword = fetchWith(options, password, &granted);
        QVERIFY2(byPassword.ok(), qPrintable(byPassword.error()));
        QVERIFY(!granted.accessToken.isEmpty() && !granted.refreshToken.isEmpty());
        m_secrets.tokens << granted.accessToken << granted.refreshToken;

        // The stored refresh token alone, after every access token expired: a refresh.
        SA_VERIFY_OK(TestSupport::SimAdmin(m_sim.apiUrl(), m_sim.adminToken()).expireTokens());
        PlatformCredentials tokens;
        tokens.accessToken = granted.accessToken;
        tokens.refreshToken = granted.refreshToken;
        PlatformCredentials refreshed;
        const Result<Inventory> byToken = fetchWith(options, tokens, &refreshed);
        QVERIFY2(byToken.ok(), qPrintable(byToken.error()));
        m_secrets.tokens << refreshed.accessToken << refreshed.refreshToken;

        PlatformCredentials key;
        key.apiKey = m_secrets.apiKey;
        const Result<Inventory> byKey = fetchWith(options, key);
        QVERIFY2(byKey.ok(), qPrintable(byKey.error()));
        (void)StatusClient::fetchOnceAndWait(m_sim.statusUrl(), StatusClient::Kind::Auto);

        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(QString());
        QStringList log;
        {
            QMutexLocker lock(&logMutex);
            log = capturedLog;
        }
        QVERIFY2(log.size() > 3, "the client and the simulator log their work at debug level");
        verifyNoSecret(u"the log"_s, log.join(u'\n'));

        // Snapshots and every report format.
        for (const Inventory &inv : {byPassword.value(), byToken.value(), byKey.value()}) {
            verifyNoSecret(u"snapshot"_s, QString::fromUtf8(Snapshot::toJson(inv)));
            const AuditReport audit = RulesEngine(ServiceCatalogue::builtIn()).audit(inv);
            for (ReportFormat f : {ReportFormat::Text, ReportFormat::Json, ReportFormat::Csv,
                                   ReportFormat::Markdown, ReportFormat::Html})
                verifyNoSecret(u"report "_s + reportFormatName(f),
                               QString::fromUtf8(ReportWriter::write(f, inv, audit)));
        }
    }

    // The command line, as a user runs it: log in with a password (typed on standard input)
    // and with an API key, audit into every format, save a snapshot; then search everything.
    void noSecretInAnythingTheCommandLineLeaves()
    {
        const QString api = m_sim.apiUrl().toString();
        QByteArray logs;
        const auto collect = [&](const CliRunner::Run &run) {
            QVERIFY2(run.finished, "the binary crashed or hung");
            logs += run.out + '\n' + run.err + '\n';
        };
        // With a password: the keychain keeps what login stores (when this machine has one).
        const CliRunner::Run login =
            CliRunner::run({u"login"_s, u"--api"_s, api, u"--username"_s, m_username},
                           environment(false), m_secrets.password.toUtf8() + '\n');
        collect(login);
        QVERIFY2(login.exitCode == 0, login.err.constData()); // stored in the keyring
        const CliRunner::Run loginKey =
            CliRunner::run({u"login"_s, u"--api"_s, api}, environment(true));
        collect(loginKey);
        QVERIFY2(loginKey.exitCode == 0, loginKey.err.constData());
        for (const QString &format : {u"text"_s, u"json"_s, u"csv"_s, u"markdown"_s, u"html"_s}) {
            const CliRunner::Run audit =
                CliRunner::run({u"audit"_s, u"--api"_s, api, u"--format"_s, format, u"--output"_s,
                                m_out.filePath(u"report."_s + format), u"--fail-on"_s, u"never"_s},
                               environment(true));
            collect(audit);
            QVERIFY2(audit.exitCode == 0, audit.err.constData());
        }
        const CliRunner::Run snapshot = CliRunner::run(
            {u"snapshot"_s, u"--api"_s, api, u"--output"_s, m_out.filePath(u"snapshot.json"_s)},
            environment(true));
        collect(snapshot);
        QVERIFY2(snapshot.exitCode == 0, snapshot.err.constData());
        QVERIFY2(logs.contains("debug") || logs.contains("platform"),
                 "debug logging reached the output");

        verifyNoSecret(u"the command's output and log"_s, QString::fromUtf8(logs));
        verifyTree(m_out.path());
        // Settings, cached snapshots, caches: the test's private home.
        verifyTree(qEnvironmentVariable("HOME"));
    }

    // --- transport ----------------------------------------------------------------------------

    void plainHttpToAnotherHostIsRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("public address") << u"http://192.0.2.10"_s;
        QTest::newRow("host name") << u"http://api.example.com"_s;
        QTest::newRow("private address") << u"http://10.0.0.1:8080"_s;
    }

    void plainHttpToAnotherHostIsRefused()
    {
        QFETCH(QString, url);
        PlatformClientOptions options;
        options.apiUrl = QUrl(url);
        options.connectTimeoutMs = 500;
        options.maxRetries = 0;
        PlatformCredentials key;
        key.apiKey = m_secrets.apiKey;
        PlatformError error;
        const Result<Inventory> refused = fetchWith(options, key, nullptr, &error);
        QVERIFY(!refused.ok());
        QCOMPARE(error.kind, PlatformErrorKind::Insecure);

        // The command line says how to allow it, and refuses without the flag.
        QProcessEnvironment env = environment(true);
        const CliRunner::Run cli = CliRunner::run({u"audit"_s, u"--api"_s, url}, env);
        QVERIFY(cli.finished);
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.err.contains("--allow-insecure-http"), cli.err.constData());
        QVERIFY2(!cli.err.contains(m_secrets.apiKey.toUtf8()), cli.err.constData());

        // Allowed knowingly, the request is attempted (and fails for another reason here).
        options.allowInsecureHttp = true;
        PlatformError allowed;
        (void)fetchWith(options, key, nullptr, &allowed);
        QVERIFY(allowed.kind != PlatformErrorKind::Insecure);
    }

    void plainHttpStatusToAnotherHostIsRefused()
    {
        const Result<StatusSnapshot> refused = StatusClient::fetchOnceAndWait(
            QUrl(u"http://192.0.2.10/"_s), StatusClient::Kind::Native, std::chrono::seconds(2));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"http"_s, Qt::CaseInsensitive),
                 qPrintable(refused.error()));
    }

    // Two servers on two ports: the first answers every request with a redirect to the second,
    // which records what it receives.
    void redirectToAnotherOriginCarriesNoCredentials_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("how");
        for (int code : {301, 302, 303, 307, 308})
            for (const QString &how : {u"api-key"_s, u"password"_s, u"token"_s})
                QTest::addRow("%d %s", code, qPrintable(how)) << code << how;
    }

    void redirectToAnotherOriginCarriesNoCredentials()
    {
        QFETCH(int, code);
        QFETCH(QString, how);
        RecordingServer second("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n");
        QVERIFY(second.listen(QHostAddress::LocalHost, 0));
        const QByteArray location =
            "http://127.0.0.1:" + QByteArray::number(second.serverPort()) + "/v1/me";
        RecordingServer first("HTTP/1.1 " + QByteArray::number(code) +
                              " Moved\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n");
        QVERIFY(first.listen(QHostAddress::LocalHost, 0));

        PlatformClientOptions options;
        options.apiUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(first.serverPort()));
        options.maxRetries = 0;
        PlatformCredentials credentials;
        if (how == "api-key"_L1) {
            credentials.apiKey = m_secrets.apiKey;
        } else if (how == "password"_L1) {
            credentials.username = m_username;
            credentials.password = m_secrets.password;
        } else {
            credentials.accessToken = u"AccessTokenAccessTokenAccessTok1"_s;
            credentials.refreshToken = u"RefreshTokenRefreshTokenRefresh1"_s;
        }
        PlatformError error;
        const Result<Inventory> out = fetchWith(options, credentials, nullptr, &error);
        QVERIFY(!out.ok());
        QVERIFY(first.requests > 0);
        const QByteArray seen = second.received.toLower();
        QVERIFY2(!seen.contains("authorization:"), second.received.constData());
        for (const QString &secret : {m_secrets.password, m_secrets.apiKey.section(u':', 1),
                                      credentials.accessToken, credentials.refreshToken}) {
            if (!secret.isEmpty())
                QVERIFY2(!second.received.contains(secret.toUtf8()) &&
                             !second.received.contains(QUrl::toPercentEncoding(secret)),
                         second.received.constData());
        }
    }

    // --- the simulator's admin endpoints -------------------------------------------------------

    void adminEndpointsRefuseStrangers_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::newRow("faults") << QByteArray("POST") << u"/admin/faults"_s;
        QTest::newRow("list faults") << QByteArray("GET") << u"/admin/faults"_s;
        QTest::newRow("clear faults") << QByteArray("DELETE") << u"/admin/faults"_s;
        QTest::newRow("expire tokens") << QByteArray("POST") << u"/admin/tokens/expire"_s;
        QTest::newRow("fail a zone")
            << QByteArray("POST") << u"/admin/datacenters/Amazon-us-east-1a/fail"_s;
        QTest::newRow("status") << QByteArray("POST") << u"/admin/status"_s;
        QTest::newRow("reset") << QByteArray("POST") << u"/admin/reset"_s;
    }

    void adminEndpointsRefuseStrangers()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QCOMPARE(admin(verb, path, QString()), 401);
        QCOMPARE(admin(verb, path, u"wrong-token"_s), 403);
        QCOMPARE(admin(verb, path, m_sim.adminToken() + u'x'), 403);
        QCOMPARE(admin(verb, path, m_sim.adminToken().left(8)), 403);
        // The right token from a loopback peer works (so the refusals above mean something).
        QCOMPARE(admin("GET", u"/admin/faults"_s, m_sim.adminToken()), 200);
        QCOMPARE(admin("POST", u"/admin/reset"_s, m_sim.adminToken()), 200);
    }

    // A peer from another machine cannot reach the admin endpoints at all: both servers listen
    // on 127.0.0.1 only. (The endpoints also check the peer address; that check cannot be
    // reached from a test on one machine, since every address a peer here can have is local.)
    void simulatorListensOnLoopbackOnly()
    {
        QCOMPARE(m_sim.apiUrl().host(), u"127.0.0.1"_s);
        QCOMPARE(m_sim.statusUrl().host(), u"127.0.0.1"_s);
        QList<QHostAddress> others;
        for (const QHostAddress &a : QNetworkInterface::allAddresses())
            if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol)
                others.append(a);
        others.append(QHostAddress(u"127.0.0.2"_s)); // loopback, but not the bound address
        for (const QHostAddress &address : std::as_const(others)) {
            for (quint16 port :
                 {quint16(m_sim.apiUrl().port()), quint16(m_sim.statusUrl().port())}) {
                QTcpSocket socket;
                socket.connectToHost(address, port);
                const bool connected = socket.waitForConnected(2000);
                QVERIFY2(!connected, qPrintable(address.toString() + u':' + QString::number(port)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
