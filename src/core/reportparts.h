#pragma once

#include "finding.h"
#include "inventory.h"
#include "rulesengine.h"

#include <QDateTime>
#include <QLocale>
#include <QMap>
#include <QString>

// Pieces every report format shares: what the reports say, in the same words everywhere.
class ReportParts
{
public:
    static QString isoTime(const QDateTime &t); // "2026-11-26T13:00:00Z"; empty when invalid
    // A date and time for people, in the locale's short way with the year in full, in UTC:
    // "26.11.2026 13:00 UTC" in German.
    static QString localTime(const QDateTime &t, const QLocale &locale);
    static bool fromApi(const Inventory &inventory);
    // Instances per datacenter of one service, by datacenter name.
    static QMap<QString, int> placementOf(const Service &svc);
    // The inventory's errors plus any failed service the list does not name yet.
    static QList<FetchError> allErrors(const Inventory &inventory);
    // "shop/www", "shop", or "(account)", translated.
    static QString where(const Finding &f);
    // "DANGER", "WARNING", "INFO", "EXEMPT", translated.
    static QString severityLabel(const Finding &f);
    // The words a customer reads: "serious", "to improve", "for information", "accepted",
    // translated (the HTML badges and the PDF's boxes).
    static QString severityWord(const Finding &f);
    // "3 danger, 2 warning, 1 info, 0 exempt; 2 applications, 6 services, 10 instances"
    static QString counts(const AuditSummary &s, const QLocale &locale);
    // "Score 79/100, grade D"
    static QString scoreLine(const AuditSummary &s, const QLocale &locale);
    static QString noFindings();
    static QString unknownTypes(const QStringList &types);
    static QString errorsHeading();
};
