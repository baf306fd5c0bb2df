#include "console.h"

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

void Console::out(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Console::out(const QString &text)
{
    out(text.toUtf8());
}

void Console::error(const QString &message)
{
    const QByteArray line = QString(u"scaling-advisor: "_s + message + u'\n').toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void Console::note(const QString &message)
{
    const QByteArray line = QString(message + u'\n').toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

bool Console::stdoutIsTerminal()
{
    return ::isatty(STDOUT_FILENO) == 1;
}

bool Console::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool Console::useColour()
{
    return stdoutIsTerminal() && qEnvironmentVariableIsEmpty("NO_COLOR");
}

bool Console::readSecretLine(const QString &prompt, QString *out)
{
    const bool terminal = stdinIsTerminal();
    termios saved{};
    bool echoOff = false;
    if (terminal) {
        const QByteArray p = prompt.toUtf8();
        std::fwrite(p.constData(), 1, size_t(p.size()), stderr);
        std::fflush(stderr);
        if (::tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= ECHONL;
            echoOff = ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
        }
    }
    std::string line;
    const bool got = bool(std::getline(std::cin, line));
    if (echoOff)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    *out = QString::fromStdString(line);
    return got;
}
