#pragma once

#include "finding.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

// A decision to accept one finding, with the reason why, until an optional date.
struct Exemption
{
    QString rule;
    QString application;
    QString service; // empty: every service of the application (and application-level findings)
    QString reason;
    QDateTime expires; // invalid: never expires

    friend bool operator==(const Exemption &a, const Exemption &b)
    {
        return a.rule == b.rule && a.application == b.application && a.service == b.service &&
               a.reason == b.reason && a.expires == b.expires;
    }
};

// The exemptions file: a JSON array of {rule, application, service?, reason, expires?}.
class ExemptionList
{
public:
    // Strict; errors name the path ("[2].rule: expected a string, got a number"). Unknown rule ids
    // are refused so that a typo does not silently exempt nothing.
    static Result<ExemptionList> fromJson(const QByteArray &bytes);
    // A missing file is an empty list; an unreadable or corrupt one is an error.
    static Result<ExemptionList> load(const QString &path);
    QByteArray toJson() const;
    Status save(const QString &path) const; // atomic (QSaveFile)

    // Replaces an exemption of the same rule, application and service.
    void add(const Exemption &e);
    bool remove(const QString &rule, const QString &application, const QString &service);
    // The exemption that covers this finding at `now`; expired ones never match.
    const Exemption *match(const Finding &f, const QDateTime &now) const;
    const QList<Exemption> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }

private:
    QList<Exemption> m_items;
};
