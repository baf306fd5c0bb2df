#include "reportchecks.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ReportChecks {

QList<QStringList> parseCsv(const QString &text, QString *error)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty()) {
                *error = u"quote inside an unquoted field at offset %1"_s.arg(i);
                return {};
            }
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        *error = u"unterminated quoted field"_s;
        return {};
    }
    if (fieldStarted || !field.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

QString htmlStructureError(const QString &html)
{
    static const QSet<QString> voidElements = {
        u"area"_s,  u"base"_s, u"br"_s,   u"col"_s,   u"embed"_s,  u"hr"_s,    u"img"_s,
        u"input"_s, u"link"_s, u"meta"_s, u"param"_s, u"source"_s, u"track"_s, u"wbr"_s};
    static const QRegularExpression tag(u"<(/?)([A-Za-z][A-Za-z0-9:-]*)([^>]*)>"_s);
    QStringList open;
    qsizetype pos = 0;
    while (pos < html.size()) {
        const qsizetype lt = html.indexOf(u'<', pos);
        if (lt < 0)
            break;
        if (html.mid(lt, 4) == "<!--"_L1) {
            const qsizetype end = html.indexOf("-->"_L1, lt + 4);
            if (end < 0)
                return u"unterminated comment"_s;
            pos = end + 3;
            continue;
        }
        if (html.mid(lt, 2) == "<!"_L1 || html.mid(lt, 2) == "<?"_L1) {
            const qsizetype end = html.indexOf(u'>', lt);
            if (end < 0)
                return u"unterminated declaration"_s;
            pos = end + 1;
            continue;
        }
        const QRegularExpressionMatch m = tag.match(html, lt, QRegularExpression::NormalMatch,
                                                    QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch()) {
            // A bare '<' in text: HTML escapes it, so this is a writer's bug.
            return u"unescaped '<' at offset %1: %2"_s.arg(lt).arg(html.mid(lt, 40));
        }
        const bool closing = !m.captured(1).isEmpty();
        const QString name = m.captured(2).toLower();
        const bool selfClosing = m.captured(3).trimmed().endsWith(u'/');
        pos = m.capturedEnd();
        if (closing) {
            if (open.isEmpty() || open.last() != name)
                return u"</%1> closes <%2> at offset %3"_s
                    .arg(name, open.isEmpty() ? u"nothing"_s : open.last())
                    .arg(lt);
            open.removeLast();
            continue;
        }
        if (selfClosing || voidElements.contains(name))
            continue;
        if (name == "style"_L1 || name == "script"_L1) {
            const qsizetype end = html.indexOf(u"</"_s + name, pos, Qt::CaseInsensitive);
            if (end < 0)
                return u"unterminated <%1>"_s.arg(name);
            pos = end;
        }
        open.append(name);
    }
    if (!open.isEmpty())
        return u"unclosed elements: "_s + open.join(u", "_s);
    return {};
}

QSet<QString> keys(const QJsonObject &object)
{
    const QStringList k = object.keys();
    return QSet<QString>(k.cbegin(), k.cend());
}

QSet<QString> keySet(const QStringList &names)
{
    return QSet<QString>(names.cbegin(), names.cend());
}

} // namespace ReportChecks
