#include "reporttext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QString decodeEntities(QString text)
{
    static const QRegularExpression numeric(u"&#(x?)([0-9a-fA-F]+);"_s);
    QString out;
    qsizetype last = 0;
    for (const auto &m : numeric.globalMatch(text)) {
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const uint code = m.captured(2).toUInt(nullptr, m.captured(1).isEmpty() ? 10 : 16);
        out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    out.replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&quot;"_s, u"\""_s)
        .replace(u"&nbsp;"_s, u" "_s)
        .replace(u"&amp;"_s, u"&"_s);
    return out;
}

QStringList htmlTexts(const QString &html)
{
    static const QRegularExpression hidden(u"<(style|script)\\b.*?</\\1>"_s,
                                           QRegularExpression::DotMatchesEverythingOption |
                                               QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression readable(u"\\b(?:title|alt|aria-label)=\"([^\"]*)\""_s);
    static const QRegularExpression tag(u"<[^>]*>"_s);
    QString body = html;
    body.remove(hidden);
    QStringList texts;
    for (const auto &m : readable.globalMatch(body))
        texts << decodeEntities(m.captured(1));
    // <title> is read in the tab and the window list: keep its text, drop the rest of the tags.
    body.replace(tag, u"\n"_s);
    for (const QString &line : decodeEntities(body).split(u'\n'))
        texts << line;
    return texts;
}

// RFC 4180 fields.
QStringList csvFields(const QString &text)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',' || c == u'\n' || c == u'\r') {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

void jsonStrings(const QJsonValue &value, QStringList &out)
{
    if (value.isString()) {
        out << value.toString();
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            jsonStrings(v, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            jsonStrings(it.value(), out);
    }
}

// Plain text: an indented line continues the indented line before it (the text report wraps
// its paragraphs at the terminal's width).
QStringList joinedLines(const QString &text)
{
    QStringList out;
    bool previousIndented = false;
    for (const QString &line : text.split(u'\n')) {
        const bool indented = line.startsWith(u"  "_s);
        if (indented && previousIndented && !out.isEmpty())
            out.last() += u' ' + line.trimmed();
        else
            out << line;
        previousIndented = indented;
    }
    return out;
}

// Paragraphs (pdftotext): every line of a block joined.
QStringList paragraphs(const QString &text)
{
    QStringList out{QString()};
    for (const QString &line : text.split(u'\n')) {
        if (line.trimmed().isEmpty() || line.contains(u'\f')) {
            out << QString();
            continue;
        }
        out.last() += (out.last().isEmpty() ? QString() : u" "_s) + line.trimmed();
    }
    return out;
}

} // namespace

QStringList ReportText::texts(const QString &format, const QByteArray &output)
{
    const QString text = QString::fromUtf8(output);
    if (format == u"html"_s)
        return htmlTexts(text);
    if (format == u"pdf"_s)
        return paragraphs(text);
    QStringList out;
    if (format == u"csv"_s) {
        const qsizetype header = text.indexOf(u'\n'); // the header's ids stay English
        for (const QString &field : csvFields(text.mid(header + 1)))
            if (field.contains(u' '))
                out << field.split(u'\n');
        return out;
    }
    if (format == u"json"_s) {
        QStringList values;
        jsonStrings(QJsonDocument::fromJson(output).object(), values);
        for (const QString &value : std::as_const(values))
            if (value.contains(u' '))
                out << value.split(u'\n');
        return out;
    }
    if (format == u"markdown"_s) {
        static const QRegularExpression escape(u"\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<])"_s);
        for (QString line : text.split(u'\n'))
            out << line.replace(escape, u"\\1"_s);
        return out;
    }
    return joinedLines(text); // text, stderr
}

QStringList ReportText::clauses(const QStringList &texts)
{
    static const QRegularExpression separator(
        u"[.!?;:](?=\\s|$)|\\s{2,}|\\s[-—–·×]\\s|[|()\\[\\]«»„“”\"<>\\t]"_s);
    static const QRegularExpression number(u"\\d+"_s);
    static const QRegularExpression spaces(u"\\s+"_s);
    QStringList out;
    for (const QString &text : texts) {
        for (QString clause : text.split(separator, Qt::SkipEmptyParts)) {
            clause.replace(number, u"#"_s).replace(spaces, u" "_s);
            // Markup and list marks around a clause.
            while (!clause.isEmpty() && QStringView(u" *`_#>-–—•·,'’").contains(clause.front()))
                clause.remove(0, 1);
            while (!clause.isEmpty() && QStringView(u" *`_>-–—•·,'’").contains(clause.back()))
                clause.chop(1);
            if (!clause.isEmpty())
                out << clause;
        }
    }
    return out;
}

bool ReportText::isProse(const QString &clause, const QSet<QString> &names)
{
    // Product, platform and technology names read the same in every language.
    static const QSet<QString> international{
        u"scaling"_s,    u"advisor"_s, u"amazon"_s, u"mysql"_s,   u"mongodb"_s, u"redis"_s,
        u"postgresql"_s, u"postgis"_s, u"solr"_s,   u"elastic"_s, u"http"_s,    u"https"_s,
        u"tcp"_s,        u"udp"_s,     u"api"_s,    u"url"_s,     u"json"_s,    u"csv"_s,
        u"html"_s,       u"pdf"_s,     u"ok"_s,     u"info"_s};
    static const QRegularExpression identifier(u"[0-9#/._=@\\-]"_s);
    int words = 0;
    for (QString word : clause.split(u' ', Qt::SkipEmptyParts)) {
        word = word.toLower();
        while (!word.isEmpty() && !word.back().isLetterOrNumber())
            word.chop(1);
        while (!word.isEmpty() && !word.front().isLetterOrNumber())
            word.remove(0, 1);
        if (word == u"dotcloud"_s || word == u"scaling-advisor"_s)
            return false; // a command, which stays as it is
        if (word.isEmpty() || word.contains(identifier) || names.contains(word) ||
            international.contains(word))
            continue;
        bool letters = true;
        for (const QChar c : std::as_const(word))
            letters = letters && (c.isLetter() || c == u'\'' || c == u'’');
        if (letters && word.size() > 1)
            ++words;
    }
    return words > 0;
}

bool ReportText::readsAsEnglish(const QString &text)
{
    // Function words, then the advice's own words where French and German use others (not
    // "instance", "service", "application", "danger", "info", "source": those they share).
    static const QRegularExpression word(
        u"\\b(the|of|and|is|are|were|to|for|with|this|that|not|no|all|any|each|every|from|by|or|"
        "would|could|should|cannot|has|have|its|it|which|when|your|you|than|such|only|there|"
        "what|why|how|where|more|per|datacenters?|down|up|runs?|running|fails?|failed|"
        "loss|lose|loses|lost|survives?|read|written|generated|account|findings?|fix|summary|"
        "report|grade|warnings?|exempt|about|rule|rules)\\b"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // What the user types stays English in every language: options, paths and URLs, environment
    // variables, JSON shapes, and the --fail-on levels.
    static const QRegularExpression literal(
        u"--[\\w-]+|\\S*/\\S*|\\$\\w+|\\[\\{[^\\]]*\\]|danger(?: \\([^)]*\\))?, warning, info"_s);
    return word.match(QString(text).remove(literal)).hasMatch();
}

QStringList ReportText::proseClauses(const QString &format, const QByteArray &output,
                                     const QSet<QString> &names)
{
    QStringList prose;
    for (const QString &clause : clauses(texts(format, output)))
        if (isProse(clause, names) && !prose.contains(clause))
            prose << clause;
    return prose;
}

QStringList ReportText::untranslated(const QString &format, const QByteArray &english,
                                     const QByteArray &translated, const QByteArray &other,
                                     const QSet<QString> &names)
{
    const QStringList mine = proseClauses(format, translated, names);
    const QStringList theirs = proseClauses(format, other, names);
    QStringList left;
    for (const QString &clause : proseClauses(format, english, names)) {
        if (!mine.contains(clause))
            continue;
        if (readsAsEnglish(clause))
            left << u"\"%1\""_s.arg(clause);
        else if (theirs.contains(clause))
            left << u"\"%1\" (the same in all three languages)"_s.arg(clause);
    }
    return left;
}
