#pragma once

#include "appsettings.h"

#include <QDialog>
#include <QPointer>

class CredentialStore;

namespace Ui {
class SettingsDialog;
}

// Accounts, status URL, poll interval, notifications, language, the platform CLI name, how often
// the inventory is re-read, the proxy (System / None / Manual with an optional user, whose
// password goes to the keychain) and an extra CA bundle.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Where the proxy password goes (default: the system keychain).
    void setCredentialStore(CredentialStore *store);

    AppSettings settings() const;
    QString enteredProxyPassword() const; // empty: keep the stored one

public slots:
    void accept() override;

signals:
    void manageAccountsRequested();

private:
    void updateProxyFields();
    void chooseCaFile();

    Ui::SettingsDialog *ui;
    QPointer<CredentialStore> m_store;
};
