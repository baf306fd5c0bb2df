#pragma once

#include "command.h"

#include <QStringList>

class QTextStream;

// `scaling-advisor status [--status-url URL] [--status-kind native|statuspage|auto]
// [--format text|json]`: reads the platform's status once and prints it. `arguments` are the
// words after "status". Exit 0 when the status could be read, whatever it says; 1 when it could
// not (the level is then "unknown"); 2 for a usage error.
int runStatusCommand(const QStringList &arguments);
// The same, writing to the given streams (for tests).
int runStatusCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
// A command line CommandLine has parsed (kind StatusReport).
int runStatusCommand(const Command &command);
int runStatusCommand(const Command &command, QTextStream &out, QTextStream &err);
