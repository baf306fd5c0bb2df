#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

// What the platform knows about one service type: whether it keeps state, how it scales for
// availability, and what to do when it is single (docs/design.md §4).
struct ServiceTypeInfo
{
    QString type;
    bool known = true; // false for a type the catalogue does not list (treated as stateless)
    enum class Kind
    {
        Stateless,
        Stateful
    } kind = Kind::Stateless;
    enum class Scaling
    {
        Horizontal,
        MasterSlave,
        ReplicaSet,
        None
    } scaling = Scaling::Horizontal;
    int recommendedInstances = 3; // 0 when scaling cannot fix it (migrate)
    QString advice;               // how it scales, in plain words
    QString migration;            // for Scaling::None: the migration steps
    QString note;                 // an extra caveat (custom: TCP/UDP ports are not balanced)

    bool canScale() const { return scaling != Scaling::None; }
};

// The service-type catalogue (resources/service-types.json): data, not code.
class ServiceCatalogue
{
public:
    // Strict: {"format_version": 1, "types": [{type, kind, scaling, recommended_instances,
    // advice, migration?, note?}]}; errors name the path.
    static Result<ServiceCatalogue> fromJson(const QByteArray &bytes);
    // resources/service-types.json, embedded as :/core/service-types.json.
    static const ServiceCatalogue &builtIn();

    // An unknown type reads as stateless, horizontal, 3 instances, with known = false.
    ServiceTypeInfo info(const QString &serviceType) const;
    QStringList types() const;                                    // sorted
    static QString kindName(ServiceTypeInfo::Kind kind);          // "stateless", "stateful"
    static QString scalingName(ServiceTypeInfo::Scaling scaling); // "horizontal", …

private:
    QHash<QString, ServiceTypeInfo> m_types;
};
