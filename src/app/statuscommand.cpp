#include "statuscommand.h"

#include "statusclient.h"
#include "statusreportwriter.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kOk = 0;
constexpr int kUnreadable = 1;
constexpr int kUsage = 2;

QString helpText()
{
    return u"Usage: scaling-advisor status [--status-url URL] [--status-kind KIND] "
           "[--format text|json]\n"
           "\n"
           "Reads the platform's status service once and prints it.\n"
           "\n"
           "  --status-url URL    the native Status API base, or a Statuspage page (its root or\n"
           "                      its /api/v2/summary.json). Default: "
           "$SCALING_ADVISOR_STATUS_URL,\n"
           "                      else the status URL set in the application.\n"
           "  --status-kind KIND  native, statuspage or auto (default: auto, detected by probing)\n"
           "  --format FORMAT     text (default) or json\n"
           "  --allow-insecure-http\n"
           "                      accept a plain http:// URL to another computer\n"
           "  -h, --help          this help\n"
           "\n"
           "Exit status: 0 the status was read (whatever it says), 1 it could not be read\n"
           "(level \"unknown\"), 2 usage error.\n"_s;
}

} // namespace

int runStatusCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runStatusCommand(arguments, out, err);
}

int runStatusCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    auto usage = [&err](const QString &message) {
        err << "scaling-advisor: " << message << '\n' << "Try 'scaling-advisor status --help'.\n";
        err.flush();
        return kUsage;
    };

    QString url;
    QString kindName = u"auto"_s;
    QString format = u"text"_s;
    bool allowHttp = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        QString name = arg;
        QString value;
        bool hasValue = false;
        if (arg.startsWith(u"--"_s) && arg.contains(u'=')) {
            name = arg.section(u'=', 0, 0);
            value = arg.section(u'=', 1);
            hasValue = true;
        }
        auto take = [&]() -> bool {
            if (hasValue)
                return true;
            if (i + 1 >= arguments.size())
                return false;
            value = arguments.at(++i);
            return true;
        };
        if (name == "-h"_L1 || name == "--help"_L1) {
            out << helpText();
            out.flush();
            return kOk;
        } else if (name == "--status-url"_L1) {
            if (!take() || value.isEmpty())
                return usage(u"--status-url needs a URL"_s);
            url = value;
        } else if (name == "--status-kind"_L1) {
            if (!take())
                return usage(u"--status-kind needs native, statuspage or auto"_s);
            kindName = value;
        } else if (name == "--format"_L1) {
            if (!take())
                return usage(u"--format needs text or json"_s);
            format = value;
        } else if (name == "--allow-insecure-http"_L1 && !hasValue) {
            allowHttp = true;
        } else {
            return usage(u"status: unknown argument \"%1\""_s.arg(arg));
        }
    }
    if (format != "text"_L1 && format != "json"_L1)
        return usage(u"unknown format \"%1\": use text or json"_s.arg(format));
    const auto kind = StatusClient::kindFromName(kindName);
    if (!kind)
        return usage(kind.error());

    if (url.isEmpty())
        url = qEnvironmentVariable("SCALING_ADVISOR_STATUS_URL");
    if (url.isEmpty())
        url = QSettings().value(u"status/url"_s).toString();
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
        return kUnreadable;
    }
    return kOk;
}
