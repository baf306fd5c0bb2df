#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>

class QTcpSocket;

// An HTTP proxy on 127.0.0.1 for tests: the absolute form for plain http (GET http://host/path),
// CONNECT tunnels for https (or for anything), optionally demanding Basic credentials (407), or
// refusing every CONNECT (403). It records what it was asked to reach.
class TestProxy : public QTcpServer
{
    Q_OBJECT

public:
    explicit TestProxy(QObject *parent = nullptr);

    void requireCredentials(const QByteArray &user, const QByteArray &password);
    void refuseConnect(bool refuse) { m_refuseConnect = refuse; }
    bool start(); // 127.0.0.1, any free port

    QByteArray hostAndPort() const; // "127.0.0.1:PORT"
    // "GET http://127.0.0.1:1234/v1/me" or "CONNECT 127.0.0.1:1234", in arrival order.
    const QList<QByteArray> &requests() const { return m_requests; }
    int rejectedForCredentials() const { return m_rejected; }

private:
    void onClientData(QTcpSocket *client);
    void startTunnel(QTcpSocket *client, const QByteArray &target);
    void forward(QTcpSocket *client, const QByteArray &method, const QByteArray &target,
                 const QByteArray &head, const QByteArray &body);
    bool authorized(const QByteArray &head) const;

    QByteArray m_expectedAuthorization; // "Basic …", empty: no credentials needed
    bool m_refuseConnect = false;
    QList<QByteArray> m_requests;
    int m_rejected = 0;
};
