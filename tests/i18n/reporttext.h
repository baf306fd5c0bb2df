#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

// The prose a reader sees in a report or a message, cut into comparable clauses, so that the same
// output in two languages can be compared message by message.
class ReportText
{
public:
    // The texts of an output of `format` (text, markdown, html, csv, json, pdf-as-text, stderr):
    // wrapped lines joined, markup and escapes removed, HTML attributes a reader meets (title,
    // alt, aria-label) kept; in CSV and JSON only fields with a space (ids and keys stay English).
    static QStringList texts(const QString &format, const QByteArray &output);

    // The clauses of those texts (cut at sentence and field separators), with every number
    // replaced by '#' so that ports, times and counts do not matter.
    static QStringList clauses(const QStringList &texts);

    // Whether a clause is language at all once identifiers are removed: names from the data
    // (`names`, lower case), commands, paths, ids and product names do not count.
    static bool isProse(const QString &clause, const QSet<QString> &names);

    // English function words that no French or German sentence contains.
    static bool readsAsEnglish(const QString &text);

    // The distinct prose clauses of an output.
    static QStringList proseClauses(const QString &format, const QByteArray &output,
                                    const QSet<QString> &names);

    // The clauses of `english` left untranslated in `translated`: shown there exactly as in
    // English although they read as English, or shown alike in `translated`, `other` (the
    // output in a third language) and English. Each as "\"clause\"", with a note for the second.
    static QStringList untranslated(const QString &format, const QByteArray &english,
                                    const QByteArray &translated, const QByteArray &other,
                                    const QSet<QString> &names);
};
