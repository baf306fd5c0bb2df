#include "cliclient.h"

#include "boundedwait.h"

#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
QByteArray formEncode(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[key, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}
} // namespace

CliClient::CliClient(const QUrl &endpoint)
    : m_endpoint(endpoint)
{
    m_nam.setProxy(QNetworkProxy::NoProxy);
}

void CliClient::setClient(const QString &id, const QString &secret)
{
    m_clientId = id;
    m_clientSecret = secret;
}

Result<CliClient::Answer> CliClient::send(const QByteArray &verb, const QUrl &url,
                                          const QByteArray &body, const QByteArray &contentType,
                                          const QByteArray &authorization)
{
    m_sent.append({verb, url, authorization, contentType, body});
    QNetworkRequest request(url);
    request.setRawHeader("User-Agent", "dotcloud-cli/0.9 (replay)");
    request.setRawHeader("Accept", "application/json");
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    const QString what = QString::fromLatin1(verb) + u' ' + url.path();
    std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, verb, body));
    const auto done = TestSupport::runAndWait(reply.get(), &QNetworkReply::finished, {}, what);
    if (!done)
        return Result<Answer>::failure(done.error());
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray traceId = reply->rawHeader("X-DotCloud-TraceID");
    const QByteArray bytes = reply->readAll();
    if (answer.status == 0)
        return Result<Answer>::failure(what + u": "_s + reply->errorString());
    // The CLI compares the Content-Type with exactly this, and treats anything else but a 204
    // as an error.
    if (answer.status != 204 && reply->rawHeader("Content-Type") != "application/json")
        return Result<Answer>::failure(u"%1: the answer is not application/json but \"%2\""_s.arg(
            what, QString::fromLatin1(reply->rawHeader("Content-Type"))));
    answer.json = QJsonDocument::fromJson(bytes).object();
    if (answer.status >= 400) {
        const QString description =
            answer.json[u"error"_s][u"description"_s].toString(u"(no description)"_s);
        return Result<Answer>::failure(u"%1: %2 (error %3, trace id %4)"_s.arg(
            what, description, QString::number(answer.status), QString::fromLatin1(traceId)));
    }
    return answer;
}

Result<CliClient::Answer> CliClient::api(const QByteArray &verb, const QString &path,
                                         const QJsonObject &body)
{
    QUrl url = m_endpoint;
    url.setPath(m_endpoint.path() + path);
    const QByteArray bytes = body.isEmpty() && verb == "GET"
                                 ? QByteArray()
                                 : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return send(verb, url, bytes, bytes.isEmpty() ? QByteArray() : "application/json",
                "Bearer " + m_accessToken.toUtf8());
}

Result<QString> CliClient::discoverTokenUrl()
{
    QUrl url = m_endpoint;
    url.setPath(m_endpoint.path() + u"/auth/discovery"_s);
    const auto answer = send("GET", url, {}, {}, {}); // no credentials: there are none yet
    if (!answer)
        return Result<QString>::failure(answer.error());
    const QString token = answer->json[u"object"_s][u"token"_s].toString();
    if (token.isEmpty())
        return Result<QString>::failure(u"the discovery answer has no object.token"_s);
    m_tokenUrl = token;
    return token;
}

Status CliClient::grant(const QByteArray &form)
{
    if (m_tokenUrl.isEmpty())
        if (const auto found = discoverTokenUrl(); !found)
            return Status::failure(found.error());
    const QByteArray basic = "Basic " + (m_clientId + u':' + m_clientSecret).toUtf8().toBase64();
    const auto answer =
        send("POST", QUrl(m_tokenUrl), form, "application/x-www-form-urlencoded", basic);
    if (!answer)
        return Status::failure(answer.error());
    m_accessToken = answer->json[u"access_token"_s].toString();
    if (m_accessToken.isEmpty())
        return Status::failure(u"the token answer has no access_token"_s);
    m_refreshToken = answer->json[u"refresh_token"_s].toString(m_refreshToken);
    m_scope = answer->json[u"scope"_s].toString();
    return success();
}

Status CliClient::login(const QString &username, const QString &password)
{
    return grant(formEncode({{u"grant_type"_s, u"password"_s},
                             {u"username"_s, username},
                             {u"password"_s, password},
                             {u"client_id"_s, m_clientId}}));
}

Status CliClient::refresh()
{
    return grant(formEncode({{u"grant_type"_s, u"refresh_token"_s},
                             {u"refresh_token"_s, m_refreshToken},
                             {u"client_id"_s, m_clientId},
                             {u"client_secret"_s, m_clientSecret},
                             {u"scope"_s, m_scope}}));
}

Result<QString> CliClient::privateKey()
{
    const auto answer = api("GET", u"/me/private_keys"_s);
    if (!answer)
        return Result<QString>::failure(answer.error());
    return answer->json[u"objects"_s][0][u"private_key"_s].toString();
}

Result<QJsonArray> CliClient::applications()
{
    const auto answer = api("GET", u"/me/applications"_s);
    if (!answer)
        return Result<QJsonArray>::failure(answer.error());
    return answer->json[u"objects"_s].toArray();
}

Result<QJsonObject> CliClient::service(const QString &app, const QString &svc)
{
    const auto answer = api("GET", u"/me/applications/%1/services/%2"_s.arg(app, svc));
    if (!answer)
        return Result<QJsonObject>::failure(answer.error());
    return answer->json[u"object"_s].toObject();
}

Result<QStringList> CliClient::info(const QString &app, const QString &svc)
{
    const auto read = service(app, svc);
    if (!read)
        return Result<QStringList>::failure(read.error());
    QStringList lines;
    for (const QJsonValue &domain : (*read)[u"domains"_s].toArray())
        lines.append(u"domain "_s + domain[u"domain"_s].toString());
    for (const QJsonValue &instance : (*read)[u"instances"_s].toArray())
        lines.append(instance[u"datacenter"_s].toString() + u' ' + instance[u"host"_s].toString());
    return lines;
}

Result<QJsonObject> CliClient::scale(const QString &app, const QString &svc, int instances)
{
    const auto patched = api("PATCH", u"/me/applications/%1/services/%2"_s.arg(app, svc),
                             {{u"instance_count"_s, instances}});
    if (!patched)
        return Result<QJsonObject>::failure(patched.error());
    const auto deployed = api("POST", u"/me/applications/%1/deployments"_s.arg(app),
                              {{u"revision"_s, QJsonValue()}, {u"clean"_s, false}});
    if (!deployed)
        return Result<QJsonObject>::failure(deployed.error());
    return deployed->json[u"object"_s].toObject();
}
