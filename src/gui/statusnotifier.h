#pragma once

#include "statussnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

// A desktop notification about the platform's status.
struct StatusNotification
{
    QString title;
    QString message; // plain text
    StatusLevel level = StatusLevel::Unknown;
    bool outage = false;
};

// Decides when the platform's status deserves a desktop notification: on a level change or a
// new update only — never on a poll that changed nothing, never on a move into or out of
// "unknown" (that is usually the user's own network), never while muted. With followed
// components, only their status changes and the updates that affect them count.
class StatusNotifier
{
public:
    // Empty: follow everything.
    void setFollowedComponents(const QStringList &components);
    QStringList followedComponents() const { return m_followed; }
    void muteUntil(const QDateTime &until) { m_mutedUntil = until; }
    QDateTime mutedUntil() const { return m_mutedUntil; }
    bool isMuted(const QDateTime &now) const
    {
        return m_mutedUntil.isValid() && now < m_mutedUntil;
    }

    // Forgets the baseline (another feed is followed now); mute and followed components stay.
    void resetBaseline() { m_hasBaseline = false; }

    // Feeds the latest snapshot; returns what to show, if anything. The first known snapshot
    // sets the baseline and is not announced (the banner shows it).
    std::optional<StatusNotification> consider(const StatusSnapshot &snapshot,
                                               const QDateTime &now);

private:
    bool follows(const QStringList &components) const;

    QStringList m_followed;
    QDateTime m_mutedUntil;
    bool m_hasBaseline = false;
    StatusLevel m_level = StatusLevel::Unknown;
    bool m_outage = false;
    QSet<QString> m_seenUpdates;
    QHash<QString, QString> m_componentStatus;
};
