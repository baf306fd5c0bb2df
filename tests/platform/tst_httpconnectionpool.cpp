// The client's HTTP/1.1 transport on its own: the answer shapes a server may send (fixed length,
// chunked, until close, 100 Continue, garbage), kept-alive reuse and a server that closes its end.
#include "httpconnectionpool.h"
#include "scriptedhttpserver.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestHttpConnectionPool : public QObject
{
    Q_OBJECT

private:
    // Sends one request and waits for its end.
    static std::unique_ptr<HttpExchange> exchange(HttpConnectionPool &pool, const QUrl &url,
                                                  const QByteArray &method = "GET",
                                                  const QByteArray &body = {})
    {
        std::unique_ptr<HttpExchange> ex(pool.send(method, url, {{"Accept", "*/*"}}, body));
        QSignalSpy finished(ex.get(), &HttpExchange::finished);
        if (!finished.wait(10000))
            qWarning("no answer");
        return ex;
    }

    static QUrl url(const ScriptedHttpServer &server, const char *path)
    {
        return QUrl(QString::fromLatin1(server.origin() + path));
    }

private slots:
    void answerShapes_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("fixed length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello") << 200
            << QByteArray("hello");
        QTest::newRow("chunked with extensions and trailer")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "4;x=y\r\nhell\r\n1\r\no\r\n0\r\nX-Trailer: 1\r\n\r\n")
            << 200 << QByteArray("hello");
        QTest::newRow("until close, HTTP/1.0")
            << QByteArray("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nhello") << 200
            << QByteArray("hello");
        QTest::newRow("100 Continue first")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\n"
                          "Content-Length: 2\r\n\r\nok")
            << 201 << QByteArray("ok");
        QTest::newRow("no content")
            << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << 204 << QByteArray();
        QTest::newRow("header names in any case")
            << QByteArray("HTTP/1.1 200 OK\r\ncOnTeNt-LeNgTh: 2\r\n\r\nhi") << 200
            << QByteArray("hi");
    }

    void answerShapes()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        const bool untilClose =
            !raw.contains("Length") && !raw.contains("chunked") && !raw.startsWith("HTTP/1.1 204");
        // Whole, and cut at every byte as a slow network would deliver it.
        for (const bool dribble : {false, true}) {
            ScriptedHttpServer server([&](const ScriptedHttpServer::Request &) {
                ScriptedHttpServer::Response r;
                r.raw = raw;
                r.closeAfter = untilClose;
                r.dribble = dribble;
                return r;
            });
            QVERIFY(server.start());
            HttpConnectionPool pool;
            const auto ex = exchange(pool, url(server, "/x"));
            QCOMPARE(ex->error(), HttpExchange::Error::None);
            QCOMPARE(ex->status(), status);
            QCOMPARE(ex->body(), body);
        }
    }

    void garbageIsAProtocolError()
    {
        ScriptedHttpServer server([](const ScriptedHttpServer::Request &) {
            ScriptedHttpServer::Response r;
            r.raw = "SSH-2.0-OpenSSH_9.2\r\n\r\n";
            return r;
        });
        QVERIFY(server.start());
        HttpConnectionPool pool;
        const auto ex = exchange(pool, url(server, "/"));
        QCOMPARE(ex->error(), HttpExchange::Error::Protocol);
    }

    void bodyCutShortIsClosedWithWhatArrived()
    {
        ScriptedHttpServer server([](const ScriptedHttpServer::Request &) {
            ScriptedHttpServer::Response r;
            r.raw = "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf";
            r.closeAfter = true;
            return r;
        });
        QVERIFY(server.start());
        HttpConnectionPool pool;
        const auto ex = exchange(pool, url(server, "/"));
        QCOMPARE(ex->error(), HttpExchange::Error::Closed);
        QCOMPARE(ex->status(), 200);
        QCOMPARE(ex->contentLength(), 10);
        QCOMPARE(ex->body(), QByteArray("half"));
    }

    void keptAliveConnectionIsReused()
    {
        ScriptedHttpServer server([](const ScriptedHttpServer::Request &request) {
            return ScriptedHttpServer::Response{200, {}, request.path};
        });
        QVERIFY(server.start());
        HttpConnectionPool pool;
        for (int i = 0; i < 5; ++i) {
            const auto ex = exchange(pool, url(server, "/again"));
            QCOMPARE(ex->body(), QByteArray("/again"));
        }
        QCOMPARE(server.requests().size(), 5);
        QCOMPARE(server.connectionCount(), 1);
        QCOMPARE(server.requests().first().headers.value("host"),
                 "127.0.0.1:" + QByteArray::number(server.serverPort()));
    }

    void requestBodyIsSentWithItsLength()
    {
        ScriptedHttpServer server([](const ScriptedHttpServer::Request &request) {
            return ScriptedHttpServer::Response{200, {}, request.body};
        });
        QVERIFY(server.start());
        HttpConnectionPool pool;
        const auto ex = exchange(pool, url(server, "/s"), "PATCH", R"({"instance_count":3})");
        QCOMPARE(ex->body(), QByteArray(R"({"instance_count":3})"));
        QCOMPARE(server.requests().first().method, QByteArray("PATCH"));
        QCOMPARE(server.requests().first().headers.value("content-length"), QByteArray("20"));
    }

    void serverClosingKeptAliveConnectionsIsNoError()
    {
        // The server closes after every answer without saying so: each request still succeeds,
        // on a new connection when the old one is gone.
        ScriptedHttpServer server([](const ScriptedHttpServer::Request &request) {
            ScriptedHttpServer::Response r{200, {}, request.method};
            r.closeAfter = true;
            return r;
        });
        QVERIFY(server.start());
        HttpConnectionPool pool;
        for (const QByteArray method : {"GET", "PATCH", "GET", "POST"}) {
            const auto ex = exchange(pool, url(server, "/"), method, "x");
            QCOMPARE(ex->error(), HttpExchange::Error::None);
            QCOMPARE(ex->body(), method);
        }
        QCOMPARE(server.requests().size(), 4);
    }

    void atMostMaxConnectionsPerOrigin()
    {
        ScriptedHttpServer server([](const ScriptedHttpServer::Request &) {
            return ScriptedHttpServer::Response{200, {}, "ok"};
        });
        server.setAnswerDelay(20);
        QVERIFY(server.start());
        HttpConnectionPool pool;
        pool.setMaxConnectionsPerOrigin(2);
        std::vector<std::unique_ptr<HttpExchange>> exchanges;
        for (int i = 0; i < 10; ++i)
            exchanges.emplace_back(pool.send("GET", url(server, "/"), {}));
        for (const auto &ex : exchanges) {
            if (!ex->isFinished()) {
                QSignalSpy finished(ex.get(), &HttpExchange::finished);
                QVERIFY(finished.wait(10000));
            }
            QCOMPARE(ex->body(), QByteArray("ok"));
        }
        QCOMPARE(server.connectionCount(), 2);
        QCOMPARE(server.maxInFlight(), 2);
    }

    void abortEndsTheExchange()
    {
        ScriptedHttpServer server([](const ScriptedHttpServer::Request &) {
            return ScriptedHttpServer::Response{200, {}, "late"};
        });
        server.setAnswerDelay(2000);
        QVERIFY(server.start());
        HttpConnectionPool pool;
        std::unique_ptr<HttpExchange> ex(pool.send("GET", url(server, "/"), {}));
        QSignalSpy sent(ex.get(), &HttpExchange::requestSent);
        QVERIFY(sent.wait(5000));
        QSignalSpy finished(ex.get(), &HttpExchange::finished);
        ex->abort();
        QVERIFY(finished.wait(1000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(ex->error(), HttpExchange::Error::Aborted);
        QVERIFY(ex->body().isEmpty());
    }

    void refusedConnectionIsAConnectError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        HttpConnectionPool pool;
        const auto ex = exchange(pool, QUrl(u"http://127.0.0.1:%1/"_s.arg(port)));
        QCOMPARE(ex->error(), HttpExchange::Error::Connect);
        QCOMPARE(ex->status(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpConnectionPool)
#include "tst_httpconnectionpool.moc"
