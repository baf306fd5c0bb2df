#include "commandline.h"

#include <QHash>
#include <QUrl>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct OptionSpec
{
    QString name;      // without the leading dashes
    QString valueName; // empty: a flag without a value
    QString help;
};

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
         u"platform API to read (default: $SCALING_ADVISOR_API_URL, else the URL of the last "
         "login, else https://rest.dotcloud.com)"_s},
        {u"snapshot"_s, u"FILE"_s, u"read a snapshot file instead of the API (offline)"_s},
        {u"demo"_s, {}, u"read the bundled demo platform, started in-process"_s},
        {u"user"_s, u"NAME"_s, u"support staff: read the account of customer NAME"_s},
        {u"allow-insecure-http"_s, {}, u"allow plain http:// to a host that is not loopback"_s},
        {u"ca-file"_s, u"FILE"_s,
         u"also trust the CA certificates in FILE (PEM; default: $SCALING_ADVISOR_CA_FILE)"_s},
    };
}

std::vector<OptionSpec> withHelp(std::vector<OptionSpec> options)
{
    options.push_back({u"help"_s, {}, u"show this help"_s});
    return options;
}

const std::vector<SubcommandSpec> &specs()
{
    static const std::vector<SubcommandSpec> all = [] {
        std::vector<SubcommandSpec> s;

        std::vector<OptionSpec> audit = sourceOptions();
        audit.push_back(
            {u"format"_s, u"FORMAT"_s, u"text (default), json, csv, markdown or html"_s});
        audit.push_back({u"output"_s, u"FILE"_s, u"write the report to FILE (default: stdout)"_s});
        audit.push_back({u"fail-on"_s, u"LEVEL"_s,
                         u"exit 3 when a finding is at or above LEVEL: danger (default), warning, "
                         "info or never; exempt findings do not count"_s});
        audit.push_back({u"exemptions"_s, u"FILE"_s,
                         u"JSON exemptions file: [{rule, application, service?, reason, "
                         "expires?}]"_s});
        audit.push_back({u"cli-name"_s, u"NAME"_s,
                         u"platform CLI named in fix commands (default: dotcloud)"_s});
        s.push_back(
            {u"audit"_s, u"check an account against the scaling rules and write a report"_s,
             u"scaling-advisor audit [--api URL | --snapshot FILE | --demo] [--user NAME] "
             "[--format text|json|csv|markdown|html] [--output FILE] "
             "[--fail-on danger|warning|info|never] [--exemptions FILE]"_s,
             u"Check every application and service of an account against the scaling "
             "rules and write a report."_s,
             withHelp(audit),
             u"  SCALING_ADVISOR_API_KEY=… scaling-advisor audit --api https://api.example.com\n"
             "  scaling-advisor audit --demo --format html --output report.html\n"
             "  scaling-advisor audit --snapshot shop.json --fail-on warning\n"_s});

        std::vector<OptionSpec> simulate = {
            {u"fail-datacenter"_s, u"NAME"_s, u"fail one datacenter (e.g. Amazon-us-east-1a)"_s},
            {u"fail-host"_s, u"NAME"_s, u"fail one host"_s},
            {u"fail-region"_s, u"NAME"_s, u"fail a whole region (e.g. us-east-1)"_s},
            {u"fail-provider"_s, u"NAME"_s, u"fail a whole provider (e.g. Amazon)"_s},
        };
        for (OptionSpec &o : sourceOptions())
            simulate.push_back(std::move(o));
        simulate.push_back({u"format"_s, u"FORMAT"_s, u"text (default) or json"_s});
        simulate.push_back(
            {u"output"_s, u"FILE"_s, u"write the result to FILE (default: stdout)"_s});
        s.push_back({u"simulate"_s, u"what if a datacenter, host, region or provider fails?"_s,
                     u"scaling-advisor simulate (--fail-datacenter D | --fail-host H | "
                     "--fail-region R | --fail-provider P) [source options] [--format text|json]"_s,
                     u"Show which services keep running when a datacenter, host, region or "
                     "provider fails, and the worst single datacenter of each application."_s,
                     withHelp(simulate),
                     u"  scaling-advisor simulate --demo --fail-datacenter Amazon-us-east-1a\n"
                     "  scaling-advisor simulate --snapshot shop.json --fail-region us-east-1 "
                     "--format json\n"_s});

        std::vector<OptionSpec> snapshot = sourceOptions();
        snapshot.push_back({u"output"_s, u"FILE"_s, u"the snapshot file to write (required)"_s});
        s.push_back(
            {u"snapshot"_s, u"save an account's whole inventory to a file (offline audits)"_s,
             u"scaling-advisor snapshot [source options] --output FILE"_s,
             u"Save an account's whole inventory to a snapshot file, for offline audits "
             "or for support staff."_s,
             withHelp(snapshot),
             u"  scaling-advisor snapshot --api https://api.example.com --output shop.json\n"_s});

        s.push_back(
            {u"status"_s,
             u"the platform's live status and updates"_s,
             u"scaling-advisor status [--status-url URL] [--status-kind KIND] [--format text|json]"_s,
             u"Show the platform's live status (see 'scaling-advisor status --help')."_s,
             {},
             u"  scaling-advisor status --status-url https://status.example.com\n"_s});

        s.push_back(
            {u"login"_s, u"keep credentials for a platform API in the system keychain"_s,
             u"scaling-advisor login [--api URL] [--username NAME]"_s,
             u"Check credentials against the platform API and keep them in the system "
             "keychain. With SCALING_ADVISOR_API_KEY set, that API key is stored; "
             "otherwise the password of --username is read from standard input (without "
             "echo on a terminal)."_s,
             withHelp(
                 {{u"api"_s, u"URL"_s, u"platform API to log in to"_s},
                  {u"username"_s, u"NAME"_s, u"log in with this user's password"_s},
                  {u"allow-insecure-http"_s,
                   {},
                   u"allow plain http:// to a host that is not loopback"_s},
                  {u"ca-file"_s, u"FILE"_s, u"also trust the CA certificates in FILE (PEM)"_s}}),
             u"  scaling-advisor login --api https://api.example.com --username alice\n"
             "  SCALING_ADVISOR_API_KEY=… scaling-advisor login --api https://api.example.com\n"_s});

        s.push_back({u"logout"_s, u"delete the credentials kept for a platform API"_s,
                     u"scaling-advisor logout [--api URL]"_s,
                     u"Delete the credentials kept in the keychain for a platform API."_s,
                     withHelp({{u"api"_s, u"URL"_s, u"platform API to log out of"_s}}),
                     u"  scaling-advisor logout --api https://api.example.com\n"_s});
        return s;
    }();
    return all;
}

const SubcommandSpec *findSpec(const QString &name)
{
    for (const SubcommandSpec &s : specs())
        if (s.name == name)
            return &s;
    return nullptr;
}

const OptionSpec *findOption(const SubcommandSpec &spec, const QString &name)
{
    for (const OptionSpec &o : spec.options)
        if (o.name == name)
            return &o;
    return nullptr;
}

bool looksLikeSecretOption(const QString &name)
{
    static const QStringList secretWords = {u"key"_s,      u"api-key"_s,      u"apikey"_s,
                                            u"password"_s, u"passwd"_s,       u"secret"_s,
                                            u"token"_s,    u"access-token"_s, u"refresh-token"_s};
    return secretWords.contains(name);
}

QString secretHint()
{
    return u"secrets are never taken on the command line: set SCALING_ADVISOR_API_KEY, or run "
           "'scaling-advisor login' once to keep them in the system keychain"_s;
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

// Options given as "--name VALUE" or "--name=VALUE", in the order given.
struct RawOptions
{
    QHash<QString, QString> values;
    QStringList order;
    bool has(const QString &name) const { return values.contains(name); }
    QString value(const QString &name) const { return values.value(name); }
};

// Splits the arguments against the options the subcommand knows; a usage error for anything else.
ParsedCommandLine readOptions(const SubcommandSpec &spec, const QStringList &args, RawOptions *out)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == "-h"_L1) {
            out->values.insert(u"help"_s, u"1"_s);
            out->order.append(u"help"_s);
            continue;
        }
        if (!arg.startsWith("--"_L1) || arg.size() == 2)
            return usageError(spec.name, u"unexpected argument '%1'"_s.arg(arg));
        QString name = arg.mid(2);
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
            hasInlineValue = true;
        }
        const OptionSpec *option = findOption(spec, name);
        if (!option) {
            if (looksLikeSecretOption(name))
                return usageError(spec.name,
                                  u"unknown option '--%1': %2"_s.arg(name, secretHint()));
            return usageError(spec.name, u"unknown option '--%1'"_s.arg(name));
        }
        if (out->has(name))
            return usageError(spec.name, u"option '--%1' given twice"_s.arg(name));
        if (option->valueName.isEmpty()) {
            if (hasInlineValue)
                return usageError(spec.name, u"option '--%1' takes no value"_s.arg(name));
            value = u"1"_s;
        } else if (!hasInlineValue) {
            if (i + 1 >= args.size())
                return usageError(
                    spec.name, u"option '--%1' needs a value (%2)"_s.arg(name, option->valueName));
            value = args.at(++i);
        }
        if (!option->valueName.isEmpty() && value.isEmpty())
            return usageError(spec.name, u"option '--%1' needs a non-empty value"_s.arg(name));
        out->values.insert(name, value);
        out->order.append(name);
    }
    return {};
}

ParsedCommandLine readSource(const SubcommandSpec &spec, const RawOptions &raw,
                             SourceOptions *source)
{
    const int chosen =
        int(raw.has(u"api"_s)) + int(raw.has(u"snapshot"_s)) + int(raw.has(u"demo"_s));
    if (chosen > 1)
        return usageError(spec.name, u"choose one source: --api, --snapshot or --demo"_s);
    source->apiUrl = raw.value(u"api"_s);
    source->snapshotPath = raw.value(u"snapshot"_s);
    source->demo = raw.has(u"demo"_s);
    source->customer = raw.value(u"user"_s);
    source->allowInsecureHttp = raw.has(u"allow-insecure-http"_s);
    source->caFile = raw.value(u"ca-file"_s);
    if (!source->snapshotPath.isEmpty() && !source->customer.isEmpty())
        return usageError(spec.name, u"--user reads a customer's account online; it cannot be "
                                     "combined with --snapshot"_s);
    if (!source->apiUrl.isEmpty()) {
        const QUrl url(source->apiUrl, QUrl::StrictMode);
        const QString scheme = url.scheme();
        if (!url.isValid() || url.host().isEmpty() || (scheme != "http"_L1 && scheme != "https"_L1))
            return usageError(spec.name, u"--api needs an http:// or https:// URL, got '%1'"_s.arg(
                                             source->apiUrl));
    }
    return {};
}

// Word-wraps text to the terminal's customary 100 columns, indenting continuation lines.
QString wrap(const QString &text, int indent, int firstLineUsed = -1, int width = 100)
{
    QString out;
    int column = firstLineUsed < 0 ? indent : firstLineUsed;
    bool lineHasWord = firstLineUsed > indent;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (lineHasWord && column + 1 + word.size() > width) {
            out += u'\n' + QString(indent, u' ');
            column = indent;
            lineHasWord = false;
        }
        if (lineHasWord) {
            out += u' ';
            ++column;
        }
        out += word;
        column += int(word.size());
        lineHasWord = true;
    }
    return out;
}

QString formatOptions(const std::vector<OptionSpec> &options)
{
    QString out;
    for (const OptionSpec &o : options) {
        QString left = u"  --"_s + o.name;
        if (!o.valueName.isEmpty())
            left += u' ' + o.valueName;
        if (left.size() < 28)
            out += left.leftJustified(28) + wrap(o.help, 28, 28) + u'\n';
        else
            out += left + u"\n" + QString(28, u' ') + wrap(o.help, 28) + u'\n';
    }
    return out;
}

QString exitCodesText()
{
    return u"Exit codes:\n"
           "  0  fine\n"
           "  1  runtime error (network, authentication, bad data, corrupt snapshot)\n"
           "  2  usage error\n"
           "  3  findings at or above --fail-on (audit)\n"_s;
}

} // namespace

QStringList CommandLine::subcommands()
{
    QStringList names;
    for (const SubcommandSpec &s : specs())
        names.append(s.name);
    return names;
}

QString CommandLine::mainHelp()
{
    QString text = u"Usage: scaling-advisor [--demo]\n"
                   "       scaling-advisor COMMAND [OPTIONS]\n\n"
                   "Finds the applications and services of a platform account that would not\n"
                   "survive the loss of one host or one availability zone.\n\n"
                   "Without a command, opens the desktop application; --demo opens it on the\n"
                   "bundled demo platform, started in-process.\n\n"
                   "Commands:\n"_s;
    for (const SubcommandSpec &s : specs())
        text += u"  "_s + s.name.leftJustified(10) + s.brief + u'\n';
    text += u"\nOptions:\n"
            "  --demo                    open the desktop application on the demo platform\n"
            "  --help                    show this help ('scaling-advisor COMMAND --help' for a "
            "command)\n"
            "  --version                 show the version\n\n"
            "The API key comes from the environment variable SCALING_ADVISOR_API_KEY or from the\n"
            "system keychain (see 'login'); no option takes a secret.\n\n"_s +
            exitCodesText();
    return text;
}

QString CommandLine::subcommandHelp(const QString &subcommand)
{
    const SubcommandSpec *spec = findSpec(subcommand);
    if (!spec)
        return {};
    QString text =
        u"Usage: "_s + wrap(spec->synopsis, 8, 7) + u"\n\n"_s + wrap(spec->summary, 0) + u"\n"_s;
    if (!spec->options.empty())
        text += u"\nOptions:\n"_s + formatOptions(spec->options);
    if (!spec->examples.isEmpty())
        text += u"\nExamples:\n"_s + spec->examples;
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
                if (looksLikeSecretOption(name))
                    return usageError({}, u"unknown option '%1': %2"_s.arg(arg, secretHint()));
                return usageError(
                    {}, findSpec(arg.mid(2))
                            ? u"'%1' is a command: write it without dashes"_s.arg(arg.mid(2))
                            : u"unknown option '%1'"_s.arg(arg));
            }
        }
        result.command.kind = CommandKind::Gui;
        result.command.source.demo = true;
        return result;
    }

    if (first == "help"_L1) {
        if (arguments.size() == 1)
            return helpFor(mainHelp());
        const QString help =
            arguments.at(1) == "status"_L1 ? QString() : subcommandHelp(arguments.at(1));
        if (arguments.at(1) == "status"_L1) {
            result.command.kind = CommandKind::StatusReport;
            result.command.statusArguments = {u"--help"_s};
            return result;
        }
        if (help.isEmpty())
            return usageError({}, u"unknown command '%1'"_s.arg(arguments.at(1)));
        return helpFor(help);
    }

    const SubcommandSpec *spec = findSpec(first);
    if (!spec)
        return usageError({}, u"unknown command '%1'"_s.arg(first));

    const QStringList rest = arguments.mid(1);
    Command &cmd = result.command;
    if (spec->name == "status"_L1) {
        // The status command parses its own options.
        cmd.kind = CommandKind::StatusReport;
        cmd.statusArguments = rest;
        return result;
    }

    RawOptions raw;
    if (ParsedCommandLine error = readOptions(*spec, rest, &raw); !error.ok())
        return error;
    if (raw.has(u"help"_s))
        return helpFor(subcommandHelp(spec->name));

    const QString name = spec->name;
    if (name == "audit"_L1 || name == "simulate"_L1 || name == "snapshot"_L1) {
        if (ParsedCommandLine error = readSource(*spec, raw, &cmd.source); !error.ok())
            return error;
        cmd.outputPath = raw.value(u"output"_s);
    }

    if (name == "audit"_L1) {
        cmd.kind = CommandKind::Audit;
        if (raw.has(u"format"_s) && !reportFormatFromName(raw.value(u"format"_s), &cmd.format))
            return usageError(name,
                              u"unknown --format '%1': use text, json, csv, markdown or html"_s.arg(
                                  raw.value(u"format"_s)));
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
                    u"unknown --fail-on '%1': use danger, warning, info or never"_s.arg(level));
        }
        cmd.exemptionsPath = raw.value(u"exemptions"_s);
        if (raw.has(u"cli-name"_s))
            cmd.cliName = raw.value(u"cli-name"_s);
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
            return usageError(name, u"say what fails with exactly one of --fail-datacenter, "
                                    "--fail-host, --fail-region or --fail-provider"_s);
        if (raw.has(u"format"_s)) {
            const QString format = raw.value(u"format"_s);
            if (format == "text"_L1)
                cmd.format = ReportFormat::Text;
            else if (format == "json"_L1)
                cmd.format = ReportFormat::Json;
            else
                return usageError(name, u"unknown --format '%1': use text or json"_s.arg(format));
        }
    } else if (name == "snapshot"_L1) {
        cmd.kind = CommandKind::Snapshot;
        if (cmd.outputPath.isEmpty())
            return usageError(name, u"say where to write the snapshot with --output FILE"_s);
    } else if (name == "login"_L1 || name == "logout"_L1) {
        cmd.kind = name == "login"_L1 ? CommandKind::Login : CommandKind::Logout;
        SourceOptions &source = cmd.source;
        source.apiUrl = raw.value(u"api"_s);
        source.allowInsecureHttp = raw.has(u"allow-insecure-http"_s);
        source.caFile = raw.value(u"ca-file"_s);
        cmd.username = raw.value(u"username"_s);
        if (!source.apiUrl.isEmpty()) {
            const QUrl url(source.apiUrl, QUrl::StrictMode);
            if (!url.isValid() || url.host().isEmpty() ||
                (url.scheme() != "http"_L1 && url.scheme() != "https"_L1))
                return usageError(
                    name, u"--api needs an http:// or https:// URL, got '%1'"_s.arg(source.apiUrl));
        }
    }
    return result;
}
