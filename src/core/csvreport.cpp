#include "csvreport.h"

#include "terminaltext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

bool startsAFormula(const QString &s)
{
    if (s.isEmpty())
        return false;
    // The ASCII triggers and their full-width forms, which some spreadsheets read alike.
    if (!QStringView(u"=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20").contains(s.front()))
        return false;
    bool number = false;
    QLocale::c().toDouble(s, &number);
    return !number; // "-3" and "+1.5" are numbers, not formulas
}

} // namespace

QString CsvReport::cell(const QString &value)
{
    QString s = TerminalText::sanitize(value, TerminalText::Lines::Keep);
    if (startsAFormula(value) || startsAFormula(s))
        s.prepend(u'\'');
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    s.replace(u"\""_s, u"\"\""_s);
    return u'"' + s + u'"';
}

QByteArray CsvReport::write(const ReportInput &input) const
{
    QString out = u"rule,severity,application,service,message,fix,exempt,reason,doc\r\n"_s;
    for (const Finding &f : input.audit.findings) {
        const QStringList fields{
            f.rule, severityName(f.severity),          f.application,  f.service, f.message,
            f.fix,  f.exempt ? u"true"_s : u"false"_s, f.exemptReason, f.docLink};
        QStringList cells;
        cells.reserve(fields.size());
        for (const QString &field : fields)
            cells.append(cell(field));
        out += cells.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}
