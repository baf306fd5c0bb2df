#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// What "the report opens" means for each format, checked the way a reader's program would.
namespace ReportChecks {

// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines.
QList<QStringList> parseCsv(const QString &text, QString *error);

// The HTML parses: every element is closed in order (void elements and <x/> aside), comments,
// <style> and <script> bodies are skipped. Returns an empty string when it does, else the problem.
QString htmlStructureError(const QString &html);

// The keys of an object, for exact comparisons with the contract.
QSet<QString> keys(const QJsonObject &object);
QSet<QString> keySet(const QStringList &names);

} // namespace ReportChecks
