#include "terminaltext.h"

using namespace Qt::StringLiterals;

namespace {

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
           c == 0x200F || c == 0x061C;
}

void appendCodePointName(QString &out, char32_t c)
{
    out += u"<U+"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0') + u'>';
}

} // namespace

bool TerminalText::needsReplacing(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c) || c == 0x2028 || c == 0x2029;
}

QString TerminalText::sanitize(QStringView text, Lines lines)
{
    if (isClean(text, lines))
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = text[i];
        if (ch.isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) {
            out += ch;
            out += text[++i];
            continue;
        }
        if (ch.isSurrogate()) {
            out += QChar(QChar::ReplacementCharacter);
            continue;
        }
        const char32_t c = ch.unicode();
        if (c == u'\n' && lines == Lines::Keep) {
            out += ch;
        } else if (c < 0x20) {
            out += QChar(char16_t(0x2400 + c)); // Control Pictures: ␀ … ␟
        } else if (c == 0x7F) {
            out += QChar(char16_t(0x2421)); // ␡
        } else if (needsReplacing(c)) {
            appendCodePointName(out, c);
        } else {
            out += ch;
        }
    }
    return out;
}

bool TerminalText::isClean(QStringView text, Lines lines)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = text[i];
        if (ch.isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (ch.isSurrogate())
            return false;
        const char32_t c = ch.unicode();
        if (c == u'\n' && lines == Lines::Keep)
            continue;
        if (needsReplacing(c))
            return false;
    }
    return true;
}
