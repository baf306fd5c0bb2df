// Fuzzes the Platform client's HTTP/1.1 response parser (HttpConnection, through
// HttpConnectionPool): a local server answers one request with the input's bytes, sent in two
// writes (cut where the first byte says) so that the parser also meets a status line, a header or
// a chunk cut in two; then it closes the connection. The exchange must finish, whatever the
// bytes, with a body no larger than what was sent.
#include "httpconnectionpool.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

struct Harness
{
    int argc = 1;
    char name[16] = "fuzz";
    char *argv[2] = {name, nullptr};
    QCoreApplication app{argc, argv};
    QTcpServer server;
    HttpConnectionPool pool;
    QByteArray answer;

    Harness()
    {
        if (!server.listen(QHostAddress::LocalHost, 0))
            std::abort();
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                auto request = std::make_shared<QByteArray>();
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, request] {
                    *request += s->readAll();
                    if (!request->contains("\r\n\r\n"))
                        return;
                    const qsizetype cut =
                        answer.isEmpty() ? 0 : qsizetype(uchar(answer.at(0))) % (answer.size() + 1);
                    s->write(answer.left(cut));
                    s->flush();
                    s->write(answer.mid(cut));
                    s->disconnectFromHost();
                });
            }
        });
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Harness h;
    h.answer = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(h.server.serverPort());
    url.setPath(QStringLiteral("/v1/me"));
    HttpExchange *exchange = h.pool.send("GET", url, {{"Accept", "application/json"}});
    QEventLoop loop;
    QObject::connect(exchange, &HttpExchange::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    if (!exchange->isFinished())
        loop.exec();
    if (!exchange->isFinished())
        std::abort(); // the answer ended (the server closed) but the exchange never finished
    if (exchange->body().size() > qsizetype(size))
        std::abort(); // a body larger than every byte the server sent
    delete exchange;
    h.pool.closeAll();
    return 0;
}
