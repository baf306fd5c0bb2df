#include "statusreportwriter.h"

#include "statustext.h"
#include "statuswire.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("StatusReportWriter", text, nullptr, n);
}

void appendBody(QStringList &out, const QString &body, int width, const QString &indent)
{
    const QStringList paragraphs = StatusText::paragraphs(body);
    for (int i = 0; i < paragraphs.size(); ++i) {
        if (i > 0)
            out.append(QString()); // paragraphs stay apart
        out << StatusText::wrap(paragraphs.at(i), width, indent);
    }
}

QString affectedList(const StatusSnapshot &s, const QStringList &names)
{
    QStringList shown;
    for (const QString &n : names)
        shown.append(StatusText::oneLine(s.componentDisplayName(n)));
    return shown.join(u", "_s);
}

QString window(const StatusMaintenance &m, const QDateTime &now, const QLocale &locale)
{
    if (m.scheduledFor.isValid() && m.scheduledUntil.isValid())
        //: A maintenance window: "from 2024-04-01 06:00 UTC (in 3 days) to 08:00 UTC"
        return QCoreApplication::translate("StatusReportWriter", "%1 to %2")
            .arg(StatusText::timeAndAge(m.scheduledFor, now, locale),
                 StatusText::time(m.scheduledUntil, locale));
    if (m.scheduledFor.isValid())
        return StatusText::timeAndAge(m.scheduledFor, now, locale);
    return {};
}
} // namespace

QString StatusReportWriter::text(const StatusSnapshot &s, const Options &o)
{
    QStringList out;
    const QString indent = u"  "_s;
    const QString headline = StatusText::headline(s);
    const bool unknown = s.level() == StatusLevel::Unknown;
    if (unknown && s.unknownSince().isValid())
        out << tr("Platform status: %1 since %2")
                   .arg(headline, StatusText::timeAndAge(s.unknownSince(), o.now, o.locale));
    else
        out << tr("Platform status: %1").arg(headline);

    if (unknown) {
        out << indent +
                   tr("The status could not be read: %1").arg(StatusText::oneLine(s.lastError));
        if (s.hasData())
            out << indent + tr("Last known: %1, read %2")
                                .arg(StatusText::oneLine(s.description.isEmpty()
                                                             ? statusLevelName(s.dataLevel())
                                                             : s.description),
                                     StatusText::timeAndAge(s.lastSuccess, o.now, o.locale));
    } else if (const QString own = StatusText::ownDescription(s); !own.isEmpty()) {
        //: The status page's own words, quoted under the headline
        out << indent + tr("The page says: “%1”").arg(own);
    }
    QString source =
        tr("Source: %1 (%2)").arg(StatusText::oneLine(s.source), StatusSnapshot::kindName(s.kind));
    if (s.updatedAt.isValid())
        source = tr("Source: %1 (%2), updated %3")
                     .arg(StatusText::oneLine(s.source), StatusSnapshot::kindName(s.kind),
                          StatusText::timeAndAge(s.updatedAt, o.now, o.locale));
    out << indent + source;
    if (unknown)
        return out.join(u'\n') + u'\n';

    // Components: the troubled ones by their one name, or a count that reads right.
    QList<StatusComponent> troubled;
    for (const StatusComponent &c : s.components)
        if (!c.isOperational())
            troubled.append(c);
    if (!s.components.isEmpty()) {
        out << QString();
        if (troubled.isEmpty()) {
            const int n = int(s.components.size());
            out << (n == 1 ? tr("The one component is operational.")
                           : QCoreApplication::translate("StatusReportWriter",
                                                         "All %n components are operational.",
                                                         nullptr, n));
        } else {
            out << tr("Components not operational (%1 of %2):")
                       .arg(troubled.size())
                       .arg(s.components.size());
            for (const StatusComponent &c : std::as_const(troubled))
                out << indent + tr("%1: %2").arg(StatusText::oneLine(c.displayName()),
                                                 StatusText::componentStatusWords(c.status));
        }
    }

    out << QString();
    if (s.incidents.isEmpty()) {
        out << tr("Open incidents: none");
    } else {
        out << tr("Open incidents (%1):").arg(s.incidents.size());
        for (const StatusIncident &i : s.incidents) {
            out << indent + tr("[%1] %2 — %3, updated %4")
                                .arg(i.impact, StatusText::oneLine(i.name),
                                     StatusText::incidentStatusWords(i.status),
                                     StatusText::timeAndAge(i.updatedAt, o.now, o.locale));
            if (!i.link.isEmpty())
                out << indent + indent + StatusText::oneLine(i.link);
        }
    }

    // Maintenance apart: running, upcoming, then the recently completed.
    const QList<StatusMaintenance> active = s.activeMaintenances();
    const QList<StatusMaintenance> upcoming = s.upcomingMaintenances();
    QList<StatusMaintenance> completed;
    for (const StatusMaintenance &m : s.maintenances)
        if (m.isCompleted())
            completed.append(m);
    auto listWindows = [&](const QString &title, const QList<StatusMaintenance> &list) {
        if (list.isEmpty())
            return;
        out << QString() << title;
        for (const StatusMaintenance &m : list) {
            out << indent + tr("%1 — %2").arg(StatusText::oneLine(m.name),
                                              StatusText::maintenanceStatusWords(m.status));
            if (const QString w = window(m, o.now, o.locale); !w.isEmpty())
                out << indent + indent + w;
            if (!m.components.isEmpty())
                out << indent + indent + tr("Affects: %1").arg(affectedList(s, m.components));
            if (!m.updates.isEmpty())
                appendBody(out, m.updates.first().body, o.width, indent + indent);
            if (!m.link.isEmpty())
                out << indent + indent + StatusText::oneLine(m.link);
        }
    };
    listWindows(tr("Maintenance in progress:"), active);
    listWindows(tr("Upcoming maintenance:"), upcoming);
    listWindows(tr("Completed maintenance:"), completed);

    if (!s.updates.isEmpty()) {
        out << QString() << tr("Recent updates:");
        const int shown = std::min<int>(int(s.updates.size()), o.maxUpdates);
        for (int k = 0; k < shown; ++k) {
            const IncidentUpdate &u = s.updates.at(k);
            out << indent + tr("%1 — %2 (%3)")
                                .arg(StatusText::timeAndAge(u.createdAt, o.now, o.locale),
                                     StatusText::oneLine(u.incident.name),
                                     StatusText::incidentStatusWords(u.incident.status));
            appendBody(out, u.body, o.width, indent + indent);
            if (!u.affected.isEmpty())
                out << indent + indent + tr("Affects: %1").arg(affectedList(s, u.affected));
        }
        if (s.updates.size() > shown) {
            const int older = int(s.updates.size() - shown);
            out << indent + QCoreApplication::translate("StatusReportWriter",
                                                        "… and %n older update(s)", nullptr, older);
        }
    }
    return out.join(u'\n') + u'\n';
}

QByteArray StatusReportWriter::json(const StatusSnapshot &snapshot)
{
    return QJsonDocument(StatusWire::toJson(snapshot)).toJson();
}
