#include "clirunner.h"

#include "boundedwait.h"

#include <QProcess>

using namespace Qt::StringLiterals;

QString CliRunner::binaryPath()
{
    return qEnvironmentVariable("SA_BINARY_DIR") + u"/src/app/scaling-advisor"_s;
}

QProcessEnvironment CliRunner::cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"SCALING_ADVISOR_API_KEY"_s);
    env.remove(u"SCALING_ADVISOR_API_URL"_s);
    env.remove(u"NO_COLOR"_s);
    return env;
}

CliRunner::Run CliRunner::run(const QStringList &arguments, const QProcessEnvironment &environment,
                              const QByteArray &stdinData, int timeoutMs)
{
    return runProgram(binaryPath(), arguments, environment, stdinData, timeoutMs);
}

CliRunner::Run CliRunner::runProgram(const QString &program, const QStringList &arguments,
                                     const QProcessEnvironment &environment,
                                     const QByteArray &stdinData, int timeoutMs)
{
    Run result;
    QProcess process;
    process.setProcessEnvironment(environment);
    bool ended = false;
    QObject::connect(&process, &QProcess::finished, &process,
                     [&](int code, QProcess::ExitStatus status) {
                         result.exitCode = code;
                         result.finished = status == QProcess::NormalExit;
                         ended = true;
                     });
    QObject::connect(&process, &QProcess::errorOccurred, &process,
                     [&](QProcess::ProcessError error) {
                         if (error == QProcess::FailedToStart)
                             ended = true;
                     });
    process.start(program, arguments);
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    (void)TestSupport::waitUntil([&] { return ended; }, program,
                                 std::chrono::milliseconds(timeoutMs));
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        result.finished = false;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
