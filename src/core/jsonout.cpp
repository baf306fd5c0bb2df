#include "jsonout.h"

JsonOut::JsonOut(qsizetype reserve, Layout layout)
    : m_layout(layout)
{
    m_out.reserve(reserve);
}

QByteArray JsonOut::take()
{
    m_out += '\n';
    return std::move(m_out);
}

void JsonOut::key(const char *name)
{
    item();
    m_out += '"';
    m_out += name;
    m_out += m_layout == Layout::Compact ? "\":" : "\": ";
    m_afterKey = true;
}

void JsonOut::value(const QString &s)
{
    item();
    string(s);
}

void JsonOut::value(qint64 n)
{
    item();
    m_out += QByteArray::number(n);
}

void JsonOut::value(bool b)
{
    item();
    m_out += b ? "true" : "false";
}

void JsonOut::null()
{
    item();
    m_out += "null";
}

void JsonOut::item()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first)
        m_out += ',';
    m_first = false;
    newline();
}

void JsonOut::open(char c)
{
    item();
    m_out += c;
    ++m_depth;
    m_first = true;
}

void JsonOut::close(char c)
{
    --m_depth;
    if (!m_first)
        newline();
    m_out += c;
    m_first = false;
}

void JsonOut::newline()
{
    if (m_out.isEmpty() || m_layout == Layout::Compact)
        return;
    m_out += '\n';
    m_out.append(m_depth * 2, ' ');
}

void JsonOut::string(const QString &s)
{
    static const char hex[] = "0123456789abcdef";
    // A lone surrogate has no UTF-8 form: toUtf8() makes it U+FFFD, so the output stays valid.
    const QByteArray utf8 = s.toUtf8();
    m_out += '"';
    const char *run = utf8.constData(); // characters that need no escape go in one piece
    const char *end = run + utf8.size();
    for (const char *p = run; p < end; ++p) {
        const auto c = uchar(*p);
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f)
            continue;
        m_out.append(run, p - run);
        run = p + 1;
        if (c == '"' || c == '\\') {
            m_out += '\\';
            m_out += char(c);
        } else if (c == '\n') {
            m_out += "\\n";
        } else if (c == '\r') {
            m_out += "\\r";
        } else if (c == '\t') {
            m_out += "\\t";
        } else {
            m_out += "\\u00";
            m_out += hex[c >> 4];
            m_out += hex[c & 15];
        }
    }
    m_out.append(run, end - run);
    m_out += '"';
}
