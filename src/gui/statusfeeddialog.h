#pragma once

#include "followedfeedclient.h"
#include "statussnapshot.h"

#include <QDialog>
#include <QUrl>

#include <functional>

class QLabel;
class QVBoxLayout;

// The status feed: running and upcoming maintenance apart (with local times), then recent updates
// grouped by incident, newest incident first, each update with
// its time, status and text, and a button opening the incident's page in the browser. Remote text
// is shown as plain text.
class StatusFeedDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StatusFeedDialog(QWidget *parent = nullptr);

    void setSnapshot(const StatusSnapshot &snapshot);
    // The other feeds the user follows, each with its own state (never the platform's).
    void setFollowedFeeds(const QList<FollowedFeedState> &feeds);
    // One line per followed feed, as shown ("GitHub: All systems operational").
    QStringList followedFeedLines() const;
    // How links are opened (QDesktopServices by default); tests replace it.
    void setUrlOpener(std::function<void(const QUrl &)> opener) { m_open = std::move(opener); }
    // The page an incident links to: its own link, else one built from the feed's page.
    static QUrl incidentUrl(const StatusSnapshot &snapshot, const StatusIncident &incident);

signals:
    void followMoreRequested();

private:
    void rebuild();
    void addFollowed(const QDateTime &now);
    void addMaintenance(const QDateTime &now);
    QString affected(const QStringList &names) const;

    StatusSnapshot m_snapshot;
    QList<FollowedFeedState> m_followed;
    QStringList m_followedLines;
    std::function<void(const QUrl &)> m_open;
    QLabel *m_header = nullptr;
    QWidget *m_list = nullptr;
    QVBoxLayout *m_listLayout = nullptr;
};
