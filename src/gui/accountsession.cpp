#include "accountsession.h"

#include "appsettings.h"
#include "guilogging.h"
#include "memorycredentialstore.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int maxRetryDelaySeconds = 15 * 60;
constexpr int firstRetryDelaySeconds = 30;
// The platform documents X-RateLimit-Limit: 1000 requests an hour. Background re-reads use at
// most four fifths of it, so that the user's own refreshes and scaling always get through.
constexpr int rateLimitPerHour = 1000;
constexpr int backgroundSharePercent = 80;
constexpr int minimumRefreshSeconds = 60;
} // namespace

AccountSession::AccountSession(CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_sessionStore = new MemoryCredentialStore(this);
    m_client = new PlatformClient(this);
    m_client->setObjectName(u"platformClient"_s);
    m_loader = new InventoryLoader(this);
    m_loader->setObjectName(u"inventoryLoader"_s);
    connect(m_loader, &InventoryLoader::loaded, this, &AccountSession::onLoaded);

    connect(m_client, &PlatformClient::inventoryFetched, this, &AccountSession::onInventoryFetched);
    connect(m_client, &PlatformClient::fetchFailed, this, &AccountSession::onFetchFailed);
    connect(m_client, &PlatformClient::serviceFetched, this, &AccountSession::onServiceFetched);
    connect(m_client, &PlatformClient::credentialsChanged, this,
            &AccountSession::onCredentialsChanged);
    connect(m_client, &PlatformClient::progress, this, [this](int done, int total) {
        if (m_refreshing)
            emit refreshProgress(done, total);
    });
    if (m_store)
        connect(m_store, &CredentialStore::secretRead, this, &AccountSession::onSecretRead);
    connect(m_sessionStore, &CredentialStore::secretRead, this, &AccountSession::onSecretRead);

    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &AccountSession::refresh);
    m_scheduleTimer.setSingleShot(true);
    connect(&m_scheduleTimer, &QTimer::timeout, this, &AccountSession::refresh);

    setExemptionsPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      u"/exemptions.json"_s);
    reloadNetworkSettings();
}

AccountSession::~AccountSession() = default;

// ---------------------------------------------------------------------------------------------
// Accounts and secrets

void AccountSession::start()
{
    const QList<Account> accounts = AccountStore::load();
    const QString current = AccountStore::currentName();
    const Account *found = nullptr;
    for (const Account &a : accounts)
        if (a.name == current)
            found = &a;
    if (!found && !accounts.isEmpty())
        found = &accounts.first();
    if (!found) {
        setNotice(Notice::Kind::Information,
                  tr("No account yet. Add one to read your applications, or open a snapshot "
                     "file."),
                  Notice::Action::OpenAccountsOrSnapshot);
        return;
    }
    m_account = *found;
    m_hasAccount = true;
    emit accountChanged();
    // The last good data, on screen at once; the refresh follows in the background.
    const QString cache = AccountStore::cachePath(m_account);
    if (QFileInfo::exists(cache)) {
        InventoryLoadJob job;
        job.snapshotPath = cache;
        job.origin = DataAge::Origin::Cache;
        startLoad(job,
                  QCoreApplication::translate("MainWindow", "Reading %1…").arg(m_account.name));
    }
    useAccountWithStoredSecret(m_account);
}

void AccountSession::useAccountWithStoredSecret(const Account &account)
{
    m_account = account;
    m_hasAccount = true;
    emit accountChanged();
    m_pendingSecretKey = account.secretKey();
    m_sessionStore->readSecret(m_pendingSecretKey); // then the keychain, see onSecretRead
}

void AccountSession::onSecretRead(const QString &key, const QString &secret,
                                  CredentialStore::Error error, const QString &message)
{
    if (key == AppSettings::proxyPasswordKey() && sender() == m_store) {
        if (!m_proxyPasswordPending)
            return;
        m_proxyPasswordPending = false;
        m_proxyPassword = error == CredentialStore::Error::None ? secret : QString();
        if (error != CredentialStore::Error::None && error != CredentialStore::Error::EntryNotFound)
            qCWarning(lcGui) << "the proxy password could not be read:" << message;
        applyClientOptions();
        emit networkOptionsChanged();
        if (m_refreshAfterProxyPassword) {
            m_refreshAfterProxyPassword = false;
            refresh();
        }
        return;
    }
    if (key != m_pendingSecretKey || key.isEmpty())
        return;
    const bool fromSession = sender() == m_sessionStore;
    if (error == CredentialStore::Error::None) {
        m_pendingSecretKey.clear();
        useAccount(m_account, secret);
        return;
    }
    if (fromSession && m_store) {
        m_store->readSecret(key);
        return;
    }
    m_pendingSecretKey.clear();
    switch (error) {
    case CredentialStore::Error::EntryNotFound:
        emit secretNeeded(
            tr("No secret is stored for %1: enter it to sign in.").arg(m_account.name));
        break;
    case CredentialStore::Error::NoBackend:
        setNotice(Notice::Kind::Warning,
                  tr("No keychain is available on this system, so the secret of %1 cannot be "
                     "stored. Enter it to use it for this session only.")
                      .arg(m_account.name),
                  Notice::Action::OpenAccounts);
        break;
    default:
        setNotice(Notice::Kind::Error,
                  tr("The keychain did not give the secret of %1: %2").arg(m_account.name, message),
                  Notice::Action::OpenAccounts);
        break;
    }
}

void AccountSession::useAccount(const Account &account, const QString &secret)
{
    m_account = account;
    m_hasAccount = true;
    applyClientOptions();
    m_client->setCredentials(AccountStore::credentialsFromSecret(account, secret));
    m_failuresInARow = 0;
    emit accountChanged();
    // A manual proxy with a user needs its password from the keychain before the first request.
    if (m_proxyPasswordPending)
        m_refreshAfterProxyPassword = true;
    else
        refresh();
}

void AccountSession::applyClientOptions()
{
    PlatformClientOptions options = m_client->options();
    if (m_hasAccount) {
        options.apiUrl = m_account.apiUrl;
        options.customer = m_account.support ? m_account.customer : QString();
    }
    m_client->setOptions(AppSettings::load().applyTo(options, m_proxyPassword));
}

void AccountSession::reloadNetworkSettings()
{
    const AppSettings settings = AppSettings::load();
    const bool needsPassword =
        settings.proxy.mode == ProxyConfiguration::Mode::Manual && !settings.proxy.user.isEmpty();
    if (needsPassword && m_store) {
        m_proxyPasswordPending = true;
        m_store->readSecret(AppSettings::proxyPasswordKey()); // then onSecretRead
        return;
    }
    m_proxyPassword.clear();
    m_proxyPasswordPending = false;
    applyClientOptions();
    emit networkOptionsChanged();
}

RequestLayerOptions AccountSession::networkOptions() const
{
    const PlatformClientOptions client = m_client->options();
    RequestLayerOptions options;
    options.proxy = client.proxy;
    options.caFile = client.caFile;
    return options;
}

void AccountSession::onCredentialsChanged(const PlatformCredentials &credentials)
{
    // A password account keeps only what the platform granted in exchange (the refresh token),
    // never the password typed in the window.
    if (!m_hasAccount || m_account.auth != Account::Auth::Password)
        return;
    const QString secret = AccountStore::secretFor(m_account, credentials);
    if (m_store)
        m_store->writeSecret(m_account.secretKey(), secret);
    m_sessionStore->writeSecret(m_account.secretKey(), secret);
}

void AccountSession::logOut()
{
    if (!m_hasAccount)
        return;
    const QString key = m_account.secretKey();
    if (m_store)
        m_store->deleteSecret(key);
    m_sessionStore->deleteSecret(key);
    cancelRefresh();
    m_retryTimer.stop();
    m_scheduleTimer.stop();
    m_client->setCredentials(PlatformCredentials{});
    m_hasAccount = false;
    AccountStore::setCurrentName(QString());
    setNotice(Notice::Kind::Information,
              tr("Logged out of %1: its secret was deleted. The data on screen stays until you "
                 "close the window.")
                  .arg(m_account.name),
              Notice::Action::OpenAccounts);
    emit accountChanged();
}

// ---------------------------------------------------------------------------------------------
// Refresh

void AccountSession::refresh()
{
    m_retryTimer.stop();
    m_scheduleTimer.stop();
    if (!m_hasAccount) {
        emit accountNeeded();
        return;
    }
    if (m_client->isBusy()) {
        if (m_refreshing)
            return;
        m_retryTimer.start(5000); // a scale or a service read is running: refresh after it
        return;
    }
    m_refreshing = true;
    m_refreshQueued = false;
    emit refreshStarted();
    m_client->fetchInventory();
}

void AccountSession::refreshSoon()
{
    if (!m_hasAccount)
        return;
    if (m_refreshing) {
        m_refreshQueued = true; // the read running may have started before the change
        return;
    }
    refresh();
}

void AccountSession::cancelRefresh()
{
    if (m_refreshing)
        m_client->cancel();
}

void AccountSession::onInventoryFetched(const Inventory &fetched)
{
    if (!m_refreshing)
        return;
    // A service that could not be read keeps its last known placement (still listed as not
    // read), so that one bad answer does not erase it from the screen or from the cache.
    Inventory inventory = fetched;
    QSet<QString> failed;
    for (const FetchError &e : fetched.errors)
        failed.insert(e.application + u'/' + e.service);
    if (m_origin != DataAge::Origin::None && !failed.isEmpty()) {
        for (Application &app : inventory.applications) {
            const Application *before = m_inventory.application(app.name);
            for (Service &svc : app.services) {
                if (!before || !failed.contains(app.name + u'/' + svc.name))
                    continue;
                const Service *old = before->service(svc.name);
                if (old && old->detailLoaded) {
                    svc.instances = old->instances;
                    svc.domains = old->domains;
                    svc.detailLoaded = true; // the last known detail; fetchError says it is old
                }
            }
        }
    }
    m_refreshing = false;
    m_failuresInARow = 0;
    clearNotice();
    emit refreshEnded();
    // Audited (and, since only a successful fetch replaces the cached snapshot, cached) on the
    // loader's thread; shown when it is done.
    InventoryLoadJob job;
    job.inventory = inventory;
    job.origin = DataAge::Origin::Live;
    if (m_caching && m_hasAccount)
        job.cachePath = AccountStore::cachePath(m_account);
    startLoad(job, tr("Checking %n service(s)…", nullptr, int(inventory.serviceCount())));
    if (m_refreshQueued)
        QTimer::singleShot(0, this, &AccountSession::refresh);
    else
        m_scheduleAfterLoad = true;
}

void AccountSession::onFetchFailed(const PlatformError &error)
{
    if (!m_refreshing)
        return; // a scale or a single-service read: its dialog reports it
    m_refreshing = false;
    m_refreshQueued = false;
    emit refreshEnded();
    if (error.kind == PlatformErrorKind::Cancelled) {
        restartSchedule();
        emit refreshFailed(error);
        return;
    }
    if (error.kind == PlatformErrorKind::Authentication ||
        error.kind == PlatformErrorKind::Forbidden) {
        setNotice(Notice::Kind::Error,
                  tr("Could not sign in to %1: %2 Check the account's secret.")
                      .arg(m_account.name, error.message),
                  Notice::Action::OpenAccounts);
        emit refreshFailed(error);
        return;
    }
    scheduleRetry(error);
    emit refreshFailed(error);
}

void AccountSession::scheduleRetry(const PlatformError &error)
{
    ++m_failuresInARow;
    int delay = error.retryAfterSeconds;
    if (delay <= 0) {
        delay = firstRetryDelaySeconds;
        for (int i = 1; i < m_failuresInARow && delay < maxRetryDelaySeconds; ++i)
            delay *= 2;
    }
    delay = std::min(delay, maxRetryDelaySeconds);
    m_retryTimer.start(delay * 1000);
    m_retryError = error.message.trimmed();
    m_nextTry = QTime::currentTime().addSecs(delay);
    m_notice = Notice{Notice::Kind::Warning, QString(), Notice::Action::RetryNow};
    m_noticeIsRetry = true;
    emit noticeChanged();
}

std::chrono::seconds AccountSession::minimumRefreshInterval(const Inventory &inventory)
{
    // One read: the user, the application list, then each application and each service.
    qsizetype requests = 2 + inventory.applications.size();
    for (const Application &app : inventory.applications)
        requests += app.services.size();
    const qint64 budget = qint64(rateLimitPerHour) * backgroundSharePercent / 100;
    const qint64 seconds = (qint64(requests) * 3600 + budget - 1) / budget;
    return std::chrono::seconds(std::max<qint64>(seconds, minimumRefreshSeconds));
}

std::chrono::seconds AccountSession::refreshInterval() const
{
    const int minutes = AppSettings::load().inventoryRefreshMinutes;
    if (minutes <= 0)
        return std::chrono::seconds(0);
    return std::max(std::chrono::seconds(std::chrono::minutes(minutes)),
                    minimumRefreshInterval(m_inventory));
}

void AccountSession::reloadSchedule()
{
    if (!m_refreshing && !m_retryTimer.isActive())
        restartSchedule();
}

void AccountSession::restartSchedule()
{
    m_scheduleTimer.stop();
    if (!m_hasAccount || m_origin == DataAge::Origin::Snapshot)
        return;
    const std::chrono::seconds interval = refreshInterval();
    if (interval.count() > 0)
        m_scheduleTimer.start(std::chrono::milliseconds(interval));
}

void AccountSession::onServiceFetched(const QString &application, const Service &service)
{
    applyServiceRead(application, service);
}

void AccountSession::applyServiceRead(const QString &application, const Service &service)
{
    bool replaced = false;
    for (Application &app : m_inventory.applications) {
        if (app.name != application)
            continue;
        for (Service &svc : app.services)
            if (svc.name == service.name) {
                svc = service;
                replaced = true;
            }
    }
    if (!replaced)
        return;
    if (isLive())
        writeCache(m_inventory);
    showInventory(m_inventory, m_origin);
}

void AccountSession::writeCache(const Inventory &inventory)
{
    if (!m_caching || !m_hasAccount)
        return;
    const QString cache = AccountStore::cachePath(m_account);
    QDir().mkpath(QFileInfo(cache).absolutePath());
    const Status written = Snapshot::write(inventory, cache);
    if (!written.ok())
        qCWarning(lcGui) << "could not cache the snapshot:" << written.error();
}

// ---------------------------------------------------------------------------------------------
// Data

void AccountSession::showInventory(const Inventory &inventory, DataAge::Origin origin)
{
    const bool wasReading = m_loader->isBusy();
    m_loader->discardPending(); // what is shown now is newer than any read still running
    m_scheduleAfterLoad = false;
    m_inventory = inventory;
    m_inventory.indexApplications(); // nothing when it came indexed
    m_origin = origin;
    reaudit();
    if (wasReading)
        emit readingEnded();
    emit inventoryChanged(origin);
}

Status AccountSession::openSnapshot(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) // worded as Snapshot::read words it
        return Status::failure(u"cannot read the snapshot %1: %2"_s.arg(path, file.errorString()));
    file.close();
    m_retryTimer.stop(); // a file the user chose stays until they refresh
    m_scheduleTimer.stop();
    clearNotice();
    InventoryLoadJob job;
    job.snapshotPath = path;
    job.origin = DataAge::Origin::Snapshot;
    startLoad(job, QCoreApplication::translate("MainWindow", "Reading %1…")
                       .arg(QDir::toNativeSeparators(path)));
    return success();
}

void AccountSession::startLoad(InventoryLoadJob job, const QString &what)
{
    m_scheduleAfterLoad = false;
    job.options = auditOptions(); // read here: the settings belong to this thread
    m_loader->load(std::move(job));
    emit readingStarted(what);
}

void AccountSession::onLoaded(const InventoryLoadResult &result)
{
    emit readingEnded();
    if (!result.ok) {
        if (result.origin == DataAge::Origin::Cache)
            qCWarning(lcGui) << "cached snapshot unreadable:" << result.error;
        else
            emit snapshotFailed(result.snapshotPath, result.error);
        return;
    }
    if (!result.cacheError.isEmpty())
        qCWarning(lcGui) << "could not cache the snapshot:" << result.cacheError;
    // The cache is older than what is on screen already (a live read, say): it is not shown.
    if (result.origin == DataAge::Origin::Cache && m_origin != DataAge::Origin::None)
        return;
    m_inventory = result.inventory;
    m_inventory.indexApplications(); // nothing: the loader indexed it
    m_audit = result.audit;
    m_origin = result.origin;
    if (m_scheduleAfterLoad) {
        m_scheduleAfterLoad = false;
        restartSchedule();
    }
    m_prepared = result.views;
    emit inventoryChanged(m_origin);
    m_prepared.reset();
}

QString AccountSession::dataAgeText() const
{
    return DataAge::describe(m_origin, m_inventory.fetchedAt, QDateTime::currentDateTimeUtc());
}

AuditOptions AccountSession::auditOptions() const
{
    AuditOptions options;
    options.cliName = AppSettings::load().cliName;
    options.exemptions = m_exemptions;
    return options;
}

void AccountSession::reaudit()
{
    static const RulesEngine engine;
    m_audit = engine.audit(m_inventory, auditOptions());
}

void AccountSession::setExemptionsPath(const QString &path)
{
    m_exemptionsPath = path;
    Result<ExemptionList> loaded = ExemptionList::load(path);
    if (loaded.ok()) {
        m_exemptions = loaded.value();
    } else {
        m_exemptions = ExemptionList();
        setNotice(Notice::Kind::Warning,
                  tr("The exemptions file could not be read: %1").arg(loaded.error()),
                  Notice::Action::None);
    }
    if (m_origin != DataAge::Origin::None) {
        reaudit();
        emit inventoryChanged(m_origin);
    }
}

Status AccountSession::exempt(const Finding &finding, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("An exemption needs a reason."));
    Exemption e;
    e.rule = finding.rule;
    e.application = finding.application;
    e.service = finding.service;
    e.reason = reason.trimmed();
    m_exemptions.add(e);
    QDir().mkpath(QFileInfo(m_exemptionsPath).absolutePath());
    const Status saved = m_exemptions.save(m_exemptionsPath);
    reaudit();
    emit inventoryChanged(m_origin);
    return saved;
}

// ---------------------------------------------------------------------------------------------
// Notice

void AccountSession::setNotice(Notice::Kind kind, const QString &text, Notice::Action action)
{
    m_notice = Notice{kind, text, action};
    m_noticeIsRetry = false;
    emit noticeChanged();
}

void AccountSession::clearNotice()
{
    if (m_notice.kind == Notice::Kind::None)
        return;
    setNotice(Notice::Kind::None, QString(), Notice::Action::None);
}

AccountSession::Notice AccountSession::notice() const
{
    if (!m_noticeIsRetry)
        return m_notice;
    Notice n = m_notice;
    // The platform's message may or may not end with a full stop; the sentence after it must
    // start a new one either way.
    QString error = m_retryError;
    if (!error.isEmpty() && !error.endsWith(u'.') && !error.endsWith(u'!') && !error.endsWith(u'?'))
        error += u'.';
    const QString next = QLocale().toString(m_nextTry, QLocale::ShortFormat);
    n.text = m_origin == DataAge::Origin::None
                 ? tr("Could not refresh: %1 There is no data to show yet. Next try at %2.")
                       .arg(error, next)
                 : tr("Could not refresh: %1 The data shown was %2. Next try at %3.")
                       .arg(error, dataAgeText(), next);
    return n;
}
