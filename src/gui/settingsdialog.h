#pragma once

#include "appsettings.h"

#include <QDialog>

namespace Ui {
class SettingsDialog;
}

// Accounts, status URL, poll interval, notifications, language and the platform CLI name.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    AppSettings settings() const;

public slots:
    void accept() override;

signals:
    void manageAccountsRequested();

private:
    Ui::SettingsDialog *ui;
};
