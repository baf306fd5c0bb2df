#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the real scaling-advisor binary as a user would, while the calling thread's event loop
// keeps running (so that a simulator started in the test process can answer it).
class CliRunner
{
public:
    struct Run
    {
        int exitCode = -1;
        bool finished = false; // false: it crashed or did not finish in time
        QByteArray out, err;
    };

    static QString binaryPath(); // ${SA_BINARY_DIR}/src/app/scaling-advisor

    // The test's environment (private HOME and data folders) without any API key or API URL.
    static QProcessEnvironment cleanEnvironment();

    static Run run(const QStringList &arguments,
                   const QProcessEnvironment &environment = cleanEnvironment(),
                   const QByteArray &stdinData = {}, int timeoutMs = 120000);
    static Run runProgram(const QString &program, const QStringList &arguments,
                          const QProcessEnvironment &environment = cleanEnvironment(),
                          const QByteArray &stdinData = {}, int timeoutMs = 120000);
};
