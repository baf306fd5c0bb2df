#pragma once

#include "statussnapshot.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

// The words the status is told in, the same in the window's banner, the tray and the command
// line: one vocabulary for the level, ages with plural forms, times with their zone, remote
// bodies with their paragraphs. Remote text comes out as plain text with control characters
// made visible.
namespace StatusText {

// "All systems operational", "Degraded service", "Platform outage", "Platform outage
// (critical)", "Maintenance in progress", "Status unknown". An outage flag with a milder level
// reads as an outage.
QString headline(const StatusSnapshot &snapshot);
// The feed's own description, when it says more than the headline (never a second headline):
// shown as a quote by the callers. Empty when it only repeats the headline.
QString ownDescription(const StatusSnapshot &snapshot);

// "just now", "3 min ago", "5 h ago", "4 days ago", "3 months ago", "6 years ago".
QString age(const QDateTime &then, const QDateTime &now);
// "2024-03-05 11:42 PST" in the given zone (the local one by default).
QString time(const QDateTime &t, const QLocale &locale = QLocale());
// "2024-03-05 11:42 PST (6 years ago)"; empty for an invalid time.
QString timeAndAge(const QDateTime &t, const QDateTime &now, const QLocale &locale = QLocale());

// Words for the feed's status words ("partial outage", "in progress", "investigating").
QString componentStatusWords(const QString &status);
QString maintenanceStatusWords(const QString &status);
QString incidentStatusWords(const QString &status);

// Remote text on one line: control characters, escapes and bidi overrides made visible
// ("\x1B", "<U+202E>"), runs of white space folded.
QString oneLine(const QString &text);
// A remote body cut into its paragraphs (blank lines between them, CR/LF of any kind); each
// paragraph on one line.
QStringList paragraphs(const QString &body);
// A paragraph broken into lines of at most `width` characters (words longer than that stand
// alone), each prefixed with `indent`.
QStringList wrap(const QString &paragraph, int width, const QString &indent);

} // namespace StatusText
