#pragma once

#include <QByteArray>
#include <QString>

// The terminal side of the command line: standard output and error, TTY checks, and reading a
// secret from standard input without echo.
class Console
{
public:
    static void out(const QByteArray &bytes);
    static void out(const QString &text);
    // "scaling-advisor: " + message + newline, on stderr.
    static void error(const QString &message);
    static void note(const QString &message); // a plain line on stderr (progress, hints)

    static bool stdoutIsTerminal();
    static bool stdinIsTerminal();
    // Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org).
    static bool useColour();

    // One line of standard input; when stdin is a terminal, prompts on stderr and turns echo off.
    // Returns false at end of input.
    static bool readSecretLine(const QString &prompt, QString *out);
};
