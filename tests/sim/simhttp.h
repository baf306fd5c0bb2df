#pragma once

// A small synchronous HTTP client over QNetworkAccessManager for the simulator's tests: every
// test talks to the simulator over real HTTP on 127.0.0.1, and every request is bounded.

#include "boundedwait.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonObject object() const { return json().value(QLatin1String("object")).toObject(); }
    int errorCode() const
    {
        return json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt();
    }
    QString errorDescription() const
    {
        return json()
            .value(QLatin1String("error"))
            .toObject()
            .value(QLatin1String("description"))
            .toString();
    }
};

class SimHttp
{
public:
    explicit SimHttp(const QUrl &base)
        : m_base(base)
    {
        m_nam.setProxy(QNetworkProxy::NoProxy);
    }

    static QByteArray basic(const QString &apiKey) { return "Basic " + apiKey.toUtf8().toBase64(); }
    static QByteArray bearer(const QString &token) { return "Bearer " + token.toUtf8(); }

    HttpAnswer get(const QString &path, const QByteArray &authorization = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return send("GET", path, {}, {}, authorization, headers);
    }
    HttpAnswer send(const QByteArray &verb, const QString &path, const QByteArray &body,
                    const QByteArray &contentType, const QByteArray &authorization = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(m_base.toString() + path));
        request.setTransferTimeout(20000);
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = body.isEmpty() && verb == "GET" ? m_nam.get(request)
                               : body.isEmpty() && verb == "HEAD"
                                   ? m_nam.head(request)
                                   : m_nam.sendCustomRequest(request, verb, body);
        HttpAnswer answer;
        if (!reply->isFinished()) {
            const auto done = TestSupport::runAndWait(
                reply, &QNetworkReply::finished, {},
                QString::fromLatin1(verb) + QLatin1Char(' ') + path, std::chrono::seconds(20));
            if (!done) {
                qWarning("%s", qPrintable(done.error()));
                reply->abort();
            }
        }
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.error = reply->error();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            answer.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return answer;
    }

    QNetworkAccessManager &nam() { return m_nam; }
    QUrl url(const QString &path) const { return QUrl(m_base.toString() + path); }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};
