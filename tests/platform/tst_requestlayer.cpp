// The request layer on its own: proxies (the conventional variables, no_proxy, 407, a proxy that
// is down), TLS with an extra CA bundle, the total deadline against a trickling server, retries
// that never resend a change, credentials kept from other origins, and the rate-limit politeness.

#include "requestlayer.h"
#include "scriptedhttpserver.h"
#include "testproxy.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const char *const proxyVariables[] = {"http_proxy",  "HTTP_PROXY", "https_proxy",
                                      "HTTPS_PROXY", "no_proxy",   "NO_PROXY"};

ScriptedHttpServer::Response ok(const QByteArray &body = "{}")
{
    return {200, {{"Content-Type", "application/json"}}, body};
}

} // namespace

class TestRequestLayer : public QObject
{
    Q_OBJECT

    // Sends one request and waits for its answer (bounded).
    static HttpResponse sendAndWait(RequestLayer &layer, const HttpRequest &request,
                                    int timeoutMs = 20000)
    {
        std::optional<HttpResponse> out;
        layer.send(request, [&out](const HttpResponse &response) { out = response; });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs)) {
            HttpResponse none;
            none.error = HttpResponse::Error::Cancelled;
            none.errorMessage = u"the test gave up waiting"_s;
            return none;
        }
        return *out;
    }

    static HttpRequest get(const QByteArray &url)
    {
        HttpRequest request;
        request.url = QUrl::fromEncoded(url);
        return request;
    }

    static QString dataDir()
    {
        return qEnvironmentVariable("SA_SOURCE_DIR") + u"/tests/data/platform/"_s;
    }

    static ScriptedHttpServer *tlsServer(QObject *parent)
    {
        QFile certFile(dataDir() + u"tls-localhost.crt"_s);
        QFile keyFile(dataDir() + u"tls-localhost.key"_s);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return nullptr;
        auto *server = new ScriptedHttpServer(
            [](const ScriptedHttpServer::Request &) { return ok(R"({"tls":true})"); }, parent);
        server->enableTls(QSslCertificate(&certFile, QSsl::Pem),
                          QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
        return server->start() ? server : nullptr;
    }

private slots:
    void init()
    {
        for (const char *name : proxyVariables)
            qunsetenv(name);
        qunsetenv("SCALING_ADVISOR_CA_FILE");
    }
    void cleanup() { init(); }

    void noProxyMatchesAsCurlDoes_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("noProxy");
        QTest::addColumn<bool>("bypassed");
        QTest::newRow("exact host")
            << u"https://api.example.com/v1"_s << u"api.example.com"_s << true;
        QTest::newRow("domain covers subdomains")
            << u"https://api.example.com/v1"_s << u"example.com"_s << true;
        QTest::newRow("leading dot") << u"https://api.example.com/"_s << u".example.com"_s << true;
        QTest::newRow("not a suffix of the name")
            << u"https://badexample.com/"_s << u"example.com"_s << false;
        QTest::newRow("list with spaces")
            << u"http://10.1.2.3/"_s << u"localhost, 10.1.2.3"_s << true;
        QTest::newRow("CIDR") << u"http://10.1.2.3/"_s << u"10.0.0.0/8"_s << true;
        QTest::newRow("CIDR miss") << u"http://11.1.2.3/"_s << u"10.0.0.0/8"_s << false;
        QTest::newRow("star") << u"https://anything.org/"_s << u"*"_s << true;
        QTest::newRow("port must match")
            << u"https://api.example.com:8443/"_s << u"api.example.com:443"_s << false;
        QTest::newRow("port matches")
            << u"https://api.example.com/"_s << u"api.example.com:443"_s << true;
        QTest::newRow("empty") << u"https://api.example.com/"_s << QString() << false;
    }
    void noProxyMatchesAsCurlDoes()
    {
        QFETCH(QString, url);
        QFETCH(QString, noProxy);
        QFETCH(bool, bypassed);
        QCOMPARE(ProxyConfiguration::isBypassed(QUrl(url), noProxy), bypassed);
    }

    void proxyVariablesChooseByScheme()
    {
        qputenv("http_proxy", "http://plain.example:3128");
        qputenv("HTTPS_PROXY", "secure.example:8080");
        const ProxyConfiguration system;
        const QList<QNetworkProxy> plain = system.proxiesFor(QUrl(u"http://a.example/"_s));
        QCOMPARE(plain.first().type(), QNetworkProxy::HttpProxy);
        QCOMPARE(plain.first().hostName(), u"plain.example"_s);
        QCOMPARE(plain.first().port(), 3128);
        const QList<QNetworkProxy> secure = system.proxiesFor(QUrl(u"https://a.example/"_s));
        QCOMPARE(secure.first().hostName(), u"secure.example"_s);
        QCOMPARE(secure.first().port(), 8080);
        ProxyConfiguration none;
        none.mode = ProxyConfiguration::Mode::None;
        QCOMPARE(none.proxiesFor(QUrl(u"https://a.example/"_s)).first().type(),
                 QNetworkProxy::NoProxy);
    }

    void plainHttpGoesThroughTheProxyInAbsoluteForm()
    {
        ScriptedHttpServer server(
            [](const ScriptedHttpServer::Request &) { return ok("{\"a\":1}"); });
        QVERIFY(server.start());
        TestProxy proxy;
        QVERIFY(proxy.start());
        qputenv("http_proxy", "http://" + proxy.hostAndPort());

        RequestLayer layer;
        const HttpResponse response = sendAndWait(layer, get(server.origin() + "/v1/me"));
        QVERIFY2(response.isSuccess(), qPrintable(response.errorMessage));
        QCOMPARE(response.body, QByteArray("{\"a\":1}"));
        QCOMPARE(proxy.requests(), QList<QByteArray>{"GET " + server.origin() + "/v1/me"});
        QCOMPARE(server.requests().size(), 1);
    }

    void noProxyBypassesTheProxy()
    {
        ScriptedHttpServer server([](const ScriptedHttpServer::Request &) { return ok(); });
        QVERIFY(server.start());
        TestProxy proxy;
        QVERIFY(proxy.start());
        qputenv("http_proxy", "http://" + proxy.hostAndPort());
        qputenv("no_proxy", "localhost,127.0.0.1");

        RequestLayer layer;
        const HttpResponse response = sendAndWait(layer, get(server.origin() + "/v1/me"));
        QVERIFY2(response.isSuccess(), qPrintable(response.errorMessage));
        QVERIFY(proxy.requests().isEmpty());
        QCOMPARE(server.requests().size(), 1);
    }

    void proxyAskingForCredentialsIsNamed()
    {
        ScriptedHttpServer server([](const ScriptedHttpServer::Request &) { return ok(); });
        QVERIFY(server.start());
        TestProxy proxy;
        proxy.requireCredentials("alice", "s3cret");
        QVERIFY(proxy.start());
        qputenv("http_proxy", "http://" + proxy.hostAndPort());

        RequestLayer layer;
        const HttpResponse refused = sendAndWait(layer, get(server.origin() + "/v1/me"));
        QCOMPARE(refused.error, HttpResponse::Error::ProxyAuthentication);
        QVERIFY2(refused.errorMessage.contains(QString::fromLatin1(proxy.hostAndPort())),
                 qPrintable(refused.errorMessage));
        QVERIFY2(refused.errorMessage.contains(u"407"_s), qPrintable(refused.errorMessage));
        QVERIFY(server.requests().isEmpty());

        // With the credentials in the proxy URL, the request goes through.
        qputenv("http_proxy", "http://alice:s3cret@" + proxy.hostAndPort());
        RequestLayer withCredentials;
        const HttpResponse through = sendAndWait(withCredentials, get(server.origin() + "/v1/me"));
        QVERIFY2(through.isSuccess(), qPrintable(through.errorMessage));
        QCOMPARE(server.requests().size(), 1);
    }

    void manualProxyWithUserAndPassword()
    {
        ScriptedHttpServer server([](const ScriptedHttpServer::Request &) { return ok(); });
        QVERIFY(server.start());
        TestProxy proxy;
        proxy.requireCredentials("bob", "pw");
        QVERIFY(proxy.start());
        qputenv("http_proxy", "http://127.0.0.1:1"); // ignored: the setting says Manual

        RequestLayer layer;
        RequestLayerOptions options;
        options.proxy.mode = ProxyConfiguration::Mode::Manual;
        options.proxy.host = u"127.0.0.1"_s;
        options.proxy.port = proxy.serverPort();
        options.proxy.user = u"bob"_s;
        options.proxy.password = u"pw"_s;
        layer.setOptions(options);
        const HttpResponse response = sendAndWait(layer, get(server.origin() + "/x"));
        QVERIFY2(response.isSuccess(), qPrintable(response.errorMessage));
        QVERIFY(!proxy.requests().isEmpty());
    }

    void proxyThatIsDownIsNamed()
    {
        TestProxy gone; // a port that nothing listens on once it is closed
        QVERIFY(gone.start());
        const QByteArray where = gone.hostAndPort();
        gone.close();
        qputenv("http_proxy", "http://" + where);

        RequestLayer layer;
        RequestLayerOptions options;
        options.retryBaseDelayMs = 10;
        layer.setOptions(options);
        const HttpResponse response = sendAndWait(layer, get("http://127.0.0.1:9/v1/me"));
        QCOMPARE(response.error, HttpResponse::Error::Proxy);
        QVERIFY2(response.errorMessage.contains(QString::fromLatin1(where)),
                 qPrintable(response.errorMessage));
    }

    void httpsThroughAConnectTunnelWithTheCaFile()
    {
        ScriptedHttpServer *server = tlsServer(this);
        QVERIFY(server);
        TestProxy proxy;
        QVERIFY(proxy.start());
        qputenv("https_proxy", "http://" + proxy.hostAndPort());

        RequestLayer layer;
        RequestLayerOptions options;
        options.caFile = dataDir() + u"tls-localhost.crt"_s;
        layer.setOptions(options);
        QVERIFY2(layer.caFileError().isEmpty(), qPrintable(layer.caFileError()));
        const QByteArray url =
            "https://localhost:" + QByteArray::number(server->serverPort()) + "/v1/me";
        const HttpResponse response = sendAndWait(layer, get(url));
        QVERIFY2(response.isSuccess(), qPrintable(response.errorMessage));
        QCOMPARE(response.body, QByteArray(R"({"tls":true})"));
        QCOMPARE(proxy.requests(), QList<QByteArray>{"CONNECT localhost:" +
                                                     QByteArray::number(server->serverPort())});
    }

    void caFileFromTheEnvironment()
    {
        ScriptedHttpServer *server = tlsServer(this);
        QVERIFY(server);
        qputenv("SCALING_ADVISOR_CA_FILE", (dataDir() + u"tls-localhost.crt"_s).toLocal8Bit());
        RequestLayer layer;
        const HttpResponse response = sendAndWait(
            layer, get("https://127.0.0.1:" + QByteArray::number(server->serverPort()) + "/"));
        QVERIFY2(response.isSuccess(), qPrintable(response.errorMessage));
    }

    void untrustedCertificateNamesHostAndReason()
    {
        ScriptedHttpServer *server = tlsServer(this);
        QVERIFY(server);
        RequestLayer layer;
        HttpRequest request =
            get("https://localhost:" + QByteArray::number(server->serverPort()) + "/v1/me");
        request.authorization = "Basic secret";
        const HttpResponse response = sendAndWait(layer, request);
        QCOMPARE(response.error, HttpResponse::Error::Tls);
        QVERIFY2(response.errorMessage.contains(u"localhost"_s), qPrintable(response.errorMessage));
        // The reason, as the TLS library gives it (self-signed, not trusted).
        QVERIFY2(response.errorMessage.contains(u"self signed"_s, Qt::CaseInsensitive) ||
                     response.errorMessage.contains(u"self-signed"_s, Qt::CaseInsensitive) ||
                     response.errorMessage.contains(u"not trusted"_s, Qt::CaseInsensitive),
                 qPrintable(response.errorMessage));
        QVERIFY(server->requests().isEmpty());
    }

    void unreadableCaFileIsSaid()
    {
        RequestLayer layer;
        RequestLayerOptions options;
        options.caFile = u"/nonexistent/company-ca.pem"_s;
        layer.setOptions(options);
        const HttpResponse response = sendAndWait(layer, get("https://localhost:9/"));
        QCOMPARE(response.error, HttpResponse::Error::Tls);
        QVERIFY2(response.errorMessage.contains(u"/nonexistent/company-ca.pem"_s),
                 qPrintable(response.errorMessage));
    }

    void tricklingServerEndsByTheDeadline()
    {
        // One byte a millisecond, 20,000 bytes: the stall timeout never fires.
        ScriptedHttpServer server([](const ScriptedHttpServer::Request &) {
            ScriptedHttpServer::Response r = ok(QByteArray(20000, 'x'));
            r.dribble = true;
            return r;
        });
        QVERIFY(server.start());
        RequestLayer layer;
        RequestLayerOptions options;
        options.requestDeadlineMs = 700;
        options.stallTimeoutMs = 5000;
        layer.setOptions(options);
        const HttpResponse response = sendAndWait(layer, get(server.origin() + "/v1/me"), 10000);
        QCOMPARE(response.error, HttpResponse::Error::Deadline);
        QVERIFY2(response.errorMessage.contains(u"did not answer within 700 ms"_s),
                 qPrintable(response.errorMessage));
        QVERIFY2(response.errorMessage.contains(u"127.0.0.1"_s), qPrintable(response.errorMessage));
        QCOMPARE(server.requests().size(), 1); // a deadline is not retried
    }

    void changeIsNotSentTwice()
    {
        // The connection drops after the PATCH arrived: it may have been applied.
        ScriptedHttpServer server([](const ScriptedHttpServer::Request &) {
            ScriptedHttpServer::Response r;
            r.raw = "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{";
            r.closeAfter = true;
            return r;
        });
        QVERIFY(server.start());
        RequestLayer layer;
        RequestLayerOptions options;
        options.retryBaseDelayMs = 10;
        layer.setOptions(options);
        HttpRequest patch = get(server.origin() + "/v1/me/applications/a/services/www");
        patch.method = "PATCH";
        patch.body = R"({"instance_count":3})";
        patch.contentType = "application/json";
        const HttpResponse response = sendAndWait(layer, patch);
        QVERIFY(!response.ok());
        QCOMPARE(server.requests().size(), 1);

        // A GET is read again.
        const HttpResponse read = sendAndWait(layer, get(server.origin() + "/v1/me"));
        QVERIFY(!read.ok());
        QCOMPARE(server.requests().size(), 1 + 1 + options.maxRetries);
    }

    // A Content-Length on an answer that has no body (HEAD, 304, 204) describes another answer:
    // the missing bytes are no cut. A 200 whose body stops short, its connection closed, is.
    void announcedLengthWithoutABody_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("cutShort");
        QTest::newRow("HEAD 200") << QByteArray("HEAD")
                                  << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/"
                                                "json\r\nContent-Length: 42\r\n\r\n")
                                  << false;
        QTest::newRow("GET 304") << QByteArray("GET")
                                 << QByteArray("HTTP/1.1 304 Not Modified\r\nContent-Length: "
                                               "42\r\n\r\n")
                                 << false;
        QTest::newRow("GET 204") << QByteArray("GET")
                                 << QByteArray("HTTP/1.1 204 No Content\r\nContent-Length: "
                                               "42\r\n\r\n")
                                 << false;
        QTest::newRow("GET 200 cut") << QByteArray("GET")
                                     << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: "
                                                   "42\r\n\r\n{\"a\":")
                                     << true;
    }

    void announcedLengthWithoutABody()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, raw);
        QFETCH(bool, cutShort);
        // The answers without a body keep the connection open, as a server does.
        ScriptedHttpServer server([raw, cutShort](const ScriptedHttpServer::Request &) {
            ScriptedHttpServer::Response r;
            r.raw = raw;
            r.closeAfter = cutShort;
            return r;
        });
        QVERIFY(server.start());
        RequestLayer layer;
        RequestLayerOptions options;
        options.retryBaseDelayMs = 10;
        layer.setOptions(options);
        HttpRequest request = get(server.origin() + "/v1/me");
        request.method = method;
        const HttpResponse response = sendAndWait(layer, request);
        if (cutShort) {
            QCOMPARE(response.error, HttpResponse::Error::Truncated);
            QVERIFY2(response.errorMessage.contains(u"cut short"_s),
                     qPrintable(response.errorMessage));
        } else {
            QVERIFY2(response.error == HttpResponse::Error::None,
                     qPrintable(response.errorMessage));
            QVERIFY(response.body.isEmpty());
        }
    }

    void authorizationStaysWithItsOrigin()
    {
        ScriptedHttpServer other(
            [](const ScriptedHttpServer::Request &) { return ok("elsewhere"); });
        QVERIFY(other.start());
        ScriptedHttpServer server([&other](const ScriptedHttpServer::Request &) {
            return ScriptedHttpServer::Response{302, {{"Location", other.origin() + "/moved"}}, {}};
        });
        QVERIFY(server.start());
        RequestLayer layer;
        HttpRequest request = get(server.origin() + "/v1/me");
        request.authorization = "Bearer t0ken";
        const HttpResponse response = sendAndWait(layer, request);
        QVERIFY2(response.isSuccess(), qPrintable(response.errorMessage));
        QVERIFY(response.crossOrigin);
        QCOMPARE(server.requests().first().headers.value("authorization"),
                 QByteArray("Bearer t0ken"));
        QVERIFY(!other.requests().first().headers.contains("authorization"));
    }

    void fewRemainingRequestsAreNotOvershot()
    {
        ScriptedHttpServer server([](const ScriptedHttpServer::Request &) {
            return ScriptedHttpServer::Response{200, {{"X-RateLimit-Remaining", "1"}}, "{}"};
        });
        server.setAnswerDelay(20);
        QVERIFY(server.start());
        RequestLayer layer;
        // The first answer says one request remains: from then on one at a time.
        QVERIFY(sendAndWait(layer, get(server.origin() + "/first")).isSuccess());
        int finished = 0;
        for (int i = 0; i < 6; ++i)
            layer.send(get(server.origin() + "/n"),
                       [&finished](const HttpResponse &) { ++finished; });
        QTRY_COMPARE_WITH_TIMEOUT(finished, 6, 10000);
        QCOMPARE(server.maxInFlight(), 1);
    }

    void boundedConcurrency()
    {
        ScriptedHttpServer server([](const ScriptedHttpServer::Request &) { return ok(); });
        server.setAnswerDelay(50);
        QVERIFY(server.start());
        RequestLayer layer;
        RequestLayerOptions options;
        options.maxParallel = 3;
        layer.setOptions(options);
        int finished = 0;
        for (int i = 0; i < 12; ++i)
            layer.send(get(server.origin() + "/n"),
                       [&finished](const HttpResponse &) { ++finished; });
        QTRY_COMPARE_WITH_TIMEOUT(finished, 12, 10000);
        QVERIFY(server.maxInFlight() <= 3);
        QVERIFY(server.maxInFlight() >= 2);
    }

    void requestsWaitingInQtStartTheirClocksOnTheWire()
    {
        // Once the origin has answered over HTTP/1, twelve requests are handed to Qt Network:
        // six on its six connections, six waiting in its queue for one. Each answer takes longer
        // than the connect timeout, and two answers longer than the deadline: a waiting request
        // whose clocks ran from the hand-over would fail.
        ScriptedHttpServer server([](const ScriptedHttpServer::Request &) { return ok(); });
        QVERIFY(server.start());
        RequestLayer layer;
        RequestLayerOptions options;
        options.connectTimeoutMs = 300;
        options.requestDeadlineMs = 700;
        layer.setOptions(options);
        QVERIFY(sendAndWait(layer, get(server.origin() + "/first")).isSuccess());
        server.setAnswerDelay(400);
        QList<HttpResponse> answers;
        for (int i = 0; i < 24; ++i)
            layer.send(get(server.origin() + "/n"),
                       [&answers](const HttpResponse &response) { answers.append(response); });
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), qsizetype(24), 15000);
        for (const HttpResponse &answer : std::as_const(answers))
            QVERIFY2(answer.isSuccess(), qPrintable(answer.errorMessage));
        QCOMPARE(server.maxInFlight(), 6); // never more connections than Qt's six
    }

    void abortCallsNothing()
    {
        ScriptedHttpServer server([](const ScriptedHttpServer::Request &) { return ok(); });
        server.setAnswerDelay(300);
        QVERIFY(server.start());
        RequestLayer layer;
        bool called = false;
        const RequestLayer::Id id = layer.send(get(server.origin() + "/n"),
                                               [&called](const HttpResponse &) { called = true; });
        QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), qsizetype(1), 5000);
        layer.abort(id);
        QCOMPARE(layer.pendingCount(), 0);
        QTest::qWait(500);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestRequestLayer)
#include "tst_requestlayer.moc"
