#include "scaledialog.h"

#include "ui_scaledialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

ScaleDialog::ScaleDialog(PlatformClient *client, const QString &cliName, const Inventory &inventory,
                         const QString &application, const QString &service, int suggestedInstances,
                         QWidget *parent)
    : QDialog(parent)
    , ui(new Ui::ScaleDialog)
    , m_client(client)
    , m_cliName(cliName.isEmpty() ? u"dotcloud"_s : cliName)
    , m_application(application)
    , m_service(service)
{
    ui->setupUi(this);
    m_send = ui->buttonBox->addButton(tr("&Scale"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(u"scaleSendButton"_s);
    m_send->setAccessibleName(tr("Send the scaling request"));
    // The button box would close the dialog: sending is handled here.
    disconnect(ui->buttonBox, nullptr, this, nullptr);
    connect(m_send, &QPushButton::clicked, this, &ScaleDialog::send);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &ScaleDialog::reject);
    connect(ui->instancesSpin, &QSpinBox::valueChanged, this, &ScaleDialog::updateTexts);
    connect(ui->confirmCheck, &QCheckBox::toggled, this, &ScaleDialog::updateTexts);

    const Application *app = inventory.application(application);
    const Service *svc = app ? app->service(service) : nullptr;
    const int current =
        svc ? (svc->detailLoaded ? int(svc->instances.size()) : svc->instanceCount) : 0;
    ui->introLabel->setText(
        tr("%1 of %2 runs %n instance(s) now.", nullptr, current).arg(service, application));
    ui->instancesSpin->setValue(std::max(1, suggestedInstances > 0 ? suggestedInstances : current));
    const QString reason = unavailableReason(inventory, application, client != nullptr);
    if (!reason.isEmpty()) {
        ui->answerLabel->setText(reason);
        ui->confirmCheck->setEnabled(false);
        ui->instancesSpin->setEnabled(false);
        m_step = Step::Done;
    }
    if (m_client) {
        connect(m_client, &PlatformClient::scaleFinished, this, &ScaleDialog::onScaleFinished);
        connect(m_client, &PlatformClient::serviceFetched, this, &ScaleDialog::onServiceFetched);
        connect(m_client, &PlatformClient::fetchFailed, this, &ScaleDialog::onFailed);
    }
    updateTexts();
    // As tall as its content: no empty half below the answer.
    ui->requestEdit->setMinimumHeight(ui->requestEdit->fontMetrics().lineSpacing() * 9);
    adjustSize();
}

ScaleDialog::~ScaleDialog()
{
    delete ui;
}

QString ScaleDialog::unavailableReason(const Inventory &inventory, const QString &application,
                                       bool liveData)
{
    if (inventory.user.isSupport() || !inventory.viewer.isEmpty())
        return tr("Support accounts can read a customer's applications but cannot scale them.");
    const Application *app = inventory.application(application);
    if (!app)
        return tr("Choose a service of an application first.");
    if (app->isSandbox())
        return tr("%1 is a sandbox application: the platform cannot scale it. Create a Live "
                  "application and push the code there.")
            .arg(application);
    if (!liveData)
        return tr("Scaling needs a signed-in account, not a snapshot.");
    return QString();
}

void ScaleDialog::setInstances(int n)
{
    ui->instancesSpin->setValue(n);
}

QString ScaleDialog::command() const
{
    return ui->commandEdit->text();
}

QString ScaleDialog::request() const
{
    return ui->requestEdit->toPlainText();
}

QString ScaleDialog::answer() const
{
    return ui->answerLabel->text();
}

void ScaleDialog::updateTexts()
{
    const int n = ui->instancesSpin->value();
    ui->commandEdit->setText(
        u"%1 -A %2 scale %3:instances=%4"_s.arg(m_cliName, m_application, m_service).arg(n));
    // Shown to the user for transparency; the client builds the real request.
    // As the platform's own CLI does: the new count, then a deployment that applies it.
    ui->requestEdit->setPlainText(
        u"PATCH /v1/me/applications/%1/services/%2\n"
        "Content-Type: application/json\n\n"
        "{\"instance_count\": %3}\n\n"
        "POST /v1/me/applications/%1/deployments\n"
        "Content-Type: application/json\n\n"
        "{\"revision\": null, \"clean\": false}"_s.arg(m_application, m_service)
            .arg(n));
    m_send->setEnabled(m_step == Step::Idle && ui->confirmCheck->isChecked() && m_client);
}

void ScaleDialog::send()
{
    if (m_step != Step::Idle || !ui->confirmCheck->isChecked() || !m_client)
        return;
    if (m_client->isBusy()) {
        ui->answerLabel->setText(tr("Another request is still running; try again in a moment."));
        return;
    }
    m_step = Step::Scaling;
    ui->instancesSpin->setEnabled(false);
    ui->confirmCheck->setEnabled(false);
    ui->answerLabel->setText(tr("Scaling and redeploying…"));
    updateTexts();
    m_client->scaleService(m_application, m_service, ui->instancesSpin->value());
}

void ScaleDialog::onScaleFinished(const QString &application, const QString &service, bool accepted,
                                  const QString &message)
{
    if (m_step != Step::Scaling || application != m_application || service != m_service)
        return;
    if (!accepted) {
        m_step = Step::Done;
        // The client words the platform's answer itself ("The platform refused …: reason").
        ui->answerLabel->setText(message.isEmpty() ? tr("The platform refused the change.")
                                                   : message);
        emit scaled(application, service, false);
        updateTexts();
        return;
    }
    ui->answerLabel->setText(
        (message.isEmpty() ? tr("The platform accepted the change.") : message) + u'\n' +
        tr("Reading the service again…"));
    emit scaled(application, service, true);
    m_step = Step::Refreshing;
    m_client->fetchService(application, service);
}

void ScaleDialog::onServiceFetched(const QString &application, const Service &service)
{
    if (m_step != Step::Refreshing || application != m_application || service.name != m_service)
        return;
    m_step = Step::Done;
    ui->answerLabel->setText(
        ui->answerLabel->text().section(u'\n', 0, 0) + u'\n' +
        tr("Read again: %1 has %n instance(s).", nullptr, int(service.instances.size()))
            .arg(service.name));
    updateTexts();
}

void ScaleDialog::onFailed(const PlatformError &error)
{
    if (m_step == Step::Scaling)
        ui->answerLabel->setText(tr("The request failed: %1").arg(error.message));
    else if (m_step == Step::Refreshing)
        ui->answerLabel->setText(ui->answerLabel->text().section(u'\n', 0, 0) + u'\n' +
                                 tr("Could not read the service again: %1").arg(error.message));
    else
        return;
    m_step = Step::Done;
    updateTexts();
}
