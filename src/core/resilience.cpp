#include "resilience.h"

#include "terminaltext.h"
#include "zonesimulation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int kNamesInHeadline = 10;

// Whether losing `name` takes the application down: some service keeps too few of its up
// instances. Counts only, without building a simulation result (called once per place the
// application uses); the same verdict as ZoneSimulation::failApplication(...).state == Down.
bool downWhenLost(const Application &app, FailureKind kind, const QString &name)
{
    for (const Service &svc : app.services) {
        if (!svc.placementKnown())
            continue;
        int after = 0;
        for (const Instance &inst : svc.instances) {
            if (!inst.isUp())
                continue;
            const QString &place = kind == FailureKind::Host ? inst.host : inst.datacenter;
            if (place != name)
                ++after;
        }
        if (!ZoneSimulation::serving(svc, after))
            return true;
    }
    return false;
}

// The place of `candidates` whose loss takes the application down: the one holding most of its
// instances, then the first by name. Empty when no single loss does. Only places the application
// uses are tried: losing any other leaves it as it is now, and it is serving now.
QString worstPlace(const Application &app, FailureKind kind, const QHash<QString, int> &candidates)
{
    QList<QPair<int, QString>> places;
    places.reserve(candidates.size());
    for (auto it = candidates.constBegin(); it != candidates.constEnd(); ++it)
        if (it.value() > 0)
            places.append({it.value(), it.key()});
    std::sort(places.begin(), places.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (const auto &place : std::as_const(places))
        if (downWhenLost(app, kind, place.second))
            return place.second;
    return {};
}

// At most ten names, sorted, then "3 more"; joined the locale's way ("a, b and c"). The C locale
// joins without a conjunction: English reads better.
QString names(QStringList apps, const QLocale &locale)
{
    const qsizetype first = std::min<qsizetype>(apps.size(), kNamesInHeadline);
    std::partial_sort(apps.begin(), apps.begin() + first, apps.end());
    QStringList shown;
    for (const QString &app : apps.mid(0, kNamesInHeadline))
        shown.append(TerminalText::sanitize(app)); // a sentence for people: names as visible text
    const int more = int(apps.size()) - int(shown.size());
    if (more > 0)
        shown.append(QCoreApplication::translate("Resilience", "%Ln more", nullptr, more));
    return (locale.language() == QLocale::C ? QLocale(QLocale::English) : locale)
        .createSeparatedList(shown);
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
    for (const Application &app : inventory.applications) {
        ApplicationAtRisk risk;
        risk.application = app.name;
        bool unknown = false;
        QHash<QString, int> perDc, perHost;
        for (const Service &svc : app.services) {
            if (!svc.placementKnown()) {
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
        risk.datacenter = worstPlace(app, FailureKind::Datacenter, perDc);
        risk.host = worstPlace(app, FailureKind::Host, perHost);
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
        s += u' ' + QCoreApplication::translate("Resilience", "Not serving right now: %1.")
                        .arg(names(notServing, locale));
    if (!unknown.isEmpty())
        s += u' ' + QCoreApplication::translate(
                        "Resilience", "Survival not known, the placement could not be read: %1.")
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
    return !r || r->survivesAnyDatacenter();
}

const ApplicationAtRisk *Resilience::risk(const QString &application) const
{
    for (const ApplicationAtRisk &a : atRisk)
        if (a.application == application)
            return &a;
    return nullptr;
}
