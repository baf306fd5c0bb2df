#include "statusnotifier.h"

#include "statustext.h"

#include "statuspresentation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("StatusNotifier", text);
}
QString shorten(const QString &text, int max = 240)
{
    QString t = text.simplified();
    if (t.size() > max)
        t = t.left(max - 1) + u'…';
    return t;
}
} // namespace

void StatusNotifier::setFollowedComponents(const QStringList &components)
{
    m_followed = components;
}

bool StatusNotifier::follows(const QStringList &components) const
{
    if (m_followed.isEmpty())
        return true;
    for (const QString &c : components)
        if (m_followed.contains(c))
            return true;
    return false;
}

std::optional<StatusNotification> StatusNotifier::consider(const StatusSnapshot &snapshot,
                                                           const QDateTime &now)
{
    // Unknown says nothing about the platform: keep the last known state, so that coming back
    // to the same level is silent and coming back to another level is announced once.
    if (!snapshot.isCurrent())
        return std::nullopt;

    const StatusLevel level = snapshot.level();
    const bool outage = snapshot.outage();
    QList<IncidentUpdate> fresh;
    QSet<QString> seen;
    for (const IncidentUpdate &u : snapshot.updates) {
        seen.insert(u.id);
        if (!m_seenUpdates.contains(u.id))
            fresh.append(u);
    }
    QStringList changedComponents;
    QHash<QString, QString> componentStatus;
    for (const StatusComponent &c : snapshot.components) {
        componentStatus.insert(c.name, c.status);
        const auto it = m_componentStatus.constFind(c.name);
        if (it != m_componentStatus.cend() && *it != c.status && m_followed.contains(c.name))
            changedComponents.append(c.name);
    }

    const bool baseline = !m_hasBaseline;
    const bool levelChanged = level != m_level || outage != m_outage;
    m_hasBaseline = true;
    m_level = level;
    m_outage = outage;
    // Only the updates still in the feed are remembered: the memory stays bounded.
    m_seenUpdates = seen;
    m_componentStatus = componentStatus;
    if (baseline || isMuted(now))
        return std::nullopt;

    QList<IncidentUpdate> relevant;
    for (const IncidentUpdate &u : std::as_const(fresh))
        if (follows(u.affected))
            relevant.append(u);

    StatusNotification n;
    n.level = level;
    n.outage = outage;
    const QString words = StatusText::headline(snapshot); // the banner's words
    if (levelChanged && m_followed.isEmpty()) {
        n.title = tr("Platform status: %1").arg(words);
        QStringList lines;
        if (const QString own = StatusText::ownDescription(snapshot); !own.isEmpty())
            lines << tr("The page says: “%1”").arg(shorten(own));
        if (!relevant.isEmpty())
            lines << shorten(relevant.first().incident.name + u": "_s + relevant.first().body);
        n.message = lines.join(u"\n"_s);
        return n;
    }
    if (!changedComponents.isEmpty()) {
        QStringList lines;
        for (const QString &name : std::as_const(changedComponents))
            lines << u"%1: %2"_s.arg(snapshot.componentDisplayName(name),
                                     StatusText::componentStatusWords(componentStatus.value(name)));
        n.title = tr("Platform status: %1").arg(words);
        n.message = lines.join(u"\n"_s);
        return n;
    }
    if (relevant.size() == 1) {
        const IncidentUpdate &u = relevant.first();
        n.title = tr("Status update: %1").arg(shorten(u.incident.name, 80));
        n.message = shorten(u.incident.status + u": "_s + u.body);
        return n;
    }
    if (relevant.size() > 1) {
        n.title = tr("%1 new status updates").arg(relevant.size());
        n.message = shorten(relevant.first().incident.name + u": "_s + relevant.first().body);
        return n;
    }
    return std::nullopt;
}
