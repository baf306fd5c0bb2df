#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The terminal side of the command line: standard output and error, TTY checks, and reading a
// line from standard input. Every line for stderr goes through TerminalText::sanitize, so that
// remote text (an error description, a service name) cannot move the cursor, retitle the
// terminal or forge a line; every write to standard output is checked.
class Console
{
    Q_DECLARE_TR_FUNCTIONS(Console)

public:
    // Writes bytes unchanged (reports: their writers already made them safe). A failure is
    // remembered with the OS's reason; see outputError().
    static Status out(const QByteArray &bytes);
    static Status out(const QString &text);
    // "scaling-advisor: " + message + newline, on stderr; each line of message sanitised.
    static void error(const QString &message);
    static void note(const QString &message); // plain lines on stderr (progress, hints), sanitised
    // Remote text for a line of its own: controls, escape sequences, CR/LF and bidi overrides
    // made visible.
    static QString plain(const QString &remoteText);

    // Flushes and closes standard output; the OS's reason when anything written to it was lost
    // (a full disk, a closed pipe, /dev/full). Call once, at the end.
    static Status finishOutput();

    static bool stdoutIsTerminal();
    static bool stdinIsTerminal();
    // Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org).
    static bool useColour();

    // One line of standard input; when stdin is a terminal, prompts on stderr and turns echo off.
    // Returns false at end of input.
    static bool readSecretLine(const QString &prompt, QString *out);
    // One line of standard input after a prompt on stderr (echo on). False at end of input.
    static bool readLine(const QString &prompt, QString *out);
};
