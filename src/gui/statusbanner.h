#pragma once

#include "statusimpact.h"
#include "statuspresentation.h"
#include "statussnapshot.h"

#include <QWidget>

class QLabel;
class QPushButton;

// The strip across the top of the main window that says whether the platform is up: slim and
// calm when all is operational; amber when degraded; red with the words "Platform outage";
// blue for maintenance; grey "Status unknown since …" when the status service cannot be read.
// The title uses StatusText's words (the command line's too); under it the feed's own description
// as a quote, the latest update with its age, running and upcoming maintenance, the user's
// applications that are down there (with a button to the What-if of that datacenter) and how many
// services have instances there; "Check now" reads the status at once. Every remote string is
// shown as plain text.
class StatusBanner : public QWidget
{
    Q_OBJECT

public:
    explicit StatusBanner(QWidget *parent = nullptr);

    void setSnapshot(const StatusSnapshot &snapshot);
    void setImpact(const StatusImpact &impact);
    // The user's own machine is offline (from QNetworkInformation): said beside "unknown".
    void setOffline(bool offline);
    // Re-renders the ages ("5 min ago") against `now`.
    void refresh(const QDateTime &now = QDateTime::currentDateTimeUtc());

    StatusPresentation::Look look() const { return m_look; }
    QColor backgroundColor() const;
    QString titleText() const;
    QString detailText() const;
    QString impactText() const;
    // The applications down (or going down) where the trouble is: "api, blog and crm are down in
    // Amazon-us-east-1a". Empty when none or the status is calm or unknown.
    QString downText() const;
    // Everything the banner says, line by line: what the tray shows too.
    QString summaryText() const;

signals:
    void detailsRequested();
    void checkNowRequested();
    void whatIfRequested(const QString &datacenter);
    // The banner's words changed (the tray follows them).
    void summaryChanged(const QString &summary);

private:
    StatusSnapshot m_snapshot;
    StatusImpact m_impact;
    bool m_offline = false;
    StatusPresentation::Look m_look = StatusPresentation::Look::Unknown;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_impactLabel = nullptr;
    QLabel *m_down = nullptr;
    QPushButton *m_details = nullptr;
    QPushButton *m_checkNow = nullptr;
    QPushButton *m_whatIf = nullptr;
    QString m_whatIfDatacenter;
    QString m_summary;
};
