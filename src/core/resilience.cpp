#include "resilience.h"

#include "zonesimulation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int kNamesInHeadline = 10;

bool placementKnown(const Service &svc)
{
    return svc.detailLoaded && svc.fetchError.isEmpty();
}

// The place of `candidates` whose loss takes the application down: the one holding most of its
// instances, then the first by name. Empty when no single loss does.
QString worstPlace(const Application &app, FailureKind kind, const QHash<QString, int> &candidates,
                   const DatacenterList &datacenters)
{
    QStringList names = candidates.keys();
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        const int na = candidates.value(a), nb = candidates.value(b);
        return na != nb ? na > nb : a < b;
    });
    for (const QString &name : std::as_const(names))
        if (ZoneSimulation::failApplication(app, kind, name, datacenters).state == Survival::Down)
            return name;
    return {};
}

QString names(const QStringList &apps, const QLocale &locale)
{
    QStringList shown = apps.mid(0, kNamesInHeadline);
    const int more = int(apps.size()) - int(shown.size());
    if (more > 0)
        shown.append(QCoreApplication::translate("Resilience", "%Ln more", nullptr, more));
    return locale.createSeparatedList(shown);
}

} // namespace

QString ApplicationAtRisk::stateName(State state)
{
    switch (state) {
    case State::Down:
        return u"down"_s;
    case State::NotServing:
        return u"not-serving"_s;
    case State::Unknown:
        return u"unknown"_s;
    }
    return u"down"_s;
}

Resilience Resilience::of(const Inventory &inventory)
{
    Resilience r;
    r.applications = int(inventory.applications.size());
    const DatacenterList datacenters = inventory.allDatacenters();
    for (const Application &app : inventory.applications) {
        ApplicationAtRisk risk;
        risk.application = app.name;
        bool unknown = false;
        QHash<QString, int> perDc, perHost;
        for (const Datacenter &dc : datacenters)
            perDc.insert(dc.name, 0);
        for (const Service &svc : app.services) {
            if (!placementKnown(svc)) {
                unknown = true;
                continue;
            }
            for (const Instance &inst : svc.instances) {
                ++perDc[inst.datacenter];
                if (!inst.host.isEmpty()) // an unknown host is no single machine to lose
                    ++perHost[inst.host];
            }
        }
        if (ZoneSimulation::current(app).state == Survival::Down) {
            risk.state = ApplicationAtRisk::State::NotServing;
            r.atRisk.append(risk);
            continue;
        }
        risk.datacenter = worstPlace(app, FailureKind::Datacenter, perDc, datacenters);
        risk.host = worstPlace(app, FailureKind::Host, perHost, datacenters);
        if (risk.datacenter.isEmpty() && !unknown)
            ++r.surviveAnyDatacenter;
        if (risk.host.isEmpty() && !unknown)
            ++r.surviveAnyHost;
        if (risk.datacenter.isEmpty() && risk.host.isEmpty() && !unknown)
            continue;
        if (risk.datacenter.isEmpty() && unknown)
            risk.state = ApplicationAtRisk::State::Unknown;
        r.atRisk.append(risk);
    }
    return r;
}

QString Resilience::headline(const QLocale &locale) const
{
    QStringList down, notServing, unknown;
    for (const ApplicationAtRisk &a : atRisk) {
        switch (a.state) {
        case ApplicationAtRisk::State::Down:
            if (!a.datacenter.isEmpty())
                down.append(a.application);
            break;
        case ApplicationAtRisk::State::NotServing:
            notServing.append(a.application);
            break;
        case ApplicationAtRisk::State::Unknown:
            unknown.append(a.application);
            break;
        }
    }
    QString s;
    if (applications == 0)
        s = QCoreApplication::translate("Resilience", "The account has no application.");
    else if (applications == 1 && surviveAnyDatacenter == 1)
        s = QCoreApplication::translate("Resilience",
                                        "The application survives the loss of any one datacenter.");
    else if (surviveAnyDatacenter == applications)
        s = QCoreApplication::translate(
            "Resilience", "All %Ln applications survive the loss of any one datacenter.", nullptr,
            applications);
    else if (down.isEmpty())
        s = QCoreApplication::translate(
                "Resilience", "%1 of %Ln applications survive the loss of any one datacenter.",
                nullptr, applications)
                .arg(locale.toString(surviveAnyDatacenter));
    else
        s = QCoreApplication::translate("Resilience",
                                        "%1 of %Ln applications survive the loss of any one "
                                        "datacenter; %2 would go down.",
                                        nullptr, applications)
                .arg(locale.toString(surviveAnyDatacenter), names(down, locale));
    if (!notServing.isEmpty())
        s += u' ' + QCoreApplication::translate("Resilience",
                                                "%Ln applications are not serving right now: %1.",
                                                nullptr, int(notServing.size()))
                        .arg(names(notServing, locale));
    if (!unknown.isEmpty())
        s += u' ' + QCoreApplication::translate(
                        "Resilience",
                        "The placement of %Ln applications could not be read, so their "
                        "survival is not known: %1.",
                        nullptr, int(unknown.size()))
                        .arg(names(unknown, locale));
    return s;
}

QString Resilience::hostSentence(const QLocale &locale) const
{
    if (applications == 0)
        return {};
    if (surviveAnyHost == applications)
        return QCoreApplication::translate("Resilience",
                                           "All %Ln applications survive the loss of any one host.",
                                           nullptr, applications);
    return QCoreApplication::translate("Resilience",
                                       "%1 of %Ln applications survive the loss of any one host.",
                                       nullptr, applications)
        .arg(locale.toString(surviveAnyHost));
}

bool Resilience::survivesAnyDatacenter(const QString &application) const
{
    const ApplicationAtRisk *r = risk(application);
    return !r || (r->state == ApplicationAtRisk::State::Down && r->datacenter.isEmpty());
}

const ApplicationAtRisk *Resilience::risk(const QString &application) const
{
    for (const ApplicationAtRisk &a : atRisk)
        if (a.application == application)
            return &a;
    return nullptr;
}
