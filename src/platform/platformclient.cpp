#include "platformclient.h"

#include "inventoryfetch.h"
#include "platformauthenticator.h"
#include "platformerrormapper.h"
#include "platformlogging.h"
#include "platformwire.h"
#include "requestlayer.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

// The operation in progress, and the sending of its calls: authorization, the one token refresh
// per operation on a 401, error mapping. Reading the inventory, signing in and the transport live
// in InventoryFetch, PlatformAuthenticator and RequestLayer.
class PlatformClientPrivate
{
public:
    enum class Operation
    {
        None,
        SignIn,
        Inventory,
        Service,
        Scale
    };

    explicit PlatformClientPrivate(PlatformClient *client)
        : q(client)
        , layer(new RequestLayer(client))
        , auth(new PlatformAuthenticator(layer, client))
    {
        QObject::connect(auth, &PlatformAuthenticator::credentialsChanged, client,
                         &PlatformClient::credentialsChanged);
    }

    PlatformClient *q;
    RequestLayer *layer;
    PlatformAuthenticator *auth;
    PlatformClientOptions options;
    PlatformError lastError;

    Operation operation = Operation::None;
    QList<PlatformCallPtr> waitingForToken;
    bool refreshedThisOperation = false;
    int done = 0;
    int total = 0;
    std::shared_ptr<InventoryFetch> inventoryFetch;
    std::function<void(const PlatformError &)> operationFailed;

    bool busy() const { return operation != Operation::None; }

    QUrl apiUrl(const QString &path) const
    {
        QUrl url = options.apiUrl;
        QString base = url.path();
        while (base.endsWith(u'/'))
            base.chop(1);
        if (base.endsWith(u"/v1"_s))
            base.chop(3);
        url.setPath(base + path, QUrl::TolerantMode);
        url.setQuery(QString());
        url.setFragment(QString());
        return url;
    }

    // Where the account's applications live: /v1/me or, for a support token, the customer.
    QString accountPath() const
    {
        return options.customer.isEmpty()
                   ? u"/v1/me"_s
                   : QString(u"/v1/users/"_s + InventoryFetch::segment(options.customer));
    }

    std::optional<PlatformError> checkApiUrl() const
    {
        const QUrl url = options.apiUrl;
        if (!url.isValid() || url.host().isEmpty())
            return PlatformError::make(PlatformErrorKind::Network,
                                       PlatformClient::tr("The platform API URL \"%1\" is not a "
                                                          "valid URL.")
                                           .arg(url.toString(QUrl::RemoveUserInfo)));
        const QString scheme = url.scheme().toLower();
        if (scheme == u"https"_s)
            return std::nullopt;
        if (scheme != u"http"_s)
            return PlatformError::make(
                PlatformErrorKind::Insecure,
                PlatformClient::tr("The platform API URL must start with https:// (got \"%1\").")
                    .arg(url.scheme()));
        if (RequestLayer::isLoopbackHost(url.host()) || options.allowInsecureHttp)
            return std::nullopt;
        return PlatformError::make(
            PlatformErrorKind::Insecure,
            PlatformClient::tr("Refusing to send credentials over plain http:// to %1: use "
                               "https://, or pass --allow-insecure-http if you accept that anyone "
                               "on the network can read them.")
                .arg(url.host()));
    }

    // --- operations ---------------------------------------------------------------------------

    bool begin(Operation op, std::function<void(const PlatformError &)> failed)
    {
        if (busy()) {
            qCWarning(lcPlatform) << "request refused: another one is running";
            const PlatformError e = PlatformError::make(
                PlatformErrorKind::Refused,
                PlatformClient::tr("Another request to the platform is in progress."));
            QTimer::singleShot(0, q, [failed, e] { failed(e); });
            return false;
        }
        operation = op;
        waitingForToken.clear();
        refreshedThisOperation = false;
        done = 0;
        total = 0;
        lastError = {};
        operationFailed = std::move(failed);
        return true;
    }

    // Starts `body` on the next turn of the event loop (so that no signal is emitted from inside
    // the public call), after the URL check and any needed token grant.
    void startAfterChecks(std::function<void()> body)
    {
        const Operation op = operation;
        QTimer::singleShot(0, q, [this, op, body = std::move(body)] {
            if (operation != op)
                return;
            if (const auto error = checkApiUrl()) {
                fail(*error);
                return;
            }
            if (auth->credentials().isEmpty()) {
                fail(PlatformError::make(PlatformErrorKind::Authentication,
                                         PlatformClient::tr("No credentials: sign in with an API "
                                                            "key or a username and password.")));
                return;
            }
            if (auth->needsGrant()) {
                auth->grant(false, [this, body](const PlatformError &error) {
                    if (error.isError()) {
                        fail(error);
                        return;
                    }
                    body();
                });
                return;
            }
            body();
        });
    }

    void finishOperation()
    {
        operation = Operation::None;
        waitingForToken.clear();
        operationFailed = nullptr;
        // The fetch may be on the stack (this runs from its callbacks): let it go later.
        if (auto fetch = std::move(inventoryFetch))
            QTimer::singleShot(0, q, [fetch] {});
    }

    void fail(const PlatformError &error)
    {
        if (!busy())
            return;
        qCInfo(lcPlatform).noquote()
            << "request failed:" << PlatformError::kindName(error.kind) << error.message;
        abortAll();
        lastError = error;
        auto failed = operationFailed;
        finishOperation();
        if (failed)
            failed(error);
    }

    void abortAll()
    {
        layer->abortAll();
        auth->abort();
    }

    void step()
    {
        ++done;
        emit q->progress(done, total);
    }

    // --- sending -----------------------------------------------------------------------------

    void send(const PlatformCallPtr &call)
    {
        if (!busy())
            return;
        if (auth->isGranting()) {
            waitingForToken.append(call); // sent once the new token is in
            return;
        }
        HttpRequest request;
        request.method = call->verb;
        request.url = apiUrl(call->path);
        request.headers = {{"Accept", "application/json"}};
        request.authorization = auth->authorization();
        request.contentType = call->contentType;
        request.body = call->body;
        request.what = call->what();
        call->sentToken = auth->accessToken();
        layer->send(request, [this, call](const HttpResponse &response) {
            if (!busy())
                return;
            onResponse(call, response);
        });
    }

    void onResponse(const PlatformCallPtr &call, const HttpResponse &response)
    {
        if (!response.ok()) {
            call->onFailure(PlatformErrorMapper::fromTransport(response));
            return;
        }
        if (response.isSuccess()) {
            call->onSuccess(response.body);
            return;
        }
        if (response.status == 401 && !response.crossOrigin && auth->canObtainToken()) {
            onUnauthorized(call, response);
            return;
        }
        call->onFailure(PlatformErrorMapper::fromStatus(response, call->what()));
    }

    void onUnauthorized(const PlatformCallPtr &call, const HttpResponse &response)
    {
        if (!call->sentToken.isEmpty() && call->sentToken != auth->accessToken() &&
            !auth->accessToken().isEmpty()) {
            send(call); // sent before a refresh finished: try again with the new token
            return;
        }
        if (refreshedThisOperation) {
            call->onFailure(PlatformErrorMapper::fromStatus(response, call->what()));
            return;
        }
        waitingForToken.append(call);
        if (auth->isGranting())
            return;
        auth->grant(false, [this](const PlatformError &error) {
            if (error.isError()) {
                fail(error);
                return;
            }
            refreshedThisOperation = true;
            const auto calls = waitingForToken;
            waitingForToken.clear();
            for (const PlatformCallPtr &waiting : calls)
                send(waiting);
        });
    }

    PlatformCallPtr makeCall(const QString &path, QByteArray verb = "GET")
    {
        auto call = std::make_shared<PlatformCall>();
        call->verb = std::move(verb);
        call->path = path;
        return call;
    }

    RequestLayerOptions layerOptions() const
    {
        RequestLayerOptions o;
        o.maxParallel = options.maxParallel;
        o.connectTimeoutMs = options.connectTimeoutMs;
        o.stallTimeoutMs = options.stallTimeoutMs;
        o.requestDeadlineMs = options.requestDeadlineMs;
        o.maxResponseBytes = options.maxResponseBytes;
        o.maxRetries = options.maxRetries;
        o.retryBaseDelayMs = options.retryBaseDelayMs;
        o.allowInsecureHttp = options.allowInsecureHttp;
        o.caFile = options.caFile;
        o.proxy = options.proxy;
        return o;
    }

    // --- scaling -----------------------------------------------------------------------------

    void deploy(const QString &application, const QString &service, int instanceCount,
                const QString &patched)
    {
        auto call = makeCall(accountPath() + u"/applications/"_s +
                                 InventoryFetch::segment(application) + u"/deployments"_s,
                             "POST");
        call->contentType = "application/json";
        call->body =
            QJsonDocument(QJsonObject{{u"revision"_s, QJsonValue::Null}, {u"clean"_s, false}})
                .toJson(QJsonDocument::Compact);
        call->onSuccess = [this, application, service, instanceCount, patched](const QByteArray &) {
            qCInfo(lcPlatform).noquote()
                << "scaled and deployed" << application << service << "to" << instanceCount;
            step();
            finishOperation();
            emit q->scaleFinished(application, service, true, patched);
        };
        call->onFailure = [this, application, service, instanceCount](const PlatformError &e) {
            if (e.kind == PlatformErrorKind::Cancelled) {
                fail(e);
                return;
            }
            lastError = e;
            finishOperation();
            emit q->scaleFinished(
                application, service, false,
                PlatformClient::tr("The platform changed %1 to %2 instance(s), but did not deploy "
                                   "%3: %4")
                    .arg(service)
                    .arg(instanceCount)
                    .arg(application, e.message));
        };
        send(call);
    }
};

PlatformClient::PlatformClient(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<PlatformClientPrivate>(this))
{
    d->layer->setOptions(d->layerOptions());
}

PlatformClient::~PlatformClient()
{
    d->abortAll();
}

void PlatformClient::setOptions(const PlatformClientOptions &options)
{
    d->options = options;
    d->auth->setApiUrl(options.apiUrl);
    d->auth->setClient(options.oauthClientId, options.oauthClientSecret);
    d->layer->setOptions(d->layerOptions());
}

PlatformClientOptions PlatformClient::options() const
{
    return d->options;
}

void PlatformClient::setCredentials(const PlatformCredentials &credentials)
{
    d->auth->setCredentials(credentials);
}

PlatformCredentials PlatformClient::credentials() const
{
    return d->auth->credentials();
}

bool PlatformClient::isBusy() const
{
    return d->busy();
}

PlatformError PlatformClient::lastError() const
{
    return d->lastError;
}

void PlatformClient::cancel()
{
    if (!d->busy())
        return;
    d->fail(PlatformError::make(PlatformErrorKind::Cancelled, tr("Cancelled.")));
}

void PlatformClient::signIn()
{
    if (!d->begin(PlatformClientPrivate::Operation::SignIn,
                  [this](const PlatformError &e) { emit fetchFailed(e); }))
        return;
    d->startAfterChecks([this] {
        d->total = 1;
        auto call = d->makeCall(u"/v1/me"_s);
        call->onSuccess = [this, what = call->what()](const QByteArray &body) {
            const auto user = PlatformWire::readUser(body);
            if (!user.ok()) {
                d->fail(PlatformErrorMapper::badData(what, user.error()));
                return;
            }
            d->step();
            d->finishOperation();
            emit signedIn(*user);
        };
        call->onFailure = [this](const PlatformError &e) {
            d->fail(e);
        };
        d->send(call);
    });
}

void PlatformClient::fetchInventory()
{
    if (!d->begin(PlatformClientPrivate::Operation::Inventory,
                  [this](const PlatformError &e) { emit fetchFailed(e); }))
        return;
    d->startAfterChecks([this] {
        InventoryFetch::Hooks hooks;
        hooks.send = [this](const PlatformCallPtr &call) {
            d->send(call);
        };
        hooks.fail = [this](const PlatformError &e) {
            d->fail(e);
        };
        hooks.addToTotal = [this](int n) {
            d->total += n;
        };
        hooks.step = [this] {
            d->step();
        };
        d->inventoryFetch =
            std::make_shared<InventoryFetch>(hooks, d->accountPath(), d->options.customer,
                                             d->options.apiUrl.toString(QUrl::RemoveUserInfo));
        d->inventoryFetch->start([this](const Inventory &inventory) {
            if (!d->busy())
                return;
            d->finishOperation();
            emit inventoryFetched(inventory);
        });
    });
}

void PlatformClient::fetchService(const QString &application, const QString &service)
{
    if (!d->begin(PlatformClientPrivate::Operation::Service,
                  [this](const PlatformError &e) { emit fetchFailed(e); }))
        return;
    d->startAfterChecks([this, application, service] {
        d->total = 1;
        auto call =
            d->makeCall(InventoryFetch::servicePath(d->accountPath(), application, service));
        call->onSuccess = [this, application, what = call->what()](const QByteArray &body) {
            const auto detail = PlatformWire::readService(body);
            if (!detail.ok()) {
                d->fail(PlatformErrorMapper::badData(what, detail.error()));
                return;
            }
            d->step();
            d->finishOperation();
            emit serviceFetched(application, *detail);
        };
        call->onFailure = [this](const PlatformError &e) {
            d->fail(e);
        };
        d->send(call);
    });
}

void PlatformClient::scaleService(const QString &application, const QString &service,
                                  int instanceCount)
{
    // Every outcome but a cancel ends in scaleFinished, so that the platform's answer is shown.
    if (!d->begin(PlatformClientPrivate::Operation::Scale,
                  [this, application, service](const PlatformError &e) {
                      if (e.kind == PlatformErrorKind::Cancelled)
                          emit fetchFailed(e);
                      else
                          emit scaleFinished(application, service, false, e.message);
                  }))
        return;
    d->startAfterChecks([this, application, service, instanceCount] {
        d->total = 2;
        auto call = d->makeCall(InventoryFetch::servicePath(d->accountPath(), application, service),
                                "PATCH");
        call->contentType = "application/json";
        call->body = QJsonDocument(QJsonObject{{u"instance_count"_s, instanceCount}})
                         .toJson(QJsonDocument::Compact);
        call->onSuccess = [this, application, service, instanceCount](const QByteArray &body) {
            const auto detail = PlatformWire::readService(body);
            const int now = detail.ok() ? detail->instanceCount : instanceCount;
            const QString message =
                tr("The platform accepted: %1 now has %n instance(s).", nullptr, now).arg(service);
            d->step();
            // The platform's own client deploys after every change of instances.
            d->deploy(application, service, instanceCount, message);
        };
        call->onFailure = [this](const PlatformError &e) {
            d->fail(e);
        };
        d->send(call);
    });
}

Result<Inventory> PlatformClient::fetchInventoryAndWait()
{
    QEventLoop loop;
    std::optional<Result<Inventory>> result;
    const auto ok =
        connect(this, &PlatformClient::inventoryFetched, &loop, [&](const Inventory &inventory) {
            result = inventory;
            loop.quit();
        });
    const auto failed =
        connect(this, &PlatformClient::fetchFailed, &loop, [&](const PlatformError &error) {
            result = Result<Inventory>::failure(error.message);
            loop.quit();
        });
    fetchInventory();
    if (!result)
        loop.exec();
    disconnect(ok);
    disconnect(failed);
    return *result;
}

Result<User> PlatformClient::signInAndWait()
{
    QEventLoop loop;
    std::optional<Result<User>> result;
    const auto ok = connect(this, &PlatformClient::signedIn, &loop, [&](const User &user) {
        result = user;
        loop.quit();
    });
    const auto failed =
        connect(this, &PlatformClient::fetchFailed, &loop, [&](const PlatformError &error) {
            result = Result<User>::failure(error.message);
            loop.quit();
        });
    signIn();
    if (!result)
        loop.exec();
    disconnect(ok);
    disconnect(failed);
    return *result;
}

Result<QString> PlatformClient::scaleServiceAndWait(const QString &application,
                                                    const QString &service, int instanceCount)
{
    QEventLoop loop;
    std::optional<Result<QString>> result;
    const auto finished =
        connect(this, &PlatformClient::scaleFinished, &loop,
                [&](const QString &, const QString &, bool accepted, const QString &message) {
                    result =
                        accepted ? Result<QString>(message) : Result<QString>::failure(message);
                    loop.quit();
                });
    const auto failed =
        connect(this, &PlatformClient::fetchFailed, &loop, [&](const PlatformError &error) {
            result = Result<QString>::failure(error.message);
            loop.quit();
        });
    scaleService(application, service, instanceCount);
    if (!result)
        loop.exec();
    disconnect(finished);
    disconnect(failed);
    return *result;
}
