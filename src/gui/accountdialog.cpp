#include "accountdialog.h"

#include "guilogging.h"
#include "memorycredentialstore.h"
#include "ui_accountdialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

AccountDialog::AccountDialog(CredentialStore *store, CredentialStore *sessionStore, QWidget *parent)
    : QDialog(parent)
    , ui(new Ui::AccountDialog)
    , m_store(store)
    , m_sessionStore(sessionStore)
{
    ui->setupUi(this);
    ui->sessionOnlyButton->hide();
    m_accounts = AccountStore::load();
    m_isNew = QList<bool>(m_accounts.size(), false);
    for (const Account &a : std::as_const(m_accounts))
        m_savedNames.append(a.name);
    for (const Account &a : std::as_const(m_accounts))
        ui->accountList->addItem(a.name);

    connect(ui->accountList, &QListWidget::currentRowChanged, this, &AccountDialog::showAccount);
    connect(ui->addButton, &QPushButton::clicked, this, &AccountDialog::addAccount);
    connect(ui->removeButton, &QPushButton::clicked, this, &AccountDialog::removeAccount);
    connect(ui->sessionOnlyButton, &QPushButton::clicked, this, &AccountDialog::useForSessionOnly);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    connect(ui->apiKeyRadio, &QRadioButton::toggled, this, &AccountDialog::updateEnabled);
    connect(ui->supportCheck, &QCheckBox::toggled, this, &AccountDialog::updateEnabled);
    connect(ui->nameEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (QListWidgetItem *item = ui->accountList->item(m_row))
            item->setText(text);
    });
    if (m_store)
        connect(m_store, &CredentialStore::secretWritten, this, &AccountDialog::onSecretWritten);
    if (m_sessionStore)
        connect(m_sessionStore, &CredentialStore::secretWritten, this,
                &AccountDialog::onSecretWritten);

    const QString current = AccountStore::currentName();
    if (m_accounts.isEmpty())
        addAccount();
    else
        selectAccount(current.isEmpty() ? m_accounts.first().name : current);
    updateEnabled();
}

AccountDialog::~AccountDialog()
{
    delete ui;
}

void AccountDialog::selectAccount(const QString &name)
{
    for (int i = 0; i < m_accounts.size(); ++i)
        if (m_accounts[i].name == name) {
            ui->accountList->setCurrentRow(i);
            return;
        }
    if (!m_accounts.isEmpty())
        ui->accountList->setCurrentRow(0);
}

void AccountDialog::setMessage(const QString &text)
{
    ui->messageLabel->setText(text);
}

Account AccountDialog::currentAccount() const
{
    return m_row >= 0 && m_row < m_accounts.size() ? m_accounts[m_row] : Account();
}

void AccountDialog::showAccount(int row)
{
    storeFields();
    m_row = row;
    const Account a = currentAccount();
    ui->nameEdit->setText(a.name);
    ui->apiUrlEdit->setText(a.apiUrl.toString());
    ui->apiKeyRadio->setChecked(a.auth == Account::Auth::ApiKey);
    ui->passwordRadio->setChecked(a.auth == Account::Auth::Password);
    ui->usernameEdit->setText(a.username);
    ui->supportCheck->setChecked(a.support);
    ui->customerEdit->setText(a.customer);
    ui->accountStatusUrlEdit->setText(a.statusUrl.toString());
    ui->secretEdit->clear();
    const bool isNew = row >= 0 && row < m_isNew.size() && m_isNew[row];
    // A secret given for this session only is not stored: say what empty means for it.
    const auto *session = qobject_cast<const MemoryCredentialStore *>(m_sessionStore.data());
    const bool sessionOnly = !isNew && session && session->contains(a.secretKey());
    ui->secretEdit->setPlaceholderText(isNew ? QString()
                                       : sessionOnly
                                           ? tr("Leave empty to keep using it for this session")
                                           : tr("Leave empty to keep the stored secret"));
    updateEnabled();
}

void AccountDialog::storeFields()
{
    if (m_row < 0 || m_row >= m_accounts.size())
        return;
    Account &a = m_accounts[m_row];
    a.name = ui->nameEdit->text().trimmed();
    a.apiUrl = QUrl::fromUserInput(ui->apiUrlEdit->text().trimmed());
    a.auth = ui->apiKeyRadio->isChecked() ? Account::Auth::ApiKey : Account::Auth::Password;
    a.username = ui->usernameEdit->text().trimmed();
    a.support = ui->supportCheck->isChecked();
    a.customer = a.support ? ui->customerEdit->text().trimmed() : QString();
    const QString statusUrl = ui->accountStatusUrlEdit->text().trimmed();
    a.statusUrl = statusUrl.isEmpty() ? QUrl() : QUrl::fromUserInput(statusUrl);
}

void AccountDialog::updateEnabled()
{
    const bool any = m_row >= 0;
    const bool password = ui->passwordRadio->isChecked();
    ui->secretLabel->setText(password ? tr("&Password:") : tr("API &key:"));
    ui->usernameEdit->setEnabled(any);
    ui->usernameLabel->setText(password ? tr("User&name:") : tr("User&name (optional):"));
    ui->customerEdit->setEnabled(any && ui->supportCheck->isChecked());
    ui->customerLabel->setEnabled(ui->customerEdit->isEnabled());
    ui->removeButton->setEnabled(any);
    for (QWidget *w :
         {static_cast<QWidget *>(ui->nameEdit), static_cast<QWidget *>(ui->apiUrlEdit),
          static_cast<QWidget *>(ui->apiKeyRadio), static_cast<QWidget *>(ui->passwordRadio),
          static_cast<QWidget *>(ui->secretEdit), static_cast<QWidget *>(ui->supportCheck),
          static_cast<QWidget *>(ui->accountStatusUrlEdit)})
        w->setEnabled(any);
}

void AccountDialog::addAccount()
{
    storeFields();
    Account a;
    QString name = tr("New account");
    for (int n = 2; std::any_of(m_accounts.cbegin(), m_accounts.cend(),
                                [&](const Account &x) { return x.name == name; });
         ++n)
        name = tr("New account %1").arg(n);
    a.name = name;
    a.apiUrl = QUrl(u"https://rest.dotcloud.com"_s);
    m_accounts.append(a);
    m_isNew.append(true);
    m_savedNames.append(QString());
    m_row = -1; // the fields belong to no account until the new row is shown
    ui->accountList->addItem(a.name);
    ui->accountList->setCurrentRow(int(m_accounts.size() - 1));
    ui->nameEdit->setFocus();
    ui->nameEdit->selectAll();
}

void AccountDialog::removeAccount()
{
    if (m_row < 0 || m_row >= m_accounts.size())
        return;
    Account gone = m_accounts[m_row];
    if (m_row < m_savedNames.size() && !m_savedNames[m_row].isEmpty())
        gone.name = m_savedNames[m_row]; // where its secret is filed
    // Logging out deletes the secret, wherever it was kept.
    if (m_store)
        m_store->deleteSecret(gone.secretKey());
    if (m_sessionStore)
        m_sessionStore->deleteSecret(gone.secretKey());
    const int row = m_row;
    m_row = -1;
    m_accounts.removeAt(row);
    m_isNew.removeAt(row);
    if (row < m_savedNames.size())
        m_savedNames.removeAt(row);
    delete ui->accountList->takeItem(row);
    QList<Account> saved;
    for (int i = 0; i < m_accounts.size(); ++i)
        if (!m_isNew[i])
            saved.append(m_accounts[i]);
    AccountStore::save(saved);
    if (AccountStore::currentName() == gone.name)
        AccountStore::setCurrentName(QString());
    setMessage(tr("Logged out of %1: its secret was deleted.").arg(gone.name));
    if (m_accounts.isEmpty())
        ui->nameEdit->clear();
    else
        showAccount(ui->accountList->currentRow());
    updateEnabled();
}

QString AccountDialog::validate() const
{
    const Account a = currentAccount();
    if (a.name.isEmpty())
        return tr("Give the account a name.");
    for (int i = 0; i < m_accounts.size(); ++i)
        if (i != m_row && m_accounts[i].name == a.name)
            return tr("Another account is already called %1.").arg(a.name);
    if (!a.apiUrl.isValid() || a.apiUrl.scheme().isEmpty() || a.apiUrl.host().isEmpty())
        return tr("The API URL is not valid.");
    if (a.auth == Account::Auth::Password && a.username.isEmpty())
        return tr("Enter the username.");
    if (a.support && a.customer.isEmpty())
        return tr("Enter the customer whose applications this support account reads.");
    if (!a.statusUrl.isEmpty() && (!a.statusUrl.isValid() || a.statusUrl.host().isEmpty()))
        return tr("The status URL is not valid.");
    const bool isNew = m_row < m_isNew.size() && m_isNew[m_row];
    // The secret is filed under the account's name: a renamed account needs it again.
    const bool renamed = !isNew && m_row < m_savedNames.size() && m_savedNames[m_row] != a.name;
    if ((isNew || renamed) && ui->secretEdit->text().isEmpty())
        return a.auth == Account::Auth::ApiKey ? tr("Enter the API key.")
                                               : tr("Enter the password.");
    return QString();
}

void AccountDialog::accept()
{
    storeFields();
    if (m_row < 0) {
        QDialog::reject();
        return;
    }
    const QString problem = validate();
    if (!problem.isEmpty()) {
        setMessage(problem);
        return;
    }
    m_enteredSecret = ui->secretEdit->text();
    if (m_enteredSecret.isEmpty()) {
        finish();
        return;
    }
    if (!m_store) {
        useForSessionOnly();
        return;
    }
    m_pendingKey = currentAccount().secretKey();
    ui->buttonBox->setEnabled(false);
    setMessage(tr("Saving the secret in the system keychain…"));
    m_store->writeSecret(m_pendingKey, m_enteredSecret);
}

void AccountDialog::useForSessionOnly()
{
    if (!m_sessionStore)
        return;
    m_sessionOnly = true;
    m_pendingKey = currentAccount().secretKey();
    m_sessionStore->writeSecret(m_pendingKey, m_enteredSecret);
}

void AccountDialog::onSecretWritten(const QString &key, CredentialStore::Error error,
                                    const QString &message)
{
    if (key != m_pendingKey || m_pendingKey.isEmpty())
        return;
    ui->buttonBox->setEnabled(true);
    if (error == CredentialStore::Error::None) {
        m_pendingKey.clear();
        finish();
        return;
    }
    qCWarning(lcGui) << "could not store the secret:" << error;
    if (error == CredentialStore::Error::NoBackend) {
        setMessage(tr("No keychain is available on this system, so the secret cannot be saved. "
                      "You can use it for this session only: it is kept in memory and forgotten "
                      "when the application quits."));
        ui->sessionOnlyButton->show();
        ui->sessionOnlyButton->setFocus();
    } else {
        setMessage(tr("The keychain refused to store the secret: %1").arg(message));
    }
}

void AccountDialog::finish()
{
    QList<Account> saved;
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (i == m_row) {
            m_isNew[i] = false;
            m_savedNames[i] = m_accounts[i].name;
        }
        if (!m_isNew[i])
            saved.append(m_accounts[i]);
    }
    AccountStore::save(saved);
    AccountStore::setCurrentName(currentAccount().name);
    QDialog::accept();
}
