#include "inventorysource.h"

#include "accountstore.h"
#include "clisettings.h"
#include "console.h"
#include "demoplatform.h"
#include "keychainaccess.h"
#include "keychaincredentialstore.h"
#include "settingskeys.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr auto apiKeyVariable = "SCALING_ADVISOR_API_KEY";

// Progress on stderr, only when a person watches it.
class ProgressLine
{
public:
    explicit ProgressLine(PlatformClient &client)
    {
        if (::isatty(STDERR_FILENO) != 1)
            return;
        QObject::connect(&client, &PlatformClient::progress, &client, [this](int done, int total) {
            if (total <= 0)
                return;
            const QByteArray line =
                QString(u"\rReading services: %1/%2"_s.arg(done).arg(total)).toUtf8();
            std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
            std::fflush(stderr);
            m_shown = true;
        });
    }
    ~ProgressLine()
    {
        if (m_shown) {
            std::fputs("\r\033[K", stderr);
            std::fflush(stderr);
        }
    }
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

private:
    bool m_shown = false;
};

} // namespace

InventorySource::InventorySource(const SourceOptions &options)
    : m_options(options)
{}

InventorySource::~InventorySource()
{
    if (!m_caching.valid())
        return;
    if (const Status written = m_caching.get(); !written)
        Console::error(QCoreApplication::translate(
                           "InventorySource", "warning: could not cache the snapshot at %1: %2")
                           .arg(m_cachePath, written.error()));
}

QString InventorySource::description() const
{
    if (!m_options.snapshotPath.isEmpty())
        return m_options.snapshotPath;
    if (m_options.demo)
        return u"the demo platform"_s;
    return m_apiUrl.isEmpty() ? CliSettings::resolveApiUrl(m_options.apiUrl) : m_apiUrl;
}

Result<Inventory> InventorySource::load()
{
    if (!m_options.snapshotPath.isEmpty())
        return loadSnapshot();
    if (m_options.demo)
        return loadDemo();
    return loadApi();
}

Result<Inventory> InventorySource::loadSnapshot()
{
    const QString &path = m_options.snapshotPath;
    if (!QFileInfo::exists(path))
        return Result<Inventory>::failure(
            QCoreApplication::translate("InventorySource", "snapshot %1: no such file").arg(path));
    Result<Inventory> inventory = Snapshot::read(path);
    if (!inventory)
        return Result<Inventory>::failure(
            QCoreApplication::translate("InventorySource",
                                        "snapshot %1 is not a valid snapshot: %2")
                .arg(path, inventory.error()));
    return inventory;
}

Result<Inventory> InventorySource::loadDemo()
{
    m_demo = std::make_unique<DemoPlatform>();
    if (Status started = m_demo->start(); !started)
        return Result<Inventory>::failure(u"cannot start the demo platform: "_s + started.error());
    m_apiUrl = m_demo->apiUrl().toString();

    // A support user reads a customer's account with its own key, as on the real platform.
    const bool support = !m_options.customer.isEmpty();
    const DemoPlatform::Account account = m_demo->account(support ? u"support"_s : u"developer"_s);
    if (account.apiKey.isEmpty())
        return Result<Inventory>::failure(
            u"the demo platform has no %1 user"_s.arg(support ? u"support"_s : u"developer"_s));

    PlatformClient client;
    client.setOptions(CliSettings::clientOptions(m_options, m_apiUrl));
    PlatformCredentials credentials;
    credentials.apiKey = account.apiKey;
    client.setCredentials(credentials);
    return fetch(client);
}

Result<Inventory> InventorySource::loadApi()
{
    KeychainCredentialStore store;
    KeychainAccess keychain(store);
    CliSettings::migrateLegacyLogin(keychain);

    m_apiUrl = CliSettings::resolveApiUrl(m_options.apiUrl);
    m_account = AccountStore::findByApiUrl(m_apiUrl);
    Result<PlatformCredentials> credentials = credentialsFor(m_apiUrl, keychain);
    if (!credentials)
        return Result<Inventory>::failure(credentials.error());

    PlatformClient client;
    client.setOptions(CliSettings::clientOptions(m_options, m_apiUrl));
    client.setCredentials(credentials.value());
    bool tokensChanged = false;
    QObject::connect(&client, &PlatformClient::credentialsChanged, &client,
                     [&tokensChanged](const PlatformCredentials &) { tokensChanged = true; });
    Result<Inventory> inventory = fetch(client);
    // A refreshed token replaces the stored one (the platform may rotate refresh tokens).
    if (tokensChanged && m_account && m_account->auth == Account::Auth::Password &&
        !client.credentials().refreshToken.isEmpty())
        keychain.write(m_account->secretKey(),
                       AccountStore::secretFor(*m_account, client.credentials()));
    if (!inventory)
        return Result<Inventory>::failure(inventory.error() + failureHint());

    // Only a complete read becomes the account's last good snapshot.
    const Inventory &inv = inventory.value();
    if (inv.errors.isEmpty() && !inv.user.username.isEmpty()) {
        if (m_account && m_account->username.isEmpty() && m_options.customer.isEmpty()) {
            m_account->username = inv.user.username; // an API key account learns its user
            AccountStore::upsert(*m_account);
        }
        // An API key from the environment: remember whose data is cached. Written only when it
        // changes, since each write syncs the settings file to disk.
        if (!m_account) {
            QSettings settings;
            if (settings.value(lastUserKey()).toString() != inv.user.username)
                settings.setValue(lastUserKey(), inv.user.username);
        }
        // Written beside the command's own work, which only reads the inventory, instead of
        // before it: serializing a large account and syncing the file to disk take about as long
        // as auditing it.
        m_cachePath = AccountStore::cachePath(cacheAccount(inv));
        m_caching = std::async(std::launch::async,
                               [inv, path = m_cachePath] { return Snapshot::write(inv, path); });
    }
    return inventory;
}

QString InventorySource::lastUserKey() const
{
    return SettingsKeys::cliLastUser + u'/' +
           QString::fromLatin1(m_apiUrl.toUtf8().toPercentEncoding());
}

// The account the snapshot is filed under, as the window files it.
Account InventorySource::cacheAccount(const Inventory &inventory) const
{
    Account account = m_account.value_or(Account());
    account.apiUrl = QUrl(m_apiUrl);
    if (account.username.isEmpty())
        account.username = inventory.viewer.isEmpty() ? inventory.user.username : inventory.viewer;
    if (account.username.isEmpty() && !m_account)
        account.username = QSettings().value(lastUserKey()).toString();
    account.customer = m_options.customer;
    return account;
}

Result<Inventory> InventorySource::fetch(PlatformClient &client)
{
    ProgressLine progress(client);
    Result<Inventory> inventory = client.fetchInventoryAndWait();
    m_lastError = client.lastError();
    m_clientOptions = client.options();
    m_credentials = client.credentials();
    if (inventory)
        return inventory;

    const QString api = client.options().apiUrl.toString();
    QString message = inventory.error();
    if (m_lastError.kind == PlatformErrorKind::Insecure &&
        !message.contains("--allow-insecure-http"_L1))
        message += QCoreApplication::translate(
            "InventorySource", " (plain http:// is only allowed to a loopback host unless you "
                               "pass --allow-insecure-http)");
    if (m_lastError.kind == PlatformErrorKind::Authentication &&
        qEnvironmentVariableIsEmpty(apiKeyVariable))
        message += QCoreApplication::translate("InventorySource",
                                               "; run 'scaling-advisor login --api %1' again")
                       .arg(api);
    return Result<Inventory>::failure(
        QCoreApplication::translate("InventorySource", "cannot read %1: %2").arg(api, message));
}

Result<PlatformCredentials> InventorySource::credentialsFor(const QString &apiUrl,
                                                            KeychainAccess &keychain)
{
    PlatformCredentials credentials;
    const QString fromEnv = qEnvironmentVariable(apiKeyVariable).trimmed();
    if (!fromEnv.isEmpty()) {
        credentials.apiKey = fromEnv;
        return credentials;
    }
    const QString noCredentials = QCoreApplication::translate(
        "InventorySource", "no credentials for %1: set SCALING_ADVISOR_API_KEY, or run "
                           "'scaling-advisor login --api %1' once");
    if (!m_account)
        return Result<PlatformCredentials>::failure(noCredentials.arg(apiUrl));

    const KeychainAccess::ReadResult read = keychain.read(m_account->secretKey());
    if (read.error == CredentialStore::Error::EntryNotFound)
        return Result<PlatformCredentials>::failure(noCredentials.arg(apiUrl));
    if (read.error != CredentialStore::Error::None)
        return Result<PlatformCredentials>::failure(
            QCoreApplication::translate("InventorySource",
                                        "cannot read the credentials for %1 from the keychain: "
                                        "%2; set SCALING_ADVISOR_API_KEY instead")
                .arg(apiUrl, read.message));
    return AccountStore::credentialsFromSecret(*m_account, read.secret);
}

QString InventorySource::failureHint() const
{
    Inventory none;
    const Account account = cacheAccount(none);
    if (account.username.isEmpty() && account.name.isEmpty())
        return {};
    const QString cache = AccountStore::cachePath(account);
    if (!QFileInfo::exists(cache))
        return {};
    return QCoreApplication::translate("InventorySource",
                                       "\nThe last good data of %1 is cached: 'scaling-advisor "
                                       "audit --snapshot %2' audits it offline.")
        .arg(account.cacheUser(), cache);
}
