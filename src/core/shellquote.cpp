#include "shellquote.h"

using namespace Qt::StringLiterals;

namespace {

bool isSafe(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           QStringView(u"_@%+=:,./-").contains(c);
}

} // namespace

QString ShellQuote::quote(const QString &word)
{
    if (word.isEmpty())
        return u"''"_s;
    bool safe = true;
    for (QChar c : word)
        if (!isSafe(c)) {
            safe = false;
            break;
        }
    if (safe)
        return word;
    QString inner = word;
    inner.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + inner + u'\'';
}

QString ShellQuote::join(const QStringList &words)
{
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString &w : words)
        quoted.append(quote(w));
    return quoted.join(u' ');
}

QStringList ShellQuote::split(const QString &command, bool *ok)
{
    QStringList words;
    QString word;
    bool inWord = false;
    enum class Quote
    {
        None,
        Single,
        Double
    } quote = Quote::None;
    const qsizetype n = command.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = command[i];
        switch (quote) {
        case Quote::Single:
            if (c == u'\'')
                quote = Quote::None;
            else
                word += c;
            break;
        case Quote::Double:
            if (c == u'"') {
                quote = Quote::None;
            } else if (c == u'\\' && i + 1 < n &&
                       QStringView(u"$`\"\\\n").contains(command[i + 1])) {
                word += command[++i];
            } else {
                word += c;
            }
            break;
        case Quote::None:
            if (c == u' ' || c == u'\t' || c == u'\n') {
                if (inWord)
                    words.append(word);
                word.clear();
                inWord = false;
            } else if (c == u'\'') {
                quote = Quote::Single;
                inWord = true;
            } else if (c == u'"') {
                quote = Quote::Double;
                inWord = true;
            } else if (c == u'\\' && i + 1 < n) {
                word += command[++i];
                inWord = true;
            } else {
                word += c;
                inWord = true;
            }
            break;
        }
    }
    if (inWord)
        words.append(word);
    if (ok)
        *ok = quote == Quote::None;
    return words;
}

QString ShellQuote::scaleCommand(const QString &cli, const QString &application,
                                 const QString &service, int instances)
{
    // The service and its setting are one word for the shell: 'x;id':instances=3.
    return join({cli, u"-A"_s, application, u"scale"_s}) + u' ' + quote(service) +
           u":instances="_s + QString::number(instances);
}

QString ShellQuote::serviceCommand(const QString &cli, const QString &application,
                                   const QString &verb, const QString &service)
{
    return join({cli, u"-A"_s, application, verb, service});
}
