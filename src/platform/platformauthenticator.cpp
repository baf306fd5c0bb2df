#include "platformauthenticator.h"

#include "platformerrormapper.h"
#include "platformlogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

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

// The document's object: an envelope's "object", or the document itself (a bare OAuth2 answer).
QJsonObject payload(const QByteArray &body, bool *isJson)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    *isJson = doc.isObject();
    const QJsonObject root = doc.object();
    if (root.value("object"_L1).isObject())
        return root.value("object"_L1).toObject();
    return root;
}

} // namespace

PlatformAuthenticator::PlatformAuthenticator(RequestLayer *layer, QObject *parent)
    : QObject(parent)
    , m_layer(layer)
{}

void PlatformAuthenticator::setApiUrl(const QUrl &apiUrl)
{
    if (apiUrl != m_apiUrl)
        m_tokenEndpoint.clear();
    m_apiUrl = apiUrl;
}

void PlatformAuthenticator::setClient(const QString &clientId, const QString &clientSecret)
{
    m_clientId = clientId;
    m_clientSecret = clientSecret;
}

void PlatformAuthenticator::setCredentials(const PlatformCredentials &credentials)
{
    m_credentials = credentials;
}

QByteArray PlatformAuthenticator::authorization() const
{
    if (!m_credentials.accessToken.isEmpty())
        return "Bearer " + m_credentials.accessToken.toUtf8();
    if (!m_credentials.apiKey.isEmpty())
        return "Basic " + m_credentials.apiKey.toUtf8().toBase64();
    return {};
}

bool PlatformAuthenticator::canObtainToken() const
{
    return !m_credentials.refreshToken.isEmpty() ||
           (!m_credentials.username.isEmpty() && !m_credentials.password.isEmpty());
}

bool PlatformAuthenticator::needsGrant() const
{
    return m_credentials.apiKey.isEmpty() && m_credentials.accessToken.isEmpty() &&
           canObtainToken();
}

QUrl PlatformAuthenticator::discoveryUrl() const
{
    QUrl url = m_apiUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    if (base.endsWith(u"/v1"_s))
        base.chop(3);
    url.setPath(base + u"/v1/auth/discovery"_s, QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void PlatformAuthenticator::abort()
{
    if (m_request)
        m_layer->abort(m_request);
    m_request = 0;
    m_running = false;
    m_done = nullptr;
}

void PlatformAuthenticator::finish(const PlatformError &error)
{
    m_request = 0;
    m_running = false;
    auto done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(error);
}

void PlatformAuthenticator::grant(bool usePassword,
                                  std::function<void(const PlatformError &error)> done)
{
    m_running = true;
    m_done = std::move(done);
    m_credentials.accessToken.clear();
    if (m_tokenEndpoint.isValid() && !m_tokenEndpoint.isEmpty()) {
        const QUrl endpoint = m_tokenEndpoint;
        QTimer::singleShot(0, this, [this, endpoint, usePassword] {
            if (m_running)
                requestToken(endpoint, usePassword);
        });
        return;
    }

    HttpRequest discovery;
    discovery.url = discoveryUrl();
    discovery.headers = {{"Accept", "application/json"}};
    discovery.what = u"GET /v1/auth/discovery"_s;
    m_request = m_layer->send(discovery, [this, usePassword](const HttpResponse &response) {
        m_request = 0;
        if (!response.ok()) {
            finish(PlatformErrorMapper::fromTransport(response));
            return;
        }
        if (!response.isSuccess()) {
            finish(PlatformErrorMapper::fromStatus(response, u"GET /v1/auth/discovery"_s));
            return;
        }
        bool isJson = false;
        const QJsonObject object = payload(response.body, &isJson);
        const QString token = object.value("token"_L1).toString();
        if (!isJson || token.isEmpty()) {
            finish(PlatformErrorMapper::badData(
                u"GET /v1/auth/discovery"_s,
                isJson ? tr("the answer has no \"token\" (the token endpoint), so signing in with "
                            "a password is not possible")
                       : tr("the answer is not a JSON object")));
            return;
        }
        const QUrl endpoint = response.url.resolved(QUrl(token));
        m_tokenEndpoint = endpoint;
        requestToken(endpoint, usePassword);
    });
}

void PlatformAuthenticator::requestToken(const QUrl &endpoint, bool usePassword)
{
    const bool refresh = !m_credentials.refreshToken.isEmpty() &&
                         !(usePassword && !m_credentials.password.isEmpty());
    QList<std::pair<QString, QString>> fields;
    if (refresh) {
        fields = {{u"grant_type"_s, u"refresh_token"_s},
                  {u"refresh_token"_s, m_credentials.refreshToken},
                  {u"client_id"_s, m_clientId}};
    } else {
        fields = {{u"grant_type"_s, u"password"_s},
                  {u"username"_s, m_credentials.username},
                  {u"password"_s, m_credentials.password},
                  {u"client_id"_s, m_clientId}};
    }
    HttpRequest request;
    request.method = "POST";
    request.url = endpoint;
    request.headers = {{"Accept", "application/json"}};
    request.authorization =
        "Basic " + QString(m_clientId + u':' + m_clientSecret).toUtf8().toBase64();
    request.contentType = "application/x-www-form-urlencoded";
    request.body = formEncode(fields);
    request.what = u"POST "_s + endpoint.path();
    const QString what = request.what;
    m_request = m_layer->send(request, [this, refresh, what](const HttpResponse &response) {
        m_request = 0;
        if (!response.ok()) {
            finish(PlatformErrorMapper::fromTransport(response));
            return;
        }
        if (!response.isSuccess()) {
            const PlatformError e = PlatformErrorMapper::fromStatus(response, what);
            if (e.kind == PlatformErrorKind::Refused ||
                e.kind == PlatformErrorKind::Authentication ||
                e.kind == PlatformErrorKind::Forbidden) {
                // The platform said no: the saved token or the password is no longer good.
                if (refresh) {
                    m_credentials.refreshToken.clear();
                    emit credentialsChanged(m_credentials);
                }
                finish(PlatformError::make(
                    PlatformErrorKind::Authentication,
                    refresh ? tr("The saved sign-in has expired. Please sign in again.")
                            : tr("The platform did not accept the username or password. Please "
                                 "check them and sign in again."),
                    response.status));
                return;
            }
            finish(e);
            return;
        }
        bool isJson = false;
        const QJsonObject answer = payload(response.body, &isJson);
        const QString accessToken = answer.value("access_token"_L1).toString();
        if (!isJson || accessToken.isEmpty()) {
            finish(PlatformErrorMapper::badData(
                what, isJson ? tr("the token answer has no \"access_token\"")
                             : tr("the token answer is not a JSON object")));
            return;
        }
        const QString tokenType = answer.value("token_type"_L1).toString(u"bearer"_s);
        if (tokenType.compare(u"bearer"_s, Qt::CaseInsensitive) != 0) {
            finish(PlatformErrorMapper::badData(
                what, tr("the token is of type \"%1\", not \"bearer\"").arg(tokenType)));
            return;
        }
        m_credentials.accessToken = accessToken;
        const QString refreshToken = answer.value("refresh_token"_L1).toString();
        if (!refreshToken.isEmpty()) {
            m_credentials.refreshToken = refreshToken;
            m_credentials.password.clear(); // the refresh token stands in for it from now on
        }
        qCInfo(lcPlatform) << (refresh ? "access token refreshed" : "signed in with password");
        emit credentialsChanged(m_credentials);
        finish({});
    });
}
