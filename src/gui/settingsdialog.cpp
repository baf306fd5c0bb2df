#include "settingsdialog.h"

#include "keychaincredentialstore.h"
#include "ui_settingsdialog.h"

#include <QFileDialog>
#include <QFileInfo>

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
    ui->proxyCombo->addItem(tr("System (or http_proxy / https_proxy / no_proxy)"),
                            ProxyConfiguration::modeName(ProxyConfiguration::Mode::System));
    ui->proxyCombo->addItem(tr("None: connect directly"),
                            ProxyConfiguration::modeName(ProxyConfiguration::Mode::None));
    ui->proxyCombo->addItem(tr("Manual"),
                            ProxyConfiguration::modeName(ProxyConfiguration::Mode::Manual));

    const AppSettings s = AppSettings::load();
    ui->statusUrlEdit->setText(s.statusUrl.toString());
    ui->pollSpin->setValue(s.pollIntervalSeconds);
    ui->notificationsCheck->setChecked(s.notifications);
    ui->languageCombo->setCurrentIndex(std::max(0, ui->languageCombo->findData(s.language)));
    ui->cliEdit->setText(s.cliName);
    ui->refreshSpin->setValue(s.inventoryRefreshMinutes);
    ui->proxyCombo->setCurrentIndex(
        std::max(0, ui->proxyCombo->findData(ProxyConfiguration::modeName(s.proxy.mode))));
    ui->proxyHostEdit->setText(s.proxy.host);
    if (s.proxy.port > 0)
        ui->proxyPortSpin->setValue(s.proxy.port);
    ui->proxyUserEdit->setText(s.proxy.user);
    ui->caFileEdit->setText(s.caFile);

    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(ui->accountsButton, &QPushButton::clicked, this,
            &SettingsDialog::manageAccountsRequested);
    connect(ui->proxyCombo, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::updateProxyFields);
    connect(ui->proxyUserEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateProxyFields);
    connect(ui->caFileButton, &QPushButton::clicked, this, &SettingsDialog::chooseCaFile);
    updateProxyFields();
}

SettingsDialog::~SettingsDialog()
{
    delete ui;
}

void SettingsDialog::setCredentialStore(CredentialStore *store)
{
    m_store = store;
}

void SettingsDialog::updateProxyFields()
{
    const bool manual = ui->proxyCombo->currentData().toString() ==
                        ProxyConfiguration::modeName(ProxyConfiguration::Mode::Manual);
    for (QWidget *w :
         {static_cast<QWidget *>(ui->proxyHostEdit), static_cast<QWidget *>(ui->proxyPortSpin),
          static_cast<QWidget *>(ui->proxyUserEdit), static_cast<QWidget *>(ui->proxyHostLabel),
          static_cast<QWidget *>(ui->proxyUserLabel)})
        w->setEnabled(manual);
    const bool withUser = manual && !ui->proxyUserEdit->text().trimmed().isEmpty();
    ui->proxyPasswordEdit->setEnabled(withUser);
    ui->proxyPasswordLabel->setEnabled(withUser);
    const AppSettings saved = AppSettings::load();
    ui->proxyPasswordEdit->setPlaceholderText(withUser && saved.proxy.user ==
                                                              ui->proxyUserEdit->text().trimmed()
                                                  ? tr("Leave empty to keep the stored password")
                                                  : QString());
}

void SettingsDialog::chooseCaFile()
{
    auto *chooser = new QFileDialog(this, tr("Extra CA certificates"),
                                    QFileInfo(ui->caFileEdit->text()).absolutePath(),
                                    tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    connect(chooser, &QFileDialog::fileSelected, this,
            [this](const QString &file) { ui->caFileEdit->setText(file); });
    chooser->open();
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
    s.inventoryRefreshMinutes = ui->refreshSpin->value();
    s.proxy.mode = ProxyConfiguration::modeFromName(ui->proxyCombo->currentData().toString());
    s.proxy.host = ui->proxyHostEdit->text().trimmed();
    s.proxy.port = quint16(ui->proxyPortSpin->value());
    s.proxy.user = ui->proxyUserEdit->text().trimmed();
    s.caFile = ui->caFileEdit->text().trimmed();
    return s;
}

QString SettingsDialog::enteredProxyPassword() const
{
    return ui->proxyPasswordEdit->isEnabled() ? ui->proxyPasswordEdit->text() : QString();
}

void SettingsDialog::accept()
{
    const AppSettings s = settings();
    if (s.proxy.mode == ProxyConfiguration::Mode::Manual && s.proxy.host.isEmpty()) {
        ui->proxyHostEdit->setFocus();
        ui->problemLabel->setText(tr("Enter the proxy's host name."));
        return;
    }
    if (!s.caFile.isEmpty() && !QFileInfo(s.caFile).isReadable()) {
        ui->caFileEdit->setFocus();
        ui->problemLabel->setText(tr("The CA file %1 cannot be read.").arg(s.caFile));
        return;
    }
    const AppSettings before = AppSettings::load();
    s.save();

    // The proxy password: to the keychain when one was typed; gone when there is no user.
    if (!m_store)
        m_store = new KeychainCredentialStore(this);
    const QString password = enteredProxyPassword();
    if (!password.isEmpty())
        m_store->writeSecret(AppSettings::proxyPasswordKey(), password);
    else if (s.proxy.user.isEmpty() && !before.proxy.user.isEmpty())
        m_store->deleteSecret(AppSettings::proxyPasswordKey());
    QDialog::accept();
}
