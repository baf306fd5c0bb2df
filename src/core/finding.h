#pragma once

#include <QList>
#include <QString>

enum class Severity
{
    Info = 0,
    Warning = 1,
    Danger = 2
};

// "info", "warning", "danger": the words used in every report and on the command line.
QString severityName(Severity severity);
// Parses a severity word; returns false for anything else.
bool severityFromName(const QString &name, Severity *out);

// One thing the advisor found, with everything needed to explain and fix it.
struct Finding
{
    QString rule; // a rule id of docs/design.md §4, e.g. "single-instance"
    Severity severity = Severity::Info;
    QString application; // empty for account-level findings
    QString service;     // empty for application- or account-level findings
    QString message;     // why it matters, in plain words
    QString fix;         // the exact command, or the migration steps when scaling cannot fix it
    QString docLink;     // where to read more
    bool exempt = false;
    QString exemptReason;

    friend bool operator==(const Finding &a, const Finding &b)
    {
        return a.rule == b.rule && a.severity == b.severity && a.application == b.application &&
               a.service == b.service && a.message == b.message && a.fix == b.fix &&
               a.docLink == b.docLink && a.exempt == b.exempt && a.exemptReason == b.exemptReason;
    }
};
using FindingList = QList<Finding>;
