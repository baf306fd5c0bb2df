#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One message of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment; // the disambiguation, part of the message's identity
    bool numerus = false;
    QString type;      // "", "unfinished", "vanished" or "obsolete"
    QStringList forms; // the translation; one per plural form when numerus

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    bool current() const { return type != u"vanished" && type != u"obsolete"; }
    bool finished() const;
    // "[Context] source", for a failure message a translator can act on.
    QString label() const;
};

struct TsFile
{
    QString language; // the TS element's language attribute, e.g. "fr_FR"
    QList<TsMessage> messages;
    QString error; // empty when the file was read

    static TsFile read(const QString &path);
};

// The sorted, distinct placeholders of a text: "%1", "%2", "%n" (%L1 counts as %1).
QStringList placeholdersOf(const QString &text);
