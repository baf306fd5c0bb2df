#pragma once

#include "faultinjector.h"
#include "simrequest.h"
#include "simresponse.h"

#include <QAbstractHttpServer>
#include <QPointer>
#include <QTcpSocket>

#include <functional>

// One listening port of the simulator. Qt HTTP Server parses the requests; the answers are
// written to the socket directly, because the simulator must also misbehave on purpose (delay,
// cut or drop an answer) and hold streaming answers open, which QHttpServer 6.4's responders
// cannot do.
class SimHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<SimResponse(const SimRequest &)>;

    // `target` is the name faults use for this server ("api" or "status").
    SimHttpServer(const QString &target, FaultInjector *faults, QObject *parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // A header sent with every answer of this server, faults included (X-dotCloud-API-Revision).
    void addFixedHeader(const QByteArray &name, const QByteArray &value)
    {
        m_fixedHeaders.append({name, value});
    }
    // Listens on 127.0.0.1; returns the port, 0 on failure.
    quint16 listenLocal(quint16 port);

    // Pushes a chunk to every open streaming answer.
    void writeToStreams(const QByteArray &chunk);
    int streamCount() const;
    void closeStreams();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void answer(QTcpSocket *socket, const SimRequest &request, const SimResponse &response,
                const std::optional<Fault> &fault);
    void write(QTcpSocket *socket, const SimRequest &request, SimResponse response,
               const std::optional<Fault> &fault);
    QByteArray head(const SimResponse &response, qint64 contentLength, bool close) const;

    QString m_target;
    FaultInjector *m_faults;
    Handler m_handler;
    QList<QPointer<QTcpSocket>> m_streams;
    QList<QPair<QByteArray, QByteArray>> m_fixedHeaders;
};
