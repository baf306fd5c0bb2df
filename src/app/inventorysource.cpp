#include "inventorysource.h"

#include "clisettings.h"
#include "console.h"
#include "demoplatform.h"
#include "keychainaccess.h"
#include "keychaincredentialstore.h"
#include "snapshot.h"
#include "storedcredentials.h"

#include <QFileInfo>

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

InventorySource::~InventorySource() = default;

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
        return Result<Inventory>::failure(u"snapshot %1: no such file"_s.arg(path));
    Result<Inventory> inventory = Snapshot::read(path);
    if (!inventory)
        return Result<Inventory>::failure(
            u"snapshot %1 is not a valid snapshot: %2"_s.arg(path, inventory.error()));
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

    PlatformClientOptions options;
    options.apiUrl = m_demo->apiUrl();
    options.customer = m_options.customer;
    PlatformCredentials credentials;
    credentials.apiKey = account.apiKey;
    return fetch(options, credentials);
}

Result<Inventory> InventorySource::loadApi()
{
    m_apiUrl = CliSettings::resolveApiUrl(m_options.apiUrl);
    Result<PlatformCredentials> credentials = credentialsFor(m_apiUrl);
    if (!credentials)
        return Result<Inventory>::failure(credentials.error());

    PlatformClientOptions options;
    options.apiUrl = QUrl(m_apiUrl);
    options.customer = m_options.customer;
    options.allowInsecureHttp = m_options.allowInsecureHttp;
    Result<Inventory> inventory = fetch(options, credentials.value());
    if (!inventory)
        return Result<Inventory>::failure(inventory.error() + failureHint(m_apiUrl));

    // Only a complete read becomes the account's last good snapshot.
    const Inventory &inv = inventory.value();
    if (inv.errors.isEmpty() && !inv.user.username.isEmpty()) {
        const QString cache = Snapshot::cachePath(m_apiUrl, inv.user.username);
        if (Status written = Snapshot::write(inv, cache); !written)
            Console::error(
                u"warning: could not cache the snapshot at %1: %2"_s.arg(cache, written.error()));
        CliSettings::setLastUsername(m_apiUrl, inv.user.username);
    }
    return inventory;
}

Result<Inventory> InventorySource::fetch(const PlatformClientOptions &options,
                                         const PlatformCredentials &credentials)
{
    PlatformClient client;
    client.setOptions(options);
    client.setCredentials(credentials);
    ProgressLine progress(client);
    Result<Inventory> inventory = client.fetchInventoryAndWait();
    m_lastError = client.lastError();
    m_clientOptions = options;
    m_credentials = client.credentials();
    if (inventory)
        return inventory;

    QString message = inventory.error();
    if (m_lastError.kind == PlatformErrorKind::Insecure &&
        !message.contains("--allow-insecure-http"_L1))
        message += u" (plain http:// is only allowed to a loopback host unless you pass "
                   "--allow-insecure-http)"_s;
    if (m_lastError.kind == PlatformErrorKind::Authentication &&
        qEnvironmentVariableIsEmpty(apiKeyVariable))
        message += u"; run 'scaling-advisor login --api %1' again"_s.arg(options.apiUrl.toString());
    return Result<Inventory>::failure(
        u"cannot read %1: %2"_s.arg(options.apiUrl.toString(), message));
}

Result<PlatformCredentials> InventorySource::credentialsFor(const QString &apiUrl)
{
    PlatformCredentials credentials;
    const QString fromEnv = qEnvironmentVariable(apiKeyVariable).trimmed();
    if (!fromEnv.isEmpty()) {
        credentials.apiKey = fromEnv;
        return credentials;
    }

    KeychainCredentialStore store;
    KeychainAccess keychain(store);
    const KeychainAccess::ReadResult read = keychain.read(StoredCredentials::keychainKey(apiUrl));
    if (read.error == CredentialStore::Error::EntryNotFound)
        return Result<PlatformCredentials>::failure(
            u"no credentials for %1: set SCALING_ADVISOR_API_KEY, or run 'scaling-advisor login "
            "--api %1' once"_s.arg(apiUrl));
    if (read.error != CredentialStore::Error::None)
        return Result<PlatformCredentials>::failure(
            u"cannot read the credentials for %1 from the keychain: %2; set "
            "SCALING_ADVISOR_API_KEY instead"_s.arg(apiUrl, read.message));

    Result<StoredCredentials> stored = StoredCredentials::fromSecret(read.secret);
    if (!stored)
        return Result<PlatformCredentials>::failure(stored.error());
    const StoredCredentials &s = stored.value();
    if (!s.apiKey.isEmpty()) {
        credentials.apiKey = s.apiKey;
    } else if (!s.refreshToken.isEmpty()) {
        credentials.refreshToken = s.refreshToken;
    } else {
        credentials.username = s.username;
        credentials.password = s.password;
    }
    return credentials;
}

QString InventorySource::failureHint(const QString &apiUrl) const
{
    const QString username =
        m_options.customer.isEmpty() ? CliSettings::lastUsername(apiUrl) : m_options.customer;
    if (username.isEmpty())
        return {};
    const QString cache = Snapshot::cachePath(apiUrl, username);
    if (!QFileInfo::exists(cache))
        return {};
    return u"\nThe last good data of %1 is cached: 'scaling-advisor audit --snapshot %2' audits it "
           "offline."_s.arg(username, cache);
}
