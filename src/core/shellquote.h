#pragma once

#include <QString>
#include <QStringList>

// Words for a POSIX shell: fix commands are built from arguments, each quoted when it needs it,
// so that a service named "x;id" or "$(touch pwned)" is pasted as a name, never run.
class ShellQuote
{
public:
    // The word as is when it holds only characters no shell treats specially
    // (A–Z a–z 0–9 and _ @ % + = : , . / -), else in single quotes, a quote inside as '\''.
    // The empty word is ''. A word with a control character (those TerminalText replaces: ESC,
    // CR/LF, C1, bidi overrides…) is written $'…' with each of them as an escape (\e, \n,
    // \u202E), so that the command carries no raw control into a terminal or a report and bash,
    // zsh or ksh still give back the exact word. NUL is written \x00, though no shell can pass
    // it in an argument.
    static QString quote(const QString &word);
    // The words quoted and joined by spaces.
    static QString join(const QStringList &words);
    // Splits a command line as a POSIX shell (and Python's shlex in POSIX mode) does: single and
    // double quotes, backslash escapes, and $'…' as bash reads it; no expansion. Sets *ok to false
    // on an unterminated quote.
    static QStringList split(const QString &command, bool *ok = nullptr);

    // `CLI -A APP scale SERVICE:instances=N`, the platform CLI's scaling command.
    static QString scaleCommand(const QString &cli, const QString &application,
                                const QString &service, int instances);
    // `CLI -A APP VERB SERVICE` (logs, restart, …).
    static QString serviceCommand(const QString &cli, const QString &application,
                                  const QString &verb, const QString &service);
};
