#pragma once

#include "inventory.h"

#include <QList>
#include <QLocale>
#include <QString>

// An application that does not keep serving whatever single datacenter (or host) fails.
struct ApplicationAtRisk
{
    enum class State
    {
        Down,       // the loss of `datacenter` (or `host`) takes it down
        NotServing, // a service of it is not serving already, before anything fails
        Unknown     // the placement of a service could not be read: survival cannot be shown
    };
    QString application;
    QString datacenter; // the datacenter whose loss takes it down; empty when none does
    QString host;       // the host whose loss takes it down; empty when none does
    State state = State::Down;

    static QString stateName(State state); // "down", "not-serving", "unknown"

    friend bool operator==(const ApplicationAtRisk &a, const ApplicationAtRisk &b)
    {
        return a.application == b.application && a.datacenter == b.datacenter && a.host == b.host &&
               a.state == b.state;
    }
};

// The headline of every audit: would the applications survive the loss of one zone? Computed
// by the zone-failure simulation, for every datacenter of the platform and every host in use.
struct Resilience
{
    int applications = 0;
    int surviveAnyDatacenter = 0;    // applications that keep serving whatever datacenter fails
    int surviveAnyHost = 0;          // … whatever host fails
    QList<ApplicationAtRisk> atRisk; // every other application, in the inventory's order

    static Resilience of(const Inventory &inventory);

    // "5 of 12 applications survive the loss of any one datacenter; api, blog and crm would go
    // down." — translated, plural forms, names listed the locale's way (at most ten, then "and
    // 3 more"); followed by a sentence for applications not serving now or not read.
    QString headline(const QLocale &locale = QLocale()) const;
    // "11 of 12 applications survive the loss of any one host."
    QString hostSentence(const QLocale &locale = QLocale()) const;
    bool survivesAnyDatacenter(const QString &application) const;
    const ApplicationAtRisk *risk(const QString &application) const;

    friend bool operator==(const Resilience &a, const Resilience &b)
    {
        return a.applications == b.applications &&
               a.surviveAnyDatacenter == b.surviveAnyDatacenter &&
               a.surviveAnyHost == b.surviveAnyHost && a.atRisk == b.atRisk;
    }
};
