#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The outcome of parsing: a command to run, or a usage error (exit code 2).
struct ParsedCommandLine
{
    Command command;
    QString error;      // non-empty: a usage error, for stderr
    QString subcommand; // the subcommand the error is about, for the "--help" hint

    bool ok() const { return error.isEmpty(); }
};

// Turns the arguments (without the program name) into a Command. Knows every subcommand, its
// options and its help text (docs/design.md §5). Pure: reads no environment, touches no file, so
// that every usage error is found before anything runs.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static ParsedCommandLine parse(const QStringList &arguments);

    static QString mainHelp();
    // The help of one subcommand; empty for an unknown name.
    static QString subcommandHelp(const QString &subcommand);
    static QStringList subcommands();
    static QStringList languages(); // what --language accepts
    // The value of --language among the arguments, before they are parsed (empty: none).
    static QString languageIn(const QStringList &arguments);
};
