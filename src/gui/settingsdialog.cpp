#include "settingsdialog.h"

#include "ui_settingsdialog.h"

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , ui(new Ui::SettingsDialog)
{
    ui->setupUi(this);
    ui->languageCombo->addItem(tr("System language"), QString());
    // Language names in their own language, so that a user can always find theirs.
    ui->languageCombo->addItem(u"English"_s, u"en"_s);
    ui->languageCombo->addItem(u"Français"_s, u"fr"_s);
    ui->languageCombo->addItem(u"Deutsch"_s, u"de"_s);

    const AppSettings s = AppSettings::load();
    ui->statusUrlEdit->setText(s.statusUrl.toString());
    ui->pollSpin->setValue(s.pollIntervalSeconds);
    ui->notificationsCheck->setChecked(s.notifications);
    ui->languageCombo->setCurrentIndex(std::max(0, ui->languageCombo->findData(s.language)));
    ui->cliEdit->setText(s.cliName);

    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(ui->accountsButton, &QPushButton::clicked, this,
            &SettingsDialog::manageAccountsRequested);
}

SettingsDialog::~SettingsDialog()
{
    delete ui;
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    const QString url = ui->statusUrlEdit->text().trimmed();
    s.statusUrl = url.isEmpty() ? QUrl() : QUrl::fromUserInput(url);
    // Below 15 s the status service would be polled too hard: treat as automatic.
    s.pollIntervalSeconds = ui->pollSpin->value() >= 15 ? ui->pollSpin->value() : 0;
    s.notifications = ui->notificationsCheck->isChecked();
    s.language = ui->languageCombo->currentData().toString();
    s.cliName =
        ui->cliEdit->text().trimmed().isEmpty() ? u"dotcloud"_s : ui->cliEdit->text().trimmed();
    return s;
}

void SettingsDialog::accept()
{
    settings().save();
    QDialog::accept();
}
