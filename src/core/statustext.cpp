#include "statustext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace StatusText {

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("StatusText", text, nullptr, n);
}

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
           c == 0x200F || c == 0x061C;
}

// Control characters and bidi overrides made visible; `keepNewlines` keeps LF for paragraphs.
QString visible(const QString &text, bool keepNewlines)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (keepNewlines && c == U'\n') {
            out += u'\n';
        } else if (c == U'\t' || c == U'\r' || c == U'\n') {
            out += u' ';
        } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
            out += u"\\x"_s + QString::number(uint(c), 16).toUpper().rightJustified(2, u'0');
        } else if (isBidiControl(c)) {
            out += u"<U+"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0') + u'>';
        } else {
            out += QString::fromUcs4(&c, 1);
        }
    }
    return out;
}
} // namespace

QString headline(const StatusSnapshot &snapshot)
{
    const StatusLevel level = snapshot.level();
    if (level == StatusLevel::Unknown)
        return tr("Status unknown");
    if (level == StatusLevel::Critical)
        return tr("Platform outage (critical)");
    if (snapshot.outage())
        return tr("Platform outage");
    switch (level) {
    case StatusLevel::None:
        return tr("All systems operational");
    case StatusLevel::Maintenance:
        return tr("Maintenance in progress");
    case StatusLevel::Minor:
        return tr("Degraded service");
    case StatusLevel::Major:
    case StatusLevel::Critical:
    case StatusLevel::Unknown:
        break;
    }
    return tr("Platform outage");
}

QString ownDescription(const StatusSnapshot &snapshot)
{
    const QString d = oneLine(snapshot.description);
    if (d.isEmpty() || d.compare(headline(snapshot), Qt::CaseInsensitive) == 0)
        return {};
    return d;
}

QString age(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return {};
    if (then.secsTo(now) < -59) {
        // Ahead: an upcoming maintenance window.
        const qint64 ahead =
            now.secsTo(then) + 59; // "in 2 days", not 47 h, for a window at this time in 2 days
        const qint64 aheadDays = ahead / 86400;
        if (ahead < 3600) {
            const int n = int(ahead / 60);
            return QCoreApplication::translate("StatusText", "in %n min", nullptr, n);
        }
        if (ahead < 2 * 86400) {
            const int n = int(ahead / 3600);
            return QCoreApplication::translate("StatusText", "in %n h", nullptr, n);
        }
        if (aheadDays < 60) {
            const int n = int(aheadDays);
            return QCoreApplication::translate("StatusText", "in %n day(s)", nullptr, n);
        }
        if (aheadDays < 365) {
            const int n = int(aheadDays / 30);
            return QCoreApplication::translate("StatusText", "in %n month(s)", nullptr, n);
        }
        const int n = int(aheadDays / 365);
        return QCoreApplication::translate("StatusText", "in %n year(s)", nullptr, n);
    }
    const qint64 secs = std::max<qint64>(0, then.secsTo(now));
    const qint64 days = secs / 86400;
    if (secs < 60)
        return tr("just now");
    if (secs < 3600) {
        const int n = int(secs / 60);
        return QCoreApplication::translate("StatusText", "%n min ago", nullptr, n);
    }
    if (secs < 2 * 86400) {
        const int n = int(secs / 3600);
        return QCoreApplication::translate("StatusText", "%n h ago", nullptr, n);
    }
    if (days < 60) {
        const int n = int(days);
        return QCoreApplication::translate("StatusText", "%n day(s) ago", nullptr, n);
    }
    if (days < 365) {
        const int n = int(days / 30);
        return QCoreApplication::translate("StatusText", "%n month(s) ago", nullptr, n);
    }
    const int n = int(days / 365);
    return QCoreApplication::translate("StatusText", "%n year(s) ago", nullptr, n);
}

QString time(const QDateTime &t, const QLocale &locale)
{
    if (!t.isValid())
        return {};
    return locale.toString(t.toLocalTime(), u"yyyy-MM-dd HH:mm t"_s);
}

QString timeAndAge(const QDateTime &t, const QDateTime &now, const QLocale &locale)
{
    if (!t.isValid())
        return {};
    //: A time and how long ago it was: "2024-03-05 11:42 PST (6 years ago)"
    return tr("%1 (%2)").arg(time(t, locale), age(t, now));
}

QString componentStatusWords(const QString &status)
{
    if (status == "operational"_L1)
        return tr("operational");
    if (status == "degraded_performance"_L1)
        return tr("degraded performance");
    if (status == "partial_outage"_L1)
        return tr("partial outage");
    if (status == "major_outage"_L1)
        return tr("major outage");
    if (status == "under_maintenance"_L1)
        return tr("under maintenance");
    return oneLine(status);
}

QString maintenanceStatusWords(const QString &status)
{
    if (status == "scheduled"_L1)
        return tr("scheduled");
    if (status == "in_progress"_L1)
        return tr("in progress");
    if (status == "verifying"_L1)
        return tr("verifying");
    if (status == "completed"_L1)
        return tr("completed");
    return oneLine(status);
}

QString incidentStatusWords(const QString &status)
{
    if (status == "investigating"_L1)
        return tr("investigating");
    if (status == "identified"_L1)
        return tr("identified");
    if (status == "monitoring"_L1)
        return tr("monitoring");
    if (status == "resolved"_L1)
        return tr("resolved");
    if (status == "postmortem"_L1)
        return tr("postmortem");
    return maintenanceStatusWords(status);
}

QString oneLine(const QString &text)
{
    return visible(text, false).simplified();
}

QStringList paragraphs(const QString &body)
{
    QString text = body;
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    text.replace(QChar(0x2029), u'\n'); // paragraph separator
    text.replace(QChar(0x2028), u'\n'); // line separator
    QStringList out;
    static const QRegularExpression blank(u"\\n[ \\t]*\\n"_s);
    for (const QString &p : text.split(blank, Qt::SkipEmptyParts)) {
        const QString line = oneLine(p);
        if (!line.isEmpty())
            out.append(line);
    }
    return out;
}

QStringList wrap(const QString &paragraph, int width, const QString &indent)
{
    QStringList lines;
    QString line;
    const int room = std::max(20, width - int(indent.size()));
    for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > room) {
            lines.append(indent + line);
            line.clear();
        }
        line += line.isEmpty() ? word : u' ' + word;
    }
    if (!line.isEmpty())
        lines.append(indent + line);
    return lines;
}

} // namespace StatusText
