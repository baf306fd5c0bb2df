#include "finding.h"

using namespace Qt::StringLiterals;

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Danger:
        return u"danger"_s;
    }
    return u"info"_s;
}

bool severityFromName(const QString &name, Severity *out)
{
    for (Severity s : {Severity::Info, Severity::Warning, Severity::Danger}) {
        if (name == severityName(s)) {
            *out = s;
            return true;
        }
    }
    return false;
}
