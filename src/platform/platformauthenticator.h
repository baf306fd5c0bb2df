#pragma once

#include "platformcredentials.h"
#include "platformerror.h"
#include "requestlayer.h"

#include <QObject>
#include <QUrl>

#include <functional>

// Signs in as the platform's own command-line client did, and keeps the tokens:
//   GET {api}/v1/auth/discovery (no credentials) → object.token, the token endpoint's absolute URL
//   (it may be on another host); then a form POST to it, authenticated with this client's own id
//   and secret as HTTP Basic: grant_type=password&username&password&client_id, or
//   grant_type=refresh_token&refresh_token&client_id. After a password grant that brought a
//   refresh token the password is forgotten, so that it is never sent again.
class PlatformAuthenticator : public QObject
{
    Q_OBJECT

public:
    PlatformAuthenticator(RequestLayer *layer, QObject *parent = nullptr);

    void setApiUrl(const QUrl &apiUrl); // forgets the token endpoint when it changes
    void setClient(const QString &clientId, const QString &clientSecret);
    void setCredentials(const PlatformCredentials &credentials);
    PlatformCredentials credentials() const { return m_credentials; }

    // The Authorization header for an API request: Bearer token, else the API key as Basic.
    QByteArray authorization() const;
    QString accessToken() const { return m_credentials.accessToken; }
    // A refresh token, or a username and password: a new access token can be had.
    bool canObtainToken() const;
    // No API key and no access token yet, but the means to get one.
    bool needsGrant() const;
    bool isGranting() const { return m_running; }

    // Obtains a new access token (refresh token first; the password when `usePassword` and one
    // is known), then calls `done` with kind None, or with the error (Authentication when the
    // platform refused the grant). Never calls back from inside grant().
    void grant(bool usePassword, std::function<void(const PlatformError &error)> done);
    void abort(); // a running grant ends without calling back

signals:
    void credentialsChanged(const PlatformCredentials &credentials);

private:
    void requestToken(const QUrl &endpoint, bool usePassword);
    void finish(const PlatformError &error);
    QUrl discoveryUrl() const;

    RequestLayer *m_layer;
    QUrl m_apiUrl;
    QString m_clientId;
    QString m_clientSecret;
    PlatformCredentials m_credentials;
    QUrl m_tokenEndpoint; // from discovery, kept for this API
    bool m_running = false;
    RequestLayer::Id m_request = 0;
    std::function<void(const PlatformError &)> m_done;
};
