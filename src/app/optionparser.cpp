#include "optionparser.h"

using namespace Qt::StringLiterals;

namespace {

const OptionSpec *findOption(const std::vector<OptionSpec> &options, const QString &name)
{
    for (const OptionSpec &o : options)
        if (o.name == name)
            return &o;
    return nullptr;
}

ParsedOptions failed(const QString &message)
{
    ParsedOptions r;
    r.error = message;
    return r;
}

} // namespace

bool OptionParser::looksLikeSecretOption(const QString &name)
{
    static const QStringList secretWords = {u"key"_s,      u"api-key"_s,      u"apikey"_s,
                                            u"password"_s, u"passwd"_s,       u"secret"_s,
                                            u"token"_s,    u"access-token"_s, u"refresh-token"_s};
    return secretWords.contains(name);
}

QString OptionParser::secretHint()
{
    return tr("secrets are never taken on the command line: set SCALING_ADVISOR_API_KEY, or run "
              "'scaling-advisor login' once to keep them in the system keychain");
}

ParsedOptions OptionParser::parse(const std::vector<OptionSpec> &options,
                                  const QStringList &arguments)
{
    ParsedOptions out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == "-h"_L1 && findOption(options, u"help"_s)) {
            out.values.insert(u"help"_s, u"1"_s);
            out.order.append(u"help"_s);
            continue;
        }
        if (!arg.startsWith("--"_L1) || arg.size() == 2)
            return failed(tr("unexpected argument '%1'").arg(arg));
        QString name = arg.mid(2);
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
            hasInlineValue = true;
        }
        const OptionSpec *option = findOption(options, name);
        if (!option) {
            if (looksLikeSecretOption(name))
                return failed(tr("unknown option '--%1': %2").arg(name, secretHint()));
            return failed(tr("unknown option '--%1'").arg(name));
        }
        if (out.has(name))
            return failed(tr("option '--%1' given twice").arg(name));
        if (option->valueName.isEmpty()) {
            if (hasInlineValue)
                return failed(tr("option '--%1' takes no value").arg(name));
            value = u"1"_s;
        } else if (!hasInlineValue) {
            if (i + 1 >= arguments.size())
                return failed(tr("option '--%1' needs a value (%2)").arg(name, option->valueName));
            value = arguments.at(++i);
        }
        if (!option->valueName.isEmpty() && value.isEmpty())
            return failed(tr("option '--%1' needs a non-empty value").arg(name));
        out.values.insert(name, value);
        out.order.append(name);
    }
    return out;
}

QString OptionParser::wrap(const QString &text, int indent, int firstLineUsed, int width)
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

QString OptionParser::formatOptions(const std::vector<OptionSpec> &options)
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
