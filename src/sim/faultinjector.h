#pragma once

#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A fault to inject into the answers of one server (POST /admin/faults).
struct Fault
{
    QString target = QStringLiteral("api"); // "api" or "status"
    QString kind; // latency|status|malformed|truncated|drop|oversized|wrong-types
    int latencyMs = 0;
    int status = 500;
    int retryAfter = -1; // seconds; -1: no Retry-After header
    double share = 1.0;  // of matching requests
    int count = -1;      // the next N matching requests; -1: unlimited
    QString pathPrefix;
    qint64 bytes = 64 * 1024 * 1024 + 1024; // size of an oversized body

    static QStringList kinds();
    // Reads the admin request body; the error names the field.
    static Result<Fault> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

// The faults in force. Each request asks once whether a fault hits it.
class FaultInjector
{
public:
    void add(const Fault &fault) { m_faults.append(fault); }
    void clear() { m_faults.clear(); }
    const QList<Fault> &faults() const { return m_faults; }
    // The fault that hits this request, if any (counts it down).
    std::optional<Fault> take(const QString &target, const QString &path);

private:
    QList<Fault> m_faults;
};
