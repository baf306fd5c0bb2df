#include "inventoryfetch.h"

#include "platformerrormapper.h"
#include "platformlogging.h"
#include "platformwire.h"

#include <QUrl>

using namespace Qt::StringLiterals;

InventoryFetch::InventoryFetch(Hooks hooks, QString accountPath, QString customer, QString source)
    : m_hooks(std::move(hooks))
    , m_accountPath(std::move(accountPath))
    , m_customer(std::move(customer))
    , m_source(std::move(source))
{}

QString InventoryFetch::segment(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString InventoryFetch::servicePath(const QString &accountPath, const QString &application,
                                    const QString &service)
{
    return accountPath + u"/applications/"_s + segment(application) + u"/services/"_s +
           segment(service);
}

PlatformCallPtr InventoryFetch::call(const QString &path)
{
    auto c = std::make_shared<PlatformCall>();
    c->path = path;
    return c;
}

void InventoryFetch::release()
{
    if (--m_outstanding > 0)
        return;
    Inventory result = m_inventory;
    // Failed services in the platform's order, whatever order the answers came in.
    for (const Application &app : std::as_const(result.applications))
        for (const Service &svc : app.services)
            if (!svc.fetchError.isEmpty())
                result.errors.append({app.name, svc.name, svc.fetchError});
    if (!m_customer.isEmpty() && m_meUsername != result.user.username)
        result.viewer = m_meUsername;
    result.fetchedAt = QDateTime::currentDateTimeUtc();
    qCInfo(lcPlatform) << "inventory read:" << result.applications.size() << "applications,"
                       << result.serviceCount() << "services," << result.errors.size() << "failed";
    m_inventory = Inventory();
    const auto done = m_done;
    if (done)
        done(result);
}

void InventoryFetch::start(std::function<void(const Inventory &)> done)
{
    m_done = std::move(done);
    m_inventory = Inventory();
    m_inventory.source = m_source;
    const bool forCustomer = !m_customer.isEmpty();
    m_hooks.addToTotal(forCustomer ? 4 : 3);
    const auto fatal = m_hooks.fail;

    // /v1/me: who is reading.
    ++m_outstanding;
    auto me = call(u"/v1/me"_s);
    me->onSuccess = [this, what = me->what()](const QByteArray &body) {
        const auto user = PlatformWire::readUser(body);
        if (!user.ok()) {
            m_hooks.fail(PlatformErrorMapper::badData(what, user.error()));
            return;
        }
        m_meUsername = user->username;
        if (m_customer.isEmpty())
            m_inventory.user = *user;
        m_hooks.step();
        release();
    };
    me->onFailure = fatal;
    m_hooks.send(me);

    // The customer, for a support token.
    if (forCustomer) {
        ++m_outstanding;
        auto customer = call(m_accountPath);
        customer->onSuccess = [this, what = customer->what()](const QByteArray &body) {
            const auto user = PlatformWire::readUser(body);
            if (!user.ok()) {
                m_hooks.fail(PlatformErrorMapper::badData(what, user.error()));
                return;
            }
            m_inventory.user = *user;
            m_hooks.step();
            release();
        };
        customer->onFailure = fatal;
        m_hooks.send(customer);
    }

    ++m_outstanding;
    auto dcs = call(u"/v1/datacenters"_s);
    dcs->onSuccess = [this, what = dcs->what()](const QByteArray &body) {
        const auto list = PlatformWire::readDatacenters(body);
        if (list.ok())
            m_inventory.datacenters = *list;
        else
            qCWarning(lcPlatform).noquote() << what << "unreadable:" << list.error();
        m_hooks.step();
        release();
    };
    dcs->onFailure = [this](const PlatformError &e) {
        if (PlatformErrorMapper::isFatal(e.kind)) {
            m_hooks.fail(e);
            return;
        }
        qCWarning(lcPlatform).noquote() << "datacenter list not read:" << e.message;
        m_hooks.step();
        release();
    };
    m_hooks.send(dcs);

    ++m_outstanding;
    auto apps = call(m_accountPath + u"/applications"_s);
    apps->onSuccess = [this, what = apps->what()](const QByteArray &body) {
        const auto list = PlatformWire::readApplications(body);
        if (!list.ok()) {
            m_hooks.fail(PlatformErrorMapper::badData(what, list.error()));
            return;
        }
        m_inventory.applications = *list;
        int services = 0;
        for (const Application &app : std::as_const(m_inventory.applications))
            services += int(app.services.size());
        m_hooks.addToTotal(services);
        for (int a = 0; a < m_inventory.applications.size(); ++a) {
            const Application &app = m_inventory.applications.at(a);
            for (int s = 0; s < app.services.size(); ++s)
                fetchDetail(a, s);
        }
        m_hooks.step();
        release();
    };
    apps->onFailure = fatal;
    m_hooks.send(apps);
}

void InventoryFetch::fetchDetail(int appIndex, int serviceIndex)
{
    const Application &app = m_inventory.applications.at(appIndex);
    ++m_outstanding;
    auto detail = call(servicePath(m_accountPath, app.name, app.services.at(serviceIndex).name));
    detail->onSuccess = [this, appIndex, serviceIndex,
                         what = detail->what()](const QByteArray &body) {
        const auto service = PlatformWire::readService(body);
        if (service.ok())
            m_inventory.applications[appIndex].services[serviceIndex] = *service;
        else
            markFailed(appIndex, serviceIndex,
                       PlatformErrorMapper::badData(what, service.error()).message);
        m_hooks.step();
        release();
    };
    detail->onFailure = [this, appIndex, serviceIndex](const PlatformError &e) {
        if (PlatformErrorMapper::isFatal(e.kind)) {
            m_hooks.fail(e);
            return;
        }
        markFailed(appIndex, serviceIndex, e.message);
        m_hooks.step();
        release();
    };
    m_hooks.send(detail);
}

void InventoryFetch::markFailed(int appIndex, int serviceIndex, const QString &message)
{
    Service &service = m_inventory.applications[appIndex].services[serviceIndex];
    service.detailLoaded = false;
    service.fetchError = message;
    qCInfo(lcPlatform).noquote() << "service not read:" << message;
}
