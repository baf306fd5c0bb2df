#include "console.h"

#include "terminaltext.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

bool g_wroteToStdout = false;
int g_stdoutErrno = 0; // the first failure, kept for finishOutput()

QString osReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

void writeStderr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

// Each line of our own message sanitised on its own: the line breaks we put there stay.
QString sanitizedLines(const QString &message)
{
    QStringList lines = message.split(u'\n');
    for (QString &line : lines)
        line = TerminalText::sanitize(line);
    return lines.join(u'\n');
}

} // namespace

Status Console::out(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return success();
    g_wroteToStdout = true;
    errno = 0;
    const size_t written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    const bool flushed = std::fflush(stdout) == 0;
    if (written == size_t(bytes.size()) && flushed)
        return success();
    const int error = errno ? errno : EIO;
    if (!g_stdoutErrno)
        g_stdoutErrno = error;
    return Status::failure(tr("cannot write to standard output: %1").arg(osReason(error)));
}

Status Console::out(const QString &text)
{
    return out(text.toUtf8());
}

void Console::error(const QString &message)
{
    writeStderr(u"scaling-advisor: "_s + sanitizedLines(message) + u'\n');
}

void Console::note(const QString &message)
{
    writeStderr(sanitizedLines(message) + u'\n');
}

QString Console::plain(const QString &remoteText)
{
    return TerminalText::sanitize(remoteText);
}

Status Console::finishOutput()
{
    errno = 0;
    const bool flushed = std::fflush(stdout) == 0 && !std::ferror(stdout);
    int error = flushed ? 0 : (errno ? errno : EIO);
    errno = 0;
    const bool closed = std::fclose(stdout) == 0;
    // Closing a standard output that was closed from the start and never written is no loss.
    if (!closed && !error && !(errno == EBADF && !g_wroteToStdout))
        error = errno ? errno : EIO;
    if (!error)
        error = g_stdoutErrno;
    if (!error)
        return success();
    return Status::failure(tr("cannot write to standard output: %1").arg(osReason(error)));
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
        writeStderr(prompt);
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

bool Console::readLine(const QString &prompt, QString *out)
{
    writeStderr(prompt);
    std::string line;
    const bool got = bool(std::getline(std::cin, line));
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    *out = QString::fromStdString(line);
    return got;
}
