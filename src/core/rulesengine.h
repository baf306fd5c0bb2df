#pragma once

#include "exemption.h"
#include "finding.h"
#include "inventory.h"
#include "resilience.h"
#include "servicecatalogue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

struct AuditOptions
{
    QString cliName = QStringLiteral("dotcloud"); // the platform CLI named in fix commands
    ExemptionList exemptions;
    QDateTime now; // invalid = current time (decides which exemptions have expired)
};

struct AuditSummary
{
    int applications = 0, services = 0, instances = 0;
    int danger = 0, warning = 0, info = 0; // findings that count (not exempt)
    int exempt = 0;
    int passed = 0; // (service, applicable rule) pairs that did not fire
    int score = 100;
    // DESIGN §4: A only with no open danger and no open warning; open warnings cap it at B, an open
    // danger at D; within those caps the score decides (A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, else F).
    QString grade = QStringLiteral("A");
    QStringList unknownTypes; // service types the catalogue does not know (treated as stateless)
};

struct AuditReport
{
    FindingList findings; // sorted by impact
    AuditSummary summary;
    Resilience resilience; // the headline: which applications survive the loss of one zone
};

// The one implementation of every rule of docs/design.md §4, shared by the GUI, the CLI and
// reports.
class RulesEngine
{
    Q_DECLARE_TR_FUNCTIONS(RulesEngine)

public:
    explicit RulesEngine(const ServiceCatalogue &catalogue = ServiceCatalogue::builtIn());
    AuditReport audit(const Inventory &inventory, const AuditOptions &options = {}) const;

    // The ten ids of docs/design.md §4, in catalogue order.
    static QStringList ruleIds();
    static Severity defaultSeverity(const QString &ruleId);
    // "docs/rules.md#single-instance"
    // An instance's status ("up", "down", "hibernating") and role ("master", "secondary"…) as
    // the platform names them, in the reader's words; a value this version does not know is
    // given back as it is, as visible text.
    static QString statusWord(const QString &status);
    static QString roleWord(const QString &role);
    static QString docLink(const QString &ruleId);
    // round(100 × 2·passed / (2·passed + warnings + 2·dangers)); 100 when nothing was checked.
    static int score(int passed, int warnings, int dangers);
    static QString grade(int score); // the score's band: A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, else F
    // The grade of an audit: the score's band, capped at B by an open warning and at D by an open
    // danger (exempted findings are not open).
    static QString grade(int score, int dangers, int warnings);
    // Why the audit has its grade, in one translated sentence: "3 open danger findings cap the
    // grade at D; the score, 79/100, orders accounts within a grade."
    static QString gradeReason(const AuditSummary &summary, const QLocale &locale = QLocale());

private:
    ServiceCatalogue m_catalogue; // a copy (implicitly shared, cheap) that cannot dangle
};
