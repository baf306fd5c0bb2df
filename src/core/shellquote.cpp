#include "shellquote.h"

#include "terminaltext.h"

using namespace Qt::StringLiterals;

namespace {

bool isSafe(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           QStringView(u"_@%+=:,./-").contains(c);
}

// A character that must not reach a terminal or a report raw: it is written as an escape of
// $'…' instead. (A lone surrogate is no character: it leaves as U+FFFD, as in every output.)
bool isControl(QChar c)
{
    return !c.isSurrogate() && TerminalText::needsReplacing(c.unicode());
}

QString hex(uint value, int digits)
{
    return QString::number(value, 16).toUpper().rightJustified(digits, u'0');
}

// bash, zsh, ksh and POSIX.1-2024 shells give back the exact word from $'…': every control
// character as a visible escape (\e, \n, \x01, \u202E), a quote or a backslash escaped.
QString dollarQuote(QStringView word)
{
    QString out = u"$'"_s;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word[i];
        const char16_t u = c.unicode();
        if (!isControl(c)) {
            if (c == u'\\' || c == u'\'')
                out += u'\\';
            out += c;
            continue;
        }
        switch (u) {
        case 0x07:
            out += u"\\a"_s;
            break;
        case 0x08:
            out += u"\\b"_s;
            break;
        case 0x09:
            out += u"\\t"_s;
            break;
        case 0x0A:
            out += u"\\n"_s;
            break;
        case 0x0B:
            out += u"\\v"_s;
            break;
        case 0x0C:
            out += u"\\f"_s;
            break;
        case 0x0D:
            out += u"\\r"_s;
            break;
        case 0x1B:
            out += u"\\e"_s;
            break;
        default:
            out += u < 0x80 ? u"\\x"_s + hex(u, 2) : u"\\u"_s + hex(u, 4);
        }
    }
    return out + u'\'';
}

// The escape of $'…' that starts at command[i] (a backslash): appends the character it stands
// for and returns the index of its last character.
qsizetype readDollarEscape(const QString &command, qsizetype i, QString &word)
{
    const qsizetype n = command.size();
    if (i + 1 >= n) {
        word += u'\\';
        return i;
    }
    const QChar e = command[++i];
    const auto digits = [&](int base, int most) {
        uint value = 0;
        int count = 0;
        while (count < most && i + 1 < n) {
            const char16_t c = command[i + 1].unicode();
            const int d = c >= u'0' && c <= u'9'   ? c - u'0'
                          : c >= u'a' && c <= u'f' ? c - u'a' + 10
                          : c >= u'A' && c <= u'F' ? c - u'A' + 10
                                                   : 99;
            if (d >= base)
                break;
            value = value * uint(base) + uint(d);
            ++i;
            ++count;
        }
        return std::pair{value, count};
    };
    switch (e.unicode()) {
    case u'a':
        word += u'\a';
        break;
    case u'b':
        word += u'\b';
        break;
    case u'e':
    case u'E':
        word += QChar(0x1B);
        break;
    case u'f':
        word += u'\f';
        break;
    case u'n':
        word += u'\n';
        break;
    case u'r':
        word += u'\r';
        break;
    case u't':
        word += u'\t';
        break;
    case u'v':
        word += u'\v';
        break;
    case u'x':
    case u'u':
    case u'U': {
        const auto [value, count] = digits(16, e == u'x' ? 2 : e == u'u' ? 4 : 8);
        if (count == 0) {
            word += u'\\';
            word += e;
        } else if (value > 0xFFFF && value <= 0x10FFFF) {
            const char32_t c = value;
            word += QString::fromUcs4(&c, 1);
        } else {
            word += QChar(char16_t(value));
        }
        break;
    }
    default:
        if (e >= u'0' && e <= u'7') {
            --i;
            word += QChar(char16_t(digits(8, 3).first & 0xFF));
        } else if (QStringView(u"\\'\"?").contains(e)) {
            word += e;
        } else {
            word += u'\\';
            word += e;
        }
    }
    return i;
}

} // namespace

QString ShellQuote::quote(const QString &word)
{
    if (word.isEmpty())
        return u"''"_s;
    for (QChar c : word)
        if (isControl(c))
            return dollarQuote(word);
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
        Double,
        Dollar // $'…'
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
        case Quote::Dollar:
            if (c == u'\'')
                quote = Quote::None;
            else if (c == u'\\')
                i = readDollarEscape(command, i, word);
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
            } else if (c == u'$' && i + 1 < n && command[i + 1] == u'\'') {
                quote = Quote::Dollar;
                ++i;
                inWord = true;
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
