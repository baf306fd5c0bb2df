#pragma once

#include "inventory.h"
#include "platformclient.h"

#include <QDialog>
#include <QPointer>

namespace Ui {
class ScaleDialog;
}
class QPushButton;

// Applies the one fix that scaling can make: shows the exact CLI command and the PATCH request,
// asks for confirmation, sends it, shows the platform's answer (refusals included) and then reads
// the service again so the window shows the new count.
class ScaleDialog : public QDialog
{
    Q_OBJECT

public:
    ScaleDialog(PlatformClient *client, const QString &cliName, const Inventory &inventory,
                const QString &application, const QString &service, int suggestedInstances,
                QWidget *parent = nullptr);
    ~ScaleDialog() override;

    // Why scaling is not offered (support account, sandbox application, snapshot data); empty
    // when it is.
    static QString unavailableReason(const Inventory &inventory, const QString &application,
                                     bool liveData);

    void setInstances(int n);
    QString command() const;
    QString request() const;
    QString answer() const;
    QPushButton *sendButton() const { return m_send; }
    void send();

signals:
    void scaled(const QString &application, const QString &service, bool accepted);

private:
    void updateTexts();
    void onScaleFinished(const QString &application, const QString &service, bool accepted,
                         const QString &message);
    void onServiceFetched(const QString &application, const Service &service);
    void onFailed(const PlatformError &error);

    enum class Step
    {
        Idle,
        Scaling,
        Refreshing,
        Done
    };

    Ui::ScaleDialog *ui;
    QPointer<PlatformClient> m_client;
    QString m_cliName, m_application, m_service;
    QPushButton *m_send = nullptr;
    Step m_step = Step::Idle;
};
