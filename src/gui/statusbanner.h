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
// Shows the description, the latest update's title and age, and how many of the user's services
// have instances where the trouble is. Every remote string is shown as plain text.
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

signals:
    void detailsRequested();

private:
    StatusSnapshot m_snapshot;
    StatusImpact m_impact;
    bool m_offline = false;
    StatusPresentation::Look m_look = StatusPresentation::Look::Unknown;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_impactLabel = nullptr;
    QPushButton *m_details = nullptr;
};
