#include "commandline.h"

#include "optionparser.h"

#include <QUrl>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct SubcommandSpec
{
    QString name;
    QString brief; // one line, for the list of commands
    QString synopsis;
    QString summary;
    std::vector<OptionSpec> options;
    QString examples;
};

std::vector<OptionSpec> sourceOptions()
{
    return {
        {u"api"_s, u"URL"_s,
         CommandLine::tr(
             "platform API to read (default: $SCALING_ADVISOR_API_URL, else the URL of the last "
             "login, else https://rest.dotcloud.com)")},
        {u"snapshot"_s, u"FILE"_s,
         CommandLine::tr("read a snapshot file instead of the API (offline)")},
        {u"demo"_s, {}, CommandLine::tr("read the bundled demo platform, started in-process")},
        {u"user"_s, u"NAME"_s, CommandLine::tr("support staff: read the account of customer NAME")},
        {u"allow-insecure-http"_s,
         {},
         CommandLine::tr("allow plain http:// to a host that is not loopback")},
        {u"ca-file"_s, u"FILE"_s,
         CommandLine::tr(
             "also trust the CA certificates in FILE (PEM; default: $SCALING_ADVISOR_CA_FILE)")},
    };
}

OptionSpec languageOption()
{
    return {u"language"_s, u"LANG"_s,
            CommandLine::tr(
                "write messages and reports in fr, de or en (default: from LANGUAGE, LC_ALL, "
                "LC_MESSAGES or LANG)")};
}

std::vector<OptionSpec> withCommon(std::vector<OptionSpec> options)
{
    options.push_back(languageOption());
    options.push_back({u"help"_s, {}, CommandLine::tr("show this help")});
    return options;
}

// Every subcommand, its options and its help (DESIGN.md §5). Built on each call so that the help
// follows the language installed by then.
std::vector<SubcommandSpec> specs()
{
    std::vector<SubcommandSpec> s;

    std::vector<OptionSpec> audit = sourceOptions();
    audit.push_back({u"format"_s, u"FORMAT"_s,
                     CommandLine::tr("text (default), json, csv, markdown, html or pdf")});
    audit.push_back(
        {u"output"_s, u"FILE"_s, CommandLine::tr("write the report to FILE (default: stdout)")});
    audit.push_back(
        {u"fail-on"_s, u"LEVEL"_s,
         CommandLine::tr("exit 3 when a finding is at or above LEVEL: danger (default), warning, "
                         "info or never; exempt findings do not count")});
    audit.push_back(
        {u"exemptions"_s, u"FILE"_s,
         CommandLine::tr(
             "JSON exemptions file: [{rule, application, service?, reason, expires?}]")});
    audit.push_back({u"cli-name"_s, u"NAME"_s,
                     CommandLine::tr("platform CLI named in fix commands (default: dotcloud)")});
    s.push_back(
        {u"audit"_s,
         CommandLine::tr("check an account against the scaling rules and write a report"),
         u"scaling-advisor audit [--api URL | --snapshot FILE | --demo] [--user NAME] "
         "[--format text|json|csv|markdown|html|pdf] [--output FILE] "
         "[--fail-on danger|warning|info|never] [--exemptions FILE] "
         "[--language fr|de|en]"_s,
         CommandLine::tr("Check every application and service of an account against the scaling "
                         "rules and write a report."),
         withCommon(audit),
         u"  SCALING_ADVISOR_API_KEY=… scaling-advisor audit --api https://api.example.com\n"
         "  scaling-advisor audit --demo --format html --output report.html\n"
         "  scaling-advisor audit --snapshot shop.json --fail-on warning --language fr\n"_s});

    std::vector<OptionSpec> simulate = {
        {u"fail-datacenter"_s, u"NAME"_s,
         CommandLine::tr("fail one datacenter (e.g. Amazon-us-east-1a)")},
        {u"fail-host"_s, u"NAME"_s, CommandLine::tr("fail one host")},
        {u"fail-region"_s, u"NAME"_s, CommandLine::tr("fail a whole region (e.g. us-east-1)")},
        {u"fail-provider"_s, u"NAME"_s, CommandLine::tr("fail a whole provider (e.g. Amazon)")},
    };
    for (OptionSpec &o : sourceOptions())
        simulate.push_back(std::move(o));
    simulate.push_back({u"format"_s, u"FORMAT"_s, CommandLine::tr("text (default) or json")});
    simulate.push_back(
        {u"output"_s, u"FILE"_s, CommandLine::tr("write the result to FILE (default: stdout)")});
    s.push_back(
        {u"simulate"_s, CommandLine::tr("what if a datacenter, host, region or provider fails?"),
         u"scaling-advisor simulate (--fail-datacenter D | --fail-host H | "
         "--fail-region R | --fail-provider P) [source options] [--format text|json]"_s,
         CommandLine::tr("Show which services keep running when a datacenter, host, region or "
                         "provider fails, and the worst single datacenter of each application."),
         withCommon(simulate),
         u"  scaling-advisor simulate --demo --fail-datacenter Amazon-us-east-1a\n"
         "  scaling-advisor simulate --snapshot shop.json --fail-region us-east-1 "
         "--format json\n"_s});

    std::vector<OptionSpec> plan = sourceOptions();
    plan.push_back({u"format"_s, u"FORMAT"_s, CommandLine::tr("text (default) or json")});
    plan.push_back(
        {u"output"_s, u"FILE"_s, CommandLine::tr("write the plan to FILE (default: stdout)")});
    plan.push_back({u"cli-name"_s, u"NAME"_s,
                    CommandLine::tr("platform CLI named in the commands (default: dotcloud)")});
    s.push_back(
        {u"plan"_s,
         CommandLine::tr("the scaling actions that let every application survive a zone"),
         u"scaling-advisor plan [--api URL | --snapshot FILE | --demo] [--user NAME] "
         "[--format text|json] [--output FILE]"_s,
         CommandLine::tr("Show the smallest set of scaling actions after which every application "
                         "that scaling can save survives the loss of any one datacenter, each with "
                         "its command, and the steps that scaling cannot do."),
         withCommon(plan),
         u"  scaling-advisor plan --demo\n"
         "  scaling-advisor plan --snapshot shop.json --format json\n"_s});

    s.push_back(
        {u"apply"_s,
         CommandLine::tr("carry the scaling plan out on the platform, then show before → after"),
         u"scaling-advisor apply [--api URL | --demo] [--yes]"_s,
         CommandLine::tr(
             "Work out the plan, ask once, then scale each service as the platform CLI does "
             "(a change of instances, then a deployment), and show how many applications "
             "survive any datacenter and the grade, before → after. Without --yes the "
             "answer is read from standard input, which must then be a terminal."),
         withCommon({{u"api"_s, u"URL"_s,
                      CommandLine::tr("platform API to change (default: as for audit)")},
                     {u"demo"_s,
                      {},
                      CommandLine::tr("apply to the bundled demo platform, started in-process")},
                     {u"yes"_s, {}, CommandLine::tr("apply without asking")},
                     {u"snapshot"_s, u"FILE"_s,
                      CommandLine::tr("not accepted: a snapshot cannot be scaled")},
                     {u"user"_s, u"NAME"_s,
                      CommandLine::tr(
                          "not accepted: support staff see a customer's plan but cannot apply it")},
                     {u"allow-insecure-http"_s,
                      {},
                      CommandLine::tr("allow plain http:// to a host that is not loopback")},
                     {u"ca-file"_s, u"FILE"_s,
                      CommandLine::tr("also trust the CA certificates in FILE (PEM)")}}),
         u"  scaling-advisor apply --api https://api.example.com\n"
         "  SCALING_ADVISOR_API_KEY=… scaling-advisor apply --api https://api.example.com --yes\n"_s});

    std::vector<OptionSpec> snapshot = sourceOptions();
    snapshot.push_back(
        {u"output"_s, u"FILE"_s, CommandLine::tr("the snapshot file to write (required)")});
    s.push_back(
        {u"snapshot"_s,
         CommandLine::tr("save an account's whole inventory to a file (offline audits)"),
         u"scaling-advisor snapshot [source options] --output FILE"_s,
         CommandLine::tr("Save an account's whole inventory to a snapshot file, for offline audits "
                         "or for support staff."),
         withCommon(snapshot),
         u"  scaling-advisor snapshot --api https://api.example.com --output shop.json\n"_s});

    s.push_back(
        {u"status"_s, CommandLine::tr("the platform's live status and updates"),
         u"scaling-advisor status [--status-url URL] [--status-kind KIND] [--format text|json]"_s,
         CommandLine::tr(
             "Read the platform's status service once and print it. Exit 0 when the status "
             "was read, whatever it says; 1 when it could not be read (level \"unknown\")."),
         withCommon(
             {{u"status-url"_s, u"URL"_s,
               CommandLine::tr(
                   "the native Status API base, or a Statuspage page (its root or its "
                   "/api/v2/summary.json); default: $SCALING_ADVISOR_STATUS_URL, else the "
                   "status URL set in the application")},
              {u"status-kind"_s, u"KIND"_s,
               CommandLine::tr("native, statuspage or auto (default: auto, detected by probing)")},
              {u"format"_s, u"FORMAT"_s, CommandLine::tr("text (default) or json")},
              {u"allow-insecure-http"_s,
               {},
               CommandLine::tr("accept a plain http:// URL to another computer")}}),
         u"  scaling-advisor status --status-url https://status.example.com\n"_s});

    s.push_back(
        {u"login"_s, CommandLine::tr("keep credentials for a platform API in the system keychain"),
         u"scaling-advisor login [--api URL] [--username NAME]"_s,
         CommandLine::tr(
             "Check credentials against the platform API and keep them in the system "
             "keychain. With SCALING_ADVISOR_API_KEY set, that API key is stored; "
             "otherwise the password of --username is read from standard input (without "
             "echo on a terminal)."),
         withCommon(
             {{u"api"_s, u"URL"_s, CommandLine::tr("platform API to log in to")},
              {u"username"_s, u"NAME"_s, CommandLine::tr("log in with this user's password")},
              {u"allow-insecure-http"_s,
               {},
               CommandLine::tr("allow plain http:// to a host that is not loopback")},
              {u"ca-file"_s, u"FILE"_s,
               CommandLine::tr("also trust the CA certificates in FILE (PEM)")}}),
         u"  scaling-advisor login --api https://api.example.com --username alice\n"
         "  SCALING_ADVISOR_API_KEY=… scaling-advisor login --api https://api.example.com\n"_s});

    s.push_back({u"logout"_s, CommandLine::tr("delete the credentials kept for a platform API"),
                 u"scaling-advisor logout [--api URL]"_s,
                 CommandLine::tr("Delete the credentials kept in the keychain for a platform API."),
                 withCommon({{u"api"_s, u"URL"_s, CommandLine::tr("platform API to log out of")}}),
                 u"  scaling-advisor logout --api https://api.example.com\n"_s});
    return s;
}

std::optional<SubcommandSpec> findSpec(const QString &name)
{
    for (SubcommandSpec &s : specs())
        if (s.name == name)
            return std::move(s);
    return std::nullopt;
}

ParsedCommandLine usageError(const QString &subcommand, const QString &message)
{
    ParsedCommandLine r;
    r.subcommand = subcommand;
    r.error = message;
    return r;
}

ParsedCommandLine helpFor(const QString &text)
{
    ParsedCommandLine r;
    r.command.kind = CommandKind::Help;
    r.command.helpText = text;
    return r;
}

QString checkApiUrl(const QString &apiUrl)
{
    if (apiUrl.isEmpty())
        return {};
    const QUrl url(apiUrl, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != "http"_L1 && scheme != "https"_L1))
        return CommandLine::tr("--api needs an http:// or https:// URL, got '%1'").arg(apiUrl);
    return {};
}

ParsedCommandLine readSource(const QString &name, const ParsedOptions &raw, SourceOptions *source)
{
    const int chosen =
        int(raw.has(u"api"_s)) + int(raw.has(u"snapshot"_s)) + int(raw.has(u"demo"_s));
    if (chosen > 1)
        return usageError(name, CommandLine::tr("choose one source: --api, --snapshot or --demo"));
    source->apiUrl = raw.value(u"api"_s);
    source->snapshotPath = raw.value(u"snapshot"_s);
    source->demo = raw.has(u"demo"_s);
    source->customer = raw.value(u"user"_s);
    source->allowInsecureHttp = raw.has(u"allow-insecure-http"_s);
    source->caFile = raw.value(u"ca-file"_s);
    if (!source->snapshotPath.isEmpty() && !source->customer.isEmpty())
        return usageError(name,
                          CommandLine::tr("--user reads a customer's account online; it cannot be "
                                          "combined with --snapshot"));
    if (const QString error = checkApiUrl(source->apiUrl); !error.isEmpty())
        return usageError(name, error);
    return {};
}

// --format for the commands that write text or JSON only.
bool readTextOrJson(const ParsedOptions &raw, ReportFormat *format)
{
    if (!raw.has(u"format"_s))
        return true;
    const QString name = raw.value(u"format"_s);
    if (name == "text"_L1)
        *format = ReportFormat::Text;
    else if (name == "json"_L1)
        *format = ReportFormat::Json;
    else
        return false;
    return true;
}

QString exitCodesText()
{
    return CommandLine::tr(
        "Exit codes:\n"
        "  0  fine\n"
        "  1  runtime error (network, authentication, bad data, corrupt snapshot, a "
        "failed write, an action the platform refused)\n"
        "  2  usage error\n"
        "  3  findings at or above --fail-on (audit)\n");
}

// A lone argument that names a file: the window opens it as a snapshot.
bool looksLikeSnapshotFile(const QString &argument)
{
    return argument.endsWith(".json"_L1, Qt::CaseInsensitive) || argument.contains(u'/');
}

} // namespace

QStringList CommandLine::subcommands()
{
    QStringList names;
    for (const SubcommandSpec &s : specs())
        names.append(s.name);
    return names;
}

QStringList CommandLine::languages()
{
    return {u"en"_s, u"fr"_s, u"de"_s};
}

QString CommandLine::languageIn(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == "--language"_L1 && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith("--language="_L1))
            return arguments.at(i).mid(11);
    }
    return {};
}

QString CommandLine::mainHelp()
{
    QString text =
        tr("Usage: scaling-advisor [--demo | FILE.json]\n"
           "       scaling-advisor COMMAND [OPTIONS]\n\n"
           "Finds the applications and services of a platform account that would not\n"
           "survive the loss of one host or one availability zone.\n\n"
           "Without a command, opens the desktop application; --demo opens it on the\n"
           "bundled demo platform, started in-process; FILE.json opens that snapshot.\n\n"
           "Commands:\n");
    for (const SubcommandSpec &s : specs())
        text += u"  "_s + s.name.leftJustified(10) + s.brief + u'\n';
    text += u'\n' +
            tr("Options:\n"
               "  --demo                    open the desktop application on the demo platform\n"
               "  --help                    show this help ('scaling-advisor COMMAND --help' for "
               "a command)\n"
               "  --version                 show the version\n\n"
               "The API key comes from the environment variable SCALING_ADVISOR_API_KEY or from "
               "the\nsystem keychain (see 'login'); no option takes a secret.\n\n") +
            exitCodesText();
    return text;
}

QString CommandLine::subcommandHelp(const QString &subcommand)
{
    const std::optional<SubcommandSpec> spec = findSpec(subcommand);
    if (!spec)
        return {};
    QString text = tr("Usage:") + u' ' + OptionParser::wrap(spec->synopsis, 8, 7) + u"\n\n"_s +
                   OptionParser::wrap(spec->summary, 0) + u"\n"_s;
    if (!spec->options.empty())
        text += u'\n' + tr("Options:") + u'\n' + OptionParser::formatOptions(spec->options);
    if (!spec->examples.isEmpty())
        text += u'\n' + tr("Examples:") + u'\n' + spec->examples;
    text += u"\n"_s + exitCodesText();
    return text;
}

ParsedCommandLine CommandLine::parse(const QStringList &arguments)
{
    ParsedCommandLine result;
    if (arguments.isEmpty())
        return result; // the GUI

    const QString &first = arguments.first();
    if (first.startsWith(u'-')) {
        // Top-level options only: --demo, --help, --version.
        if (arguments.contains("--help"_L1) || arguments.contains("-h"_L1))
            return helpFor(mainHelp());
        if (arguments.contains("--version"_L1)) {
            result.command.kind = CommandKind::Version;
            result.command.helpText = u"scaling-advisor " SA_VERSION "\n"_s;
            return result;
        }
        for (const QString &arg : arguments) {
            if (arg != "--demo"_L1) {
                const QString name = arg.section(u'=', 0, 0).mid(2);
                if (OptionParser::looksLikeSecretOption(name))
                    return usageError(
                        {}, tr("unknown option '%1': %2").arg(arg, OptionParser::secretHint()));
                if (!arg.startsWith(u'-'))
                    return usageError({}, tr("open either the demo platform or a snapshot "
                                             "file, not both"));
                return usageError(
                    {}, findSpec(arg.mid(2))
                            ? tr("'%1' is a command: write it without dashes").arg(arg.mid(2))
                            : tr("unknown option '%1'").arg(arg));
            }
        }
        result.command.kind = CommandKind::Gui;
        result.command.source.demo = true;
        return result;
    }

    if (first == "help"_L1) {
        if (arguments.size() == 1)
            return helpFor(mainHelp());
        const QString help = subcommandHelp(arguments.at(1));
        if (help.isEmpty())
            return usageError({}, tr("unknown command '%1'").arg(arguments.at(1)));
        return helpFor(help);
    }

    const std::optional<SubcommandSpec> spec = findSpec(first);
    if (!spec) {
        if (looksLikeSnapshotFile(first)) {
            if (arguments.size() > 1)
                return usageError({}, tr("the window opens one snapshot file; unexpected "
                                         "argument '%1'")
                                          .arg(arguments.at(1)));
            result.command.kind = CommandKind::Gui;
            result.command.source.snapshotPath = first;
            return result;
        }
        return usageError({}, tr("unknown command '%1'").arg(first));
    }

    const QString name = spec->name;
    const ParsedOptions raw = OptionParser::parse(spec->options, arguments.mid(1));
    if (!raw.ok())
        return usageError(name, raw.error);
    if (raw.has(u"help"_s))
        return helpFor(subcommandHelp(name));

    Command &cmd = result.command;
    if (raw.has(u"language"_s)) {
        cmd.language = raw.value(u"language"_s);
        if (!languages().contains(cmd.language))
            return usageError(name,
                              tr("unknown --language '%1': use fr, de or en").arg(cmd.language));
    }
    if (name == "audit"_L1 || name == "simulate"_L1 || name == "snapshot"_L1 || name == "plan"_L1) {
        if (ParsedCommandLine error = readSource(name, raw, &cmd.source); !error.ok())
            return error;
        cmd.outputPath = raw.value(u"output"_s);
    }
    if (raw.has(u"cli-name"_s))
        cmd.cliName = raw.value(u"cli-name"_s);

    // The format names each command accepts, in one place: a new format is a line here and a
    // writer in ReportWriter (audit) or in the command.
    if (name == "audit"_L1) {
        cmd.kind = CommandKind::Audit;
        cmd.pdf = raw.value(u"format"_s) == "pdf"_L1;
        if (raw.has(u"format"_s) && !cmd.pdf &&
            !reportFormatFromName(raw.value(u"format"_s), &cmd.format))
            return usageError(
                name, tr("unknown --format '%1': use text, json, csv, markdown, html or pdf")
                          .arg(raw.value(u"format"_s)));
        if (raw.has(u"fail-on"_s)) {
            const QString level = raw.value(u"fail-on"_s);
            Severity severity;
            if (level == "never"_L1)
                cmd.failOn.reset();
            else if (severityFromName(level, &severity))
                cmd.failOn = severity;
            else
                return usageError(
                    name,
                    tr("unknown --fail-on '%1': use danger, warning, info or never").arg(level));
        }
        cmd.exemptionsPath = raw.value(u"exemptions"_s);
    } else if (name == "simulate"_L1) {
        cmd.kind = CommandKind::Simulate;
        const std::pair<QString, FailureKind> kinds[] = {
            {u"fail-datacenter"_s, FailureKind::Datacenter},
            {u"fail-host"_s, FailureKind::Host},
            {u"fail-region"_s, FailureKind::Region},
            {u"fail-provider"_s, FailureKind::Provider},
        };
        int given = 0;
        for (const auto &[option, kind] : kinds) {
            if (raw.has(option)) {
                ++given;
                cmd.failureKind = kind;
                cmd.failureName = raw.value(option);
            }
        }
        if (given != 1)
            return usageError(name, tr("say what fails with exactly one of --fail-datacenter, "
                                       "--fail-host, --fail-region or --fail-provider"));
        if (!readTextOrJson(raw, &cmd.format))
            return usageError(
                name, tr("unknown --format '%1': use text or json").arg(raw.value(u"format"_s)));
    } else if (name == "plan"_L1) {
        cmd.kind = CommandKind::Plan;
        if (!readTextOrJson(raw, &cmd.format))
            return usageError(
                name, tr("unknown --format '%1': use text or json").arg(raw.value(u"format"_s)));
    } else if (name == "apply"_L1) {
        cmd.kind = CommandKind::Apply;
        cmd.source.apiUrl = raw.value(u"api"_s);
        cmd.source.demo = raw.has(u"demo"_s);
        cmd.source.allowInsecureHttp = raw.has(u"allow-insecure-http"_s);
        cmd.source.caFile = raw.value(u"ca-file"_s);
        cmd.assumeYes = raw.has(u"yes"_s);
        if (raw.has(u"snapshot"_s))
            return usageError(name, tr("apply scales services on the platform, and a snapshot "
                                       "is a copy on disk that cannot be scaled: use --api URL "
                                       "(or 'plan --snapshot FILE' to see the plan)"));
        if (raw.has(u"user"_s))
            return usageError(name, tr("support staff can see a customer's plan ('plan --user "
                                       "NAME') but cannot apply it: the customer applies it "
                                       "with their own key"));
        if (cmd.source.demo && !cmd.source.apiUrl.isEmpty())
            return usageError(name, tr("choose one platform: --api or --demo"));
        if (const QString error = checkApiUrl(cmd.source.apiUrl); !error.isEmpty())
            return usageError(name, error);
    } else if (name == "snapshot"_L1) {
        cmd.kind = CommandKind::Snapshot;
        if (cmd.outputPath.isEmpty())
            return usageError(name, tr("say where to write the snapshot with --output FILE"));
    } else if (name == "status"_L1) {
        cmd.kind = CommandKind::StatusReport;
        cmd.statusUrl = raw.value(u"status-url"_s);
        if (raw.has(u"status-kind"_s))
            cmd.statusKind = raw.value(u"status-kind"_s);
        cmd.source.allowInsecureHttp = raw.has(u"allow-insecure-http"_s);
        if (!readTextOrJson(raw, &cmd.format))
            return usageError(
                name, tr("unknown format \"%1\": use text or json").arg(raw.value(u"format"_s)));
    } else if (name == "login"_L1 || name == "logout"_L1) {
        cmd.kind = name == "login"_L1 ? CommandKind::Login : CommandKind::Logout;
        SourceOptions &source = cmd.source;
        source.apiUrl = raw.value(u"api"_s);
        source.allowInsecureHttp = raw.has(u"allow-insecure-http"_s);
        source.caFile = raw.value(u"ca-file"_s);
        cmd.username = raw.value(u"username"_s);
        if (const QString error = checkApiUrl(source.apiUrl); !error.isEmpty())
            return usageError(name, error);
    }
    return result;
}
