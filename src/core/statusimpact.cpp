#include "statusimpact.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// True when `word` occurs in `text` as a whole token: "us-east-1" is not found in "us-east-1a".
bool containsToken(const QString &text, const QString &word)
{
    if (word.isEmpty())
        return false;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(word, from, Qt::CaseInsensitive);
        if (at < 0)
            return false;
        const qsizetype end = at + word.size();
        const bool startOk = at == 0 || !(text.at(at - 1).isLetterOrNumber() ||
                                          text.at(at - 1) == u'-' || text.at(at - 1) == u'_');
        const bool endOk = end >= text.size() || !(text.at(end).isLetterOrNumber() ||
                                                   text.at(end) == u'-' || text.at(end) == u'_');
        if (startOk && endOk)
            return true;
        from = at + 1;
    }
}

bool namesApi(const QString &text)
{
    // "API" as a word, in capitals: "api" inside prose is rarer and riskier to match.
    static const QRegularExpression re(u"(^|[^A-Za-z0-9_])API([^A-Za-z0-9_]|$)"_s);
    return re.match(text).hasMatch();
}

} // namespace

QString StatusImpact::serviceKey(const QString &application, const QString &service)
{
    return application + u'/' + service;
}

QStringList StatusImpact::datacentersNamedIn(const QString &text, const DatacenterList &known)
{
    QStringList out;
    for (const Datacenter &dc : known) {
        bool named = containsToken(text, dc.name);
        if (!named && dc.isParsed())
            named = containsToken(text, dc.zone) ||
                    containsToken(text, dc.provider + u'-' + dc.region) ||
                    containsToken(text, dc.region);
        if (named && !out.contains(dc.name))
            out.append(dc.name);
    }
    return out;
}

StatusImpact StatusImpact::compute(const StatusSnapshot &snapshot, const Inventory &inventory)
{
    StatusImpact impact;
    const DatacenterList known = inventory.allDatacenters();
    auto consider = [&](const QString &text) {
        for (const QString &name : datacentersNamedIn(text, known))
            if (!impact.datacenters.contains(name))
                impact.datacenters.append(name);
        if (namesApi(text))
            impact.apiAffected = true;
    };

    for (const StatusComponent &c : snapshot.components)
        if (!c.isOperational())
            consider(c.name);
    // Running maintenance takes its places away as surely as an incident.
    for (const StatusMaintenance &m : snapshot.maintenances) {
        if (!m.isActive())
            continue;
        consider(m.name);
        for (const QString &c : m.components)
            consider(c);
    }

    QSet<QString> open;
    for (const StatusIncident &i : snapshot.incidents)
        if (!i.isResolved())
            open.insert(i.id);
    QSet<QString> seenIncident;
    for (const IncidentUpdate &u : snapshot.updates) {
        if (!open.contains(u.incident.id))
            continue;
        for (const QString &a : u.affected)
            consider(a);
        // The name and the latest text of the incident; older texts may name places since
        // cleared.
        if (!seenIncident.contains(u.incident.id)) {
            seenIncident.insert(u.incident.id);
            consider(u.incident.name);
            consider(u.body);
        }
    }
    std::sort(impact.datacenters.begin(), impact.datacenters.end());

    for (const Application &app : inventory.applications)
        for (const Service &svc : app.services)
            for (const Instance &inst : svc.instances)
                if (impact.datacenters.contains(inst.datacenter)) {
                    impact.serviceKeys.insert(serviceKey(app.name, svc.name));
                    ++impact.instanceCount;
                }

    for (const QString &dc : std::as_const(impact.datacenters)) {
        QSet<QString> present;
        for (const Application &app : inventory.applications)
            for (const Service &svc : app.services)
                for (const Instance &inst : svc.instances)
                    if (inst.datacenter == dc)
                        present.insert(app.name);
        if (present.isEmpty())
            continue;
        const SimulationResult result =
            ZoneSimulation::fail(inventory, FailureKind::Datacenter, dc);
        Loss loss;
        loss.datacenter = dc;
        for (const ApplicationOutcome &app : result.applications)
            if (app.state == Survival::Down && present.contains(app.name))
                loss.down.append(app.name);
        std::sort(loss.down.begin(), loss.down.end());
        if (!loss.down.isEmpty())
            impact.losses.append(loss);
    }
    std::stable_sort(impact.losses.begin(), impact.losses.end(),
                     [](const Loss &a, const Loss &b) { return a.down.size() > b.down.size(); });
    return impact;
}
