#include "clirunner.h"

#include <QEventLoop>
#include <QProcess>
#include <QTimer>

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
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop,
                     [&](int code, QProcess::ExitStatus status) {
                         result.exitCode = code;
                         result.finished = status == QProcess::NormalExit;
                         loop.quit();
                     });
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    process.start(program, arguments);
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        result.finished = false;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
