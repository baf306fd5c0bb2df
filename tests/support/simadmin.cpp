#include "simadmin.h"

#include "boundedwait.h"

#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>

#include <memory>

namespace TestSupport {

namespace {
Status asStatus(const Result<QJsonObject> &answer)
{
    return answer ? success() : Status::failure(answer.error());
}
} // namespace

SimAdmin::SimAdmin(const QUrl &apiUrl, const QString &adminToken, std::chrono::milliseconds timeout)
    : m_apiUrl(apiUrl)
    , m_token(adminToken.toUtf8())
    , m_timeout(timeout)
{
    m_nam.setProxy(QNetworkProxy::NoProxy);
}

Result<SimAdmin::Answer> SimAdmin::exchange(const QByteArray &verb, const QString &path,
                                            const QJsonObject &body)
{
    const QString what = QString::fromLatin1(verb) + u' ' + path;
    QUrl url = m_apiUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    if (!m_token.isEmpty())
        request.setRawHeader("X-Admin-Token", m_token);
    request.setTransferTimeout(int(m_timeout.count()));
    const QByteArray bytes =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!bytes.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, verb, bytes));
    const bool finished =
        reply->isFinished() ||
        runAndWait(reply.get(), &QNetworkReply::finished, {}, what, m_timeout).ok();
    // The transfer timeout ends a silent exchange as "canceled": the same as no answer at all.
    if (!finished || reply->error() == QNetworkReply::OperationCanceledError) {
        reply->abort();
        return Result<Answer>::failure(
            QStringLiteral("%1: no answer within %2 ms").arg(what).arg(m_timeout.count()));
    }
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.envelope = QJsonDocument::fromJson(reply->readAll()).object();
    answer.errorString = reply->errorString();
    if (answer.status == 0)
        return Result<Answer>::failure(what + QStringLiteral(": ") + answer.errorString);
    return answer;
}

Result<QJsonObject> SimAdmin::send(const QByteArray &verb, const QString &path,
                                   const QJsonObject &body)
{
    const Result<Answer> answer = exchange(verb, path, body);
    if (!answer)
        return Result<QJsonObject>::failure(answer.error());
    if (answer->status < 200 || answer->status > 299) {
        const QString description = answer->envelope.value(QStringLiteral("error"))
                                        .toObject()
                                        .value(QStringLiteral("description"))
                                        .toString();
        return Result<QJsonObject>::failure(
            QStringLiteral("%1 %2: %3 %4")
                .arg(QString::fromLatin1(verb), path)
                .arg(answer->status)
                .arg(description.isEmpty() ? answer->errorString : description));
    }
    return answer->envelope;
}

Result<int> SimAdmin::httpStatus(const QByteArray &verb, const QString &path,
                                 const QJsonObject &body)
{
    const Result<Answer> answer = exchange(verb, path, body);
    if (!answer)
        return Result<int>::failure(answer.error());
    return answer->status;
}

Status SimAdmin::failDatacenter(const QString &name)
{
    return asStatus(send("POST", QStringLiteral("/admin/datacenters/%1/fail").arg(name)));
}

Status SimAdmin::restoreDatacenter(const QString &name)
{
    return asStatus(send("POST", QStringLiteral("/admin/datacenters/%1/restore").arg(name)));
}

Status SimAdmin::setStatus(const QString &indicator, const QString &description,
                           std::optional<bool> outage)
{
    QJsonObject body{{QStringLiteral("indicator"), indicator}};
    if (!description.isEmpty())
        body.insert(QStringLiteral("description"), description);
    if (outage)
        body.insert(QStringLiteral("outage"), *outage);
    return asStatus(send("POST", QStringLiteral("/admin/status"), body));
}

Status SimAdmin::postUpdate(const QJsonObject &update)
{
    return asStatus(send("POST", QStringLiteral("/admin/status/updates"), update));
}

Status SimAdmin::addFault(const QJsonObject &fault)
{
    return asStatus(send("POST", QStringLiteral("/admin/faults"), fault));
}

Status SimAdmin::clearFaults()
{
    return asStatus(send("DELETE", QStringLiteral("/admin/faults")));
}

Status SimAdmin::expireTokens()
{
    return asStatus(send("POST", QStringLiteral("/admin/tokens/expire")));
}

Status SimAdmin::reset()
{
    return asStatus(send("POST", QStringLiteral("/admin/reset")));
}

} // namespace TestSupport
