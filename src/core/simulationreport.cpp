#include "simulationreport.h"

#include "terminaltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

QByteArray SimulationReport::json(const SimulationResult &result)
{
    QJsonArray applications;
    for (const ApplicationOutcome &app : result.applications) {
        QJsonArray services;
        for (const ServiceOutcome &svc : app.services)
            services.append(QJsonObject{{u"name"_s, svc.name},
                                        {u"state"_s, survivalName(svc.state)},
                                        {u"before"_s, svc.before},
                                        {u"after"_s, svc.after}});
        QJsonObject a{{u"name"_s, app.name},
                      {u"state"_s, survivalName(app.state)},
                      {u"services"_s, services}};
        if (!app.worstDatacenter.isEmpty())
            a.insert(u"worst_datacenter"_s,
                     QJsonObject{{u"name"_s, app.worstDatacenter},
                                 {u"state"_s, survivalName(app.worstDatacenterState)}});
        applications.append(a);
    }
    const QJsonObject root{{u"failed"_s, QJsonObject{{u"kind"_s, failureKindName(result.kind)},
                                                     {u"name"_s, result.name}}},
                           {u"summary"_s, QJsonObject{{u"ok"_s, result.ok},
                                                      {u"degraded"_s, result.degraded},
                                                      {u"down"_s, result.down}}},
                           {u"applications"_s, applications}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

// An application's state in the reader's words ("ok", "degraded", "down"); the JSON keeps the ids.
QString applicationState(Survival state)
{
    switch (state) {
    case Survival::Ok:
        break;
    case Survival::Degraded:
        return SimulationReport::tr("degraded", "an application's state");
    case Survival::Down:
        return SimulationReport::tr("down", "an application's state");
    }
    return SimulationReport::tr("ok", "an application's state");
}

QString serviceState(Survival state)
{
    switch (state) {
    case Survival::Ok:
        break;
    case Survival::Degraded:
        return SimulationReport::tr("degraded", "a service's state");
    case Survival::Down:
        return SimulationReport::tr("down", "a service's state");
    }
    return SimulationReport::tr("ok", "a service's state");
}

// The width of the widest of the words, so that the columns line up in every language.
qsizetype widest(QString (*words)(Survival), bool upper)
{
    qsizetype width = 0;
    for (const Survival s : {Survival::Ok, Survival::Degraded, Survival::Down})
        width = std::max(width, (upper ? words(s).toUpper() : words(s)).size());
    return width;
}

} // namespace

QByteArray SimulationReport::text(const SimulationResult &result)
{
    const auto shown = [](const QString &s) {
        return TerminalText::sanitize(s);
    };
    QString headline;
    switch (result.kind) {
    case FailureKind::Datacenter:
        headline = tr("If datacenter %1 failed: %2 applications ok, %3 degraded, %4 down");
        break;
    case FailureKind::Host:
        headline = tr("If host %1 failed: %2 applications ok, %3 degraded, %4 down");
        break;
    case FailureKind::Region:
        headline = tr("If region %1 failed: %2 applications ok, %3 degraded, %4 down");
        break;
    case FailureKind::Provider:
        headline = tr("If provider %1 failed: %2 applications ok, %3 degraded, %4 down");
        break;
    }
    QString out = headline.arg(shown(result.name), QString::number(result.ok),
                               QString::number(result.degraded), QString::number(result.down)) +
                  u'\n';
    const qsizetype appWidth = std::max<qsizetype>(8, widest(applicationState, true));
    const qsizetype serviceWidth = std::max<qsizetype>(8, widest(serviceState, false));
    for (const ApplicationOutcome &app : result.applications) {
        out += u"\n%1  %2\n"_s.arg(applicationState(app.state).toUpper().leftJustified(appWidth),
                                   shown(app.name));
        for (const ServiceOutcome &svc : app.services)
            out += u"    %1 %2 "_s.arg(serviceState(svc.state).leftJustified(serviceWidth),
                                       shown(svc.name).leftJustified(20, u' ')) +
                   tr("%1 → %n instance(s) up", nullptr, svc.after).arg(svc.before) + u'\n';
        if (!app.worstDatacenter.isEmpty())
            out +=
                u"    "_s +
                tr("worst single datacenter: %1 (%2)")
                    .arg(shown(app.worstDatacenter), applicationState(app.worstDatacenterState)) +
                u'\n';
    }
    return out.toUtf8();
}
