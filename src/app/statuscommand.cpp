#include "statuscommand.h"

#include "commandline.h"
#include "console.h"
#include "exitcode.h"
#include "settingskeys.h"
#include "statusclient.h"
#include "statusreportwriter.h"
#include "terminaltext.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSettings>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

int runStatusCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const ParsedCommandLine parsed = CommandLine::parse(QStringList{u"status"_s} + arguments);
    if (!parsed.ok()) {
        err << "scaling-advisor: " << parsed.error << '\n'
            << "Try 'scaling-advisor status --help'.\n";
        err.flush();
        return ExitCode::UsageError;
    }
    if (parsed.command.kind == CommandKind::Help) {
        out << parsed.command.helpText;
        out.flush();
        return ExitCode::Ok;
    }
    return runStatusCommand(parsed.command, out, err);
}

int runStatusCommand(const Command &command)
{
    // Written through the console: every write checked, and remote text in the text format and
    // on stderr made visible rather than obeyed.
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    int code = runStatusCommand(command, out, err);
    out.flush();
    err.flush();
    if (command.format == ReportFormat::Text)
        outText = TerminalText::sanitize(outText, TerminalText::Lines::Keep);
    if (Status written = Console::out(outText); !written) {
        Console::error(written.error());
        code = ExitCode::RuntimeError;
    }
    if (errText.endsWith(u'\n'))
        errText.chop(1);
    if (!errText.isEmpty())
        Console::note(errText);
    return code;
}

int runStatusCommand(const Command &command, QTextStream &out, QTextStream &err)
{
    auto usage = [&err](const QString &message) {
        err << "scaling-advisor: " << message << '\n' << "Try 'scaling-advisor status --help'.\n";
        err.flush();
        return ExitCode::UsageError;
    };

    QString url = command.statusUrl;
    const bool allowHttp = command.source.allowInsecureHttp;
    const QString format = command.format == ReportFormat::Json ? u"json"_s : u"text"_s;
    const auto kind = StatusClient::kindFromName(command.statusKind);
    if (!kind)
        return usage(kind.error());

    if (url.isEmpty())
        url = qEnvironmentVariable("SCALING_ADVISOR_STATUS_URL");
    if (url.isEmpty())
        url = QSettings().value(SettingsKeys::statusUrl).toString();
    if (url.isEmpty())
        return usage(u"no status URL: pass --status-url URL (the Status API base or a "
                     "Statuspage page)"_s);
    const QUrl statusUrl = QUrl::fromUserInput(url);
    if (!statusUrl.isValid() ||
        (statusUrl.scheme() != "http"_L1 && statusUrl.scheme() != "https"_L1))
        return usage(u"\"%1\" is not an http or https URL"_s.arg(url));

    // The network needs an event loop, hence an application object.
    std::unique_ptr<QCoreApplication> ownApp;
    static int argc = 1;
    static char name[] = "scaling-advisor";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        ownApp = std::make_unique<QCoreApplication>(argc, argv);

    StatusSnapshot snapshot;
    {
        StatusClient client;
        client.setStreamingEnabled(false);
        client.setAllowPlainHttp(allowHttp);
        client.setUrl(statusUrl, *kind);
        QEventLoop loop;
        QObject::connect(&client, &StatusClient::pollFinished, &loop, &QEventLoop::quit);
        client.pollNow();
        if (client.snapshot().lastError.isEmpty() && !client.snapshot().hasData())
            loop.exec();
        snapshot = client.snapshot();
        if (!snapshot.isCurrent() && kind.value() == StatusClient::Kind::Statuspage)
            snapshot.kind = StatusSnapshot::Kind::Statuspage;
        else if (!snapshot.isCurrent() && client.kind() == StatusClient::Kind::Statuspage)
            snapshot.kind = StatusSnapshot::Kind::Statuspage;
    }
    snapshot.source = statusUrl.toString();

    if (format == "json"_L1)
        out << QString::fromUtf8(StatusReportWriter::json(snapshot));
    else
        out << StatusReportWriter::text(snapshot);
    out.flush();
    if (!snapshot.isCurrent()) {
        err << "scaling-advisor: the status could not be read: " << snapshot.lastError << '\n';
        err.flush();
        return ExitCode::RuntimeError;
    }
    return ExitCode::Ok;
}
