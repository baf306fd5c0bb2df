#pragma once

#include "account.h"
#include "credentialstore.h"

#include <QDialog>
#include <QPointer>

namespace Ui {
class AccountDialog;
}

// Saved accounts: API URL and either an API key or a username and password; support accounts
// name a customer. Names and URLs go to the settings; the secret only to the CredentialStore.
// When the system has no keychain, the dialog says so and offers to keep the secret in memory for
// this session only (the session store), never written anywhere.
// Usable without blocking: open(), fill the fields, accept(); accepted() follows the store's
// answer.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    AccountDialog(CredentialStore *store, CredentialStore *sessionStore, QWidget *parent = nullptr);
    ~AccountDialog() override;

    // Selects (or adds) the account with this name, e.g. when its secret is missing.
    void selectAccount(const QString &name);
    void setMessage(const QString &text);

    QList<Account> accounts() const { return m_accounts; }
    Account currentAccount() const;
    // The secret typed in (empty when the stored one is kept); held only while the dialog lives.
    QString enteredSecret() const { return m_enteredSecret; }
    bool sessionOnly() const { return m_sessionOnly; }

public slots:
    void accept() override;

private:
    void showAccount(int row);
    void storeFields();
    void updateEnabled();
    void addAccount();
    void removeAccount();
    void useForSessionOnly();
    void onSecretWritten(const QString &key, CredentialStore::Error error, const QString &message);
    void finish();
    QString validate() const;

    Ui::AccountDialog *ui;
    QPointer<CredentialStore> m_store;
    QPointer<CredentialStore> m_sessionStore;
    QList<Account> m_accounts;
    QList<bool> m_isNew;
    QStringList m_savedNames; // the names secrets are stored under
    int m_row = -1;
    QString m_pendingKey;
    QString m_enteredSecret;
    bool m_sessionOnly = false;
};
