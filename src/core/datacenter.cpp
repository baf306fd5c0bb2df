#include "datacenter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString Datacenter::unknownPart()
{
    return u"unknown"_s;
}

Datacenter Datacenter::fromName(const QString &name)
{
    // Provider, then a region made of dash-separated words ending in a number, then the zone
    // letter: "Amazon-us-east-1a" -> Amazon / us-east-1 / us-east-1a.
    static const QRegularExpression pattern(
        uR"(^([A-Za-z][A-Za-z0-9]*)-((?:[a-z]+-)+[0-9]+)([a-z])$)"_s);
    Datacenter dc;
    dc.name = name;
    const QRegularExpressionMatch m = pattern.match(name);
    if (m.hasMatch()) {
        dc.provider = m.captured(1);
        dc.region = m.captured(2);
        dc.zone = m.captured(2) + m.captured(3);
    } else {
        dc.provider = unknownPart();
        dc.region = unknownPart();
        dc.zone = name;
    }
    return dc;
}
