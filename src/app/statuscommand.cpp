#include "statuscommand.h"

#include "commandline.h"
#include "exitcode.h"
#include "settingskeys.h"
#include "statusclient.h"
#include "statuswire.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLocale>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : u"-"_s;
}

QString levelWords(const StatusSnapshot &s)
{
    switch (s.level()) {
    case StatusLevel::None:
        return u"operational"_s;
    case StatusLevel::Minor:
        return u"degraded (minor)"_s;
    case StatusLevel::Major:
        return u"major"_s;
    case StatusLevel::Critical:
        return u"critical"_s;
    case StatusLevel::Maintenance:
        return u"maintenance"_s;
    case StatusLevel::Unknown:
        break;
    }
    return u"unknown"_s;
}

// One line, for a terminal: newlines and control characters of remote text are flattened.
QString flat(const QString &text)
{
    QString t = text;
    for (QChar &c : t)
        if (c.category() == QChar::Other_Control)
            c = u' ';
    return t.simplified();
}

void printText(QTextStream &out, const StatusSnapshot &s)
{
    QString headline = u"Platform status: "_s + levelWords(s);
    if (s.outage())
        headline += u" — PLATFORM OUTAGE"_s;
    out << headline << '\n';
    if (s.level() == StatusLevel::Unknown) {
        out << "  The status could not be read: " << flat(s.lastError) << '\n';
    } else {
        if (!s.description.isEmpty())
            out << "  " << flat(s.description) << '\n';
    }
    out << "  Source: " << s.source << " (" << StatusSnapshot::kindName(s.kind) << ")";
    if (s.updatedAt.isValid())
        out << ", updated " << utc(s.updatedAt);
    out << '\n';
    if (s.level() == StatusLevel::Unknown)
        return;

    QList<StatusComponent> troubled;
    for (const StatusComponent &c : s.components)
        if (!c.isOperational())
            troubled.append(c);
    if (!s.components.isEmpty()) {
        if (troubled.isEmpty()) {
            out << "\nAll " << s.components.size() << " components operational.\n";
        } else {
            out << "\nComponents not operational:\n";
            for (const StatusComponent &c : std::as_const(troubled))
                out << "  " << flat(c.name) << ": " << c.status << '\n';
        }
    }
    out << "\nOpen incidents:";
    if (s.incidents.isEmpty())
        out << " none\n";
    else
        out << '\n';
    for (const StatusIncident &i : s.incidents) {
        out << "  [" << i.impact << "] " << flat(i.name) << " — " << i.status << ", updated "
            << utc(i.updatedAt) << '\n';
        if (!i.link.isEmpty())
            out << "    " << flat(i.link) << '\n';
    }
    if (!s.updates.isEmpty()) {
        out << "\nRecent updates:\n";
        const int shown = std::min<int>(int(s.updates.size()), 10);
        for (int k = 0; k < shown; ++k) {
            const IncidentUpdate &u = s.updates.at(k);
            out << "  " << utc(u.createdAt) << "  " << flat(u.incident.name) << " ("
                << u.incident.status << ")\n";
            if (!u.body.isEmpty())
                out << "    " << flat(u.body) << '\n';
            if (!u.affected.isEmpty())
                out << "    affects: " << flat(u.affected.join(u", "_s)) << '\n';
        }
        if (s.updates.size() > shown)
            out << "  … " << (s.updates.size() - shown) << " older\n";
    }
}

} // namespace

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
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runStatusCommand(command, out, err);
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

    if (format == "json"_L1) {
        out << QString::fromUtf8(QJsonDocument(StatusWire::toJson(snapshot)).toJson());
    } else {
        printText(out, snapshot);
    }
    out.flush();
    if (!snapshot.isCurrent()) {
        err << "scaling-advisor: the status could not be read: " << snapshot.lastError << '\n';
        err.flush();
        return ExitCode::RuntimeError;
    }
    return ExitCode::Ok;
}
