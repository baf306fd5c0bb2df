#pragma once

#include "inventory.h"
#include "platformcall.h"

#include <functional>

// Reads a whole account: /v1/me, the customer for a support token, /v1/datacenters (an
// extension: without it zones come from the instances), the application list, then every
// service's detail. A service that cannot be read is marked (the rest is read); an error that
// concerns the whole account fails the fetch.
class InventoryFetch
{
public:
    struct Hooks
    {
        std::function<void(const PlatformCallPtr &)> send;
        std::function<void(const PlatformError &)> fail; // ends the operation
        std::function<void(int)> addToTotal;             // progress: more steps known
        std::function<void()> step;                      // progress: one step done
    };

    // accountPath: "/v1/me" or "/v1/users/NAME"; customer: empty unless a support token reads
    // someone else's account.
    InventoryFetch(Hooks hooks, QString accountPath, QString customer, QString source);

    void start(std::function<void(const Inventory &)> done);

    static QString segment(const QString &name); // percent-encoded path segment
    static QString servicePath(const QString &accountPath, const QString &application,
                               const QString &service);

private:
    void fetchDetail(int appIndex, int serviceIndex);
    void markFailed(int appIndex, int serviceIndex, const QString &message);
    void release();
    PlatformCallPtr call(const QString &path);

    Hooks m_hooks;
    QString m_accountPath;
    QString m_customer;
    QString m_source;
    Inventory m_inventory;
    QString m_meUsername;
    int m_outstanding = 0;
    std::function<void(const Inventory &)> m_done;
};
