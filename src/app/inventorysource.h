#pragma once

#include "account.h"
#include "command.h"
#include "inventory.h"
#include "platformclient.h"
#include "result.h"

#include <QString>

#include <future>
#include <memory>
#include <optional>

class DemoPlatform;
class KeychainAccess;

// Reads an inventory from where the command line says: a snapshot file, the in-process demo
// platform, or a platform API (API key from SCALING_ADVISOR_API_KEY or the keychain). After a
// complete online read it caches the inventory as the account's last good snapshot, on a thread
// of its own that this object waits for when it goes; a failed read never touches that cache,
// and its error points at it.
class InventorySource
{
public:
    explicit InventorySource(const SourceOptions &options);
    ~InventorySource();
    InventorySource(const InventorySource &) = delete;
    InventorySource &operator=(const InventorySource &) = delete;

    Result<Inventory> load();

    // Where the inventory came from, for messages ("https://api.example.com", "shop.json").
    QString description() const;

    // After an online load(): what it read with (the demo platform stays up while this object
    // lives), for a command that goes on to change the account.
    PlatformClientOptions clientOptions() const { return m_clientOptions; }
    PlatformCredentials credentials() const { return m_credentials; }

private:
    Result<Inventory> loadSnapshot();
    Result<Inventory> loadDemo();
    Result<Inventory> loadApi();
    Result<Inventory> fetch(PlatformClient &client);
    Result<PlatformCredentials> credentialsFor(const QString &apiUrl, KeychainAccess &keychain);
    Account cacheAccount(const Inventory &inventory) const;
    QString failureHint() const;
    QString lastUserKey() const; // settings key: the user an API key read last (no account)

    SourceOptions m_options;
    QString m_apiUrl;
    std::unique_ptr<DemoPlatform> m_demo;
    PlatformError m_lastError;
    PlatformClientOptions m_clientOptions;
    PlatformCredentials m_credentials;
    std::optional<Account> m_account; // of the shared account store, when there is one
    QString m_cachePath;
    std::future<Status> m_caching; // the snapshot being written to m_cachePath
};
